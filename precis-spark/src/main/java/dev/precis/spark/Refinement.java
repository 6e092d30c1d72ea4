package dev.precis.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The core clusterer's refinement, across the whole corpus: each article moves to the story whose
 * centroid (the sum of its articles' vectors) is most similar, compared with its own story as it
 * would be without it, until few move. Blocking and the merge across blocks leave articles in
 * a story of their block that a story of another block suits better; this puts them back. A
 * centroid travels cut to its {@link #CENTROID_TERMS} heaviest terms (with the norm of the whole
 * sum), and a story is a candidate for an article when it weighs one of the article's
 * {@link #SALIENT_TERMS} heaviest terms among its own: the core's candidate rule, per story.
 */
final class Refinement {
    private Refinement() {}

    static final int CENTROID_TERMS = 300;
    static final int SALIENT_TERMS = 25;
    /** Rounds at most, as the core's batch mode. */
    static final int ROUNDS = 3;

    /** A story's centroid as shipped: its heaviest terms, their summed weights, and the norm of the whole sum. */
    record Centroid(Map<String, Double> weights, double norm) implements Serializable {}

    /** Story of each article after refinement, keyed by article id, with the article's vector. */
    static JavaPairRDD<String, Tuple2<String, Vector>> refine(
            JavaPairRDD<String, Tuple2<String, Vector>> placed, int partitions) {
        JavaPairRDD<String, Tuple2<String, Vector>> current = placed;
        for (int round = 0; round < ROUNDS; round++) {
            // Summed per story in each task, then the tasks' sums per story: no Spark combiner, whose
            // size estimates walk every map it holds.
            JavaPairRDD<String, Vector> partial = current.mapPartitionsToPair(part -> {
                Map<String, HashMap<String, Double>> sums = new HashMap<>();
                part.forEachRemaining(t -> add(sums.computeIfAbsent(t._2()._1(), k -> new HashMap<>()), t._2()._2()));
                List<Tuple2<String, Vector>> out = new ArrayList<>();
                sums.forEach((story, sum) -> out.add(new Tuple2<>(story, Vector.of(sum))));
                return out.iterator();
            });
            Map<String, Centroid> centroids = JavaSparkContexts.gather(partial, partitions)
                    .mapToPair(t -> {
                        HashMap<String, Double> sum = new HashMap<>();
                        t._2().forEach(v -> add(sum, v));
                        return new Tuple2<>(t._1(), cut(sum));
                    })
                    .collectAsMap();
            Broadcast<Map<String, Centroid>> shipped =
                    JavaSparkContexts.broadcast(placed.values().map(Tuple2::_1), new HashMap<>(centroids));
            JavaPairRDD<String, Tuple2<String, Vector>> moved = current.mapPartitionsToPair(part -> {
                        Map<String, Centroid> c = shipped.value();
                        Map<String, List<String>> storiesWithTerm = index(c);
                        List<Tuple2<String, Tuple2<String, Vector>>> out = new ArrayList<>();
                        part.forEachRemaining(t -> out.add(new Tuple2<>(
                                t._1(),
                                new Tuple2<>(best(t._2()._1(), t._2()._2(), c, storiesWithTerm), t._2()._2()))));
                        return out.iterator();
                    })
                    .persist(JavaSparkContexts.KEPT);
            long changes = moved.join(current)
                    .filter(t -> !t._2()._1()._1().equals(t._2()._2()._1()))
                    .count();
            current = moved;
            if (changes == 0) {
                break;
            }
        }
        return current;
    }

    static HashMap<String, Double> add(HashMap<String, Double> sum, Vector v) {
        for (int i = 0; i < v.terms().length; i++) {
            sum.merge(v.terms()[i], v.weights()[i], Double::sum);
        }
        return sum;
    }

    static Centroid cut(HashMap<String, Double> sum) {
        double norm2 = 0;
        for (double w : sum.values()) {
            norm2 += w * w;
        }
        Map<String, Double> kept = new HashMap<>();
        sum.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(CENTROID_TERMS)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return new Centroid(kept, Math.sqrt(norm2));
    }

    private static Map<String, List<String>> index(Map<String, Centroid> centroids) {
        Map<String, List<String>> out = new HashMap<>();
        centroids.forEach((story, c) -> salient(c)
                .forEach(t -> out.computeIfAbsent(t, k -> new ArrayList<>()).add(story)));
        return out;
    }

    /** A centroid's {@link #SALIENT_TERMS} heaviest terms. */
    static List<String> salient(Centroid c) {
        return c.weights().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(SALIENT_TERMS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Dot product of two (cut) sums. */
    static double dot(Centroid a, Centroid b) {
        Map<String, Double> small = a.weights().size() <= b.weights().size() ? a.weights() : b.weights();
        Map<String, Double> large = small == a.weights() ? b.weights() : a.weights();
        double dot = 0;
        for (var e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    private static String best(String own, Vector v, Map<String, Centroid> centroids, Map<String, List<String>> index) {
        Set<String> candidates = new HashSet<>();
        int[] order = heaviestFirst(v);
        for (int k = 0; k < Math.min(SALIENT_TERMS, order.length); k++) {
            candidates.addAll(index.getOrDefault(v.terms()[order[k]], List.of()));
        }
        String best = own;
        double bestSim = similarityWithout(v, centroids.get(own));
        for (String s : candidates) {
            if (s.equals(own)) {
                continue;
            }
            double sim = similarity(v, centroids.get(s));
            if (sim > bestSim + 1e-9
                    || sim > bestSim - 1e-9 && sim >= bestSim && s.compareTo(best) < 0 && !best.equals(own)) {
                best = s;
                bestSim = sim;
            }
        }
        return best;
    }

    private static int[] heaviestFirst(Vector v) {
        Integer[] idx = new Integer[v.terms().length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(v.weights()[b], v.weights()[a]));
        return java.util.Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    private static double dot(Vector v, Centroid c) {
        double dot = 0;
        for (int i = 0; i < v.terms().length; i++) {
            Double w = c.weights().get(v.terms()[i]);
            if (w != null) {
                dot += v.weights()[i] * w;
            }
        }
        return dot;
    }

    private static double similarity(Vector v, Centroid c) {
        return c.norm() == 0 ? 0 : dot(v, c) / c.norm();
    }

    /** Cosine with the centroid as it would be without this (unit) vector. */
    private static double similarityWithout(Vector v, Centroid c) {
        double dot = dot(v, c);
        double n2 = c.norm() * c.norm() - 2 * dot + 1;
        return n2 <= 1e-12 ? 0 : (dot - 1) / Math.sqrt(n2);
    }
}
