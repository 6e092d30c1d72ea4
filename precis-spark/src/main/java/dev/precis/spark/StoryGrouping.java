package dev.precis.spark;

import dev.precis.group.StoryClusterer;
import dev.precis.text.TermVector;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Groups articles into stories at scale with the core {@link StoryClusterer}, in three steps:
 *
 * <ol>
 *   <li>each article's grouping vector, with document frequencies counted over the whole corpus;
 *   <li><b>blocking</b>: articles are blocked by their heaviest term (an article about a crash of
 *       one airline most often weighs that airline's name highest), a block larger than
 *       {@link #MAX_BLOCK} is split at random into parts of about that size, and each block is
 *       clustered by the core batch clusterer in its own task: comparisons stay within blocks;
 *   <li><b>merge across blocks</b>: a story split over several blocks (its articles weigh different
 *       terms highest) is put back together on the driver: two block-level stories are one when the
 *       smaller one's articles are on average as similar to the larger one's centroid as the join
 *       threshold asks, computed from their summed vectors, best pairs first;
 *   <li><b>refinement</b> ({@link Refinement}): articles move to the story whose centroid suits them
 *       best, as the core's batch mode does.
 * </ol>
 *
 * The driver holds one summed vector per block-level story (its 300 heaviest terms), never the
 * articles.
 */
final class StoryGrouping {
    private StoryGrouping() {}

    /** Articles per block at most: the core clusterer groups 75,000 articles in 35 s on one core. */
    static final int MAX_BLOCK = 20_000;

    /** An article's place in the grouping: its vector and date. */
    record Placed(String id, Vector vector, String published) implements Serializable {}

    /** A story found inside one block: its key, the sum of its articles' vectors, and its size. */
    private record Local(String key, Refinement.Centroid sum, int size) implements Serializable {}

    /**
     * Article id to story key, and the document frequencies the vectors were made with (a large
     * story's summary reads the articles nearest its centre).
     */
    record Grouped(JavaPairRDD<String, String> storyOf, Broadcast<Map<String, Integer>> frequencies, long articles) {}

    static Grouped group(JavaRDD<Article> articles, double threshold, int windowDays, int partitions) {
        Map<String, Long> counts = articles.flatMap(
                        a -> StoryClusterer.groupingTerms(a.document()).iterator())
                .countByValue();
        Map<String, Integer> df = new HashMap<>(counts.size() * 2);
        counts.forEach((t, c) -> df.put(t, (int) (long) c));
        long n = articles.count();
        Broadcast<Map<String, Integer>> frequencies = JavaSparkContexts.broadcast(articles, df);
        JavaRDD<Placed> placed = articles.map(a -> new Placed(
                        a.id,
                        Vector.of(StoryClusterer.vector(a.document(), frequencies.value()::get, (int) n)),
                        a.published))
                .persist(JavaSparkContexts.KEPT);

        Map<String, Long> blockSizes = placed.map(StoryGrouping::block).countByValue();
        Broadcast<Map<String, Long>> sizes = JavaSparkContexts.broadcast(articles, new HashMap<>(blockSizes));
        JavaPairRDD<String, Placed> byBlock = placed.mapToPair(p -> {
            String block = block(p);
            long parts = (sizes.value().get(block) + MAX_BLOCK - 1) / MAX_BLOCK;
            return new Tuple2<>(block + "#" + Math.floorMod(p.id().hashCode(), parts), p);
        });
        JavaRDD<Tuple2<List<Tuple2<String, String>>, List<Local>>> clustered = JavaSparkContexts.gather(
                        byBlock, partitions)
                .map(b -> {
                    List<Placed> members = new ArrayList<>(b._2());
                    members.sort(java.util.Comparator.comparing(Placed::id));
                    return clusterBlock(b._1(), members, threshold, windowDays);
                })
                .persist(JavaSparkContexts.KEPT);
        List<Local> locals = clustered.flatMap(c -> c._2().iterator()).collect();
        Map<String, String> storyOfLocal = mergeAcrossBlocks(locals, threshold);
        Broadcast<Map<String, String>> merged = JavaSparkContexts.broadcast(articles, storyOfLocal);
        JavaPairRDD<String, String> merged0 = clustered
                .flatMapToPair(c -> c._1().iterator())
                .mapToPair(t -> new Tuple2<>(t._1(), merged.value().get(t._2())));
        JavaPairRDD<String, Tuple2<String, Vector>> withVectors =
                merged0.join(placed.mapToPair(p -> new Tuple2<>(p.id(), p.vector())), partitions);
        JavaPairRDD<String, String> storyOf =
                Refinement.refine(withVectors, partitions).mapToPair(t -> new Tuple2<>(t._1(), t._2()._1()));
        return new Grouped(storyOf, frequencies, n);
    }

    private static String block(Placed p) {
        String h = p.vector().heaviest();
        return h == null ? "" : h;
    }

    private static Tuple2<List<Tuple2<String, String>>, List<Local>> clusterBlock(
            String block, List<Placed> members, double threshold, int windowDays) {
        List<TermVector> vectors = new ArrayList<>(members.size());
        List<LocalDate> dates = new ArrayList<>(members.size());
        for (Placed p : members) {
            vectors.add(p.vector().termVector());
            dates.add(p.published() == null ? null : LocalDate.parse(p.published()));
        }
        int[] label = new StoryClusterer(threshold, windowDays).batch(vectors, dates);
        Map<Integer, List<Integer>> byLabel = new java.util.TreeMap<>();
        for (int i = 0; i < label.length; i++) {
            byLabel.computeIfAbsent(label[i], k -> new ArrayList<>()).add(i);
        }
        List<Tuple2<String, String>> assignments = new ArrayList<>(members.size());
        List<Local> locals = new ArrayList<>();
        for (var e : byLabel.entrySet()) {
            String key = block + "/" + e.getKey();
            java.util.HashMap<String, Double> sum = new java.util.HashMap<>();
            for (int i : e.getValue()) {
                assignments.add(new Tuple2<>(members.get(i).id(), key));
                Refinement.add(sum, members.get(i).vector());
            }
            locals.add(new Local(key, Refinement.cut(sum), e.getValue().size()));
        }
        return new Tuple2<>(assignments, locals);
    }

    /**
     * Block-level story key to the key of the story it belongs to across blocks. Two stories are one
     * when the smaller one's articles are, on average, as similar to the larger one's centroid as an
     * article must be to join a story (the core's join threshold): from the sums alone, that mean is
     * the dot product of the sums over the larger sum's norm and the smaller's size. Pairs are taken
     * best first, and a merged story is judged by its merged sum.
     */
    private static Map<String, String> mergeAcrossBlocks(List<Local> locals, double threshold) {
        List<Local> sorted = new ArrayList<>(locals);
        sorted.sort(java.util.Comparator.comparing(Local::key));
        int n = sorted.size();
        Map<String, List<Integer>> withTerm = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String t : Refinement.salient(sorted.get(i).sum())) {
                withTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        record Pair(int a, int b, double score) {}
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            java.util.Set<Integer> candidates = new java.util.TreeSet<>();
            for (String t : Refinement.salient(sorted.get(i).sum())) {
                for (int j : withTerm.get(t)) {
                    if (j > i) {
                        candidates.add(j);
                    }
                }
            }
            for (int j : candidates) {
                double score = joinScore(
                        sorted.get(i).sum(),
                        sorted.get(i).size(),
                        sorted.get(j).sum(),
                        sorted.get(j).size());
                if (score >= threshold) {
                    pairs.add(new Pair(i, j, score));
                }
            }
        }
        pairs.sort(java.util.Comparator.comparingDouble((Pair p) -> -p.score())
                .thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
        int[] parent = new int[n];
        Map<Integer, java.util.HashMap<String, Double>> sums = new HashMap<>();
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            sizes[i] = sorted.get(i).size();
        }
        for (Pair p : pairs) {
            int ra = root(parent, p.a());
            int rb = root(parent, p.b());
            if (ra == rb) {
                continue;
            }
            Refinement.Centroid a = current(sums, sorted, ra);
            Refinement.Centroid b = current(sums, sorted, rb);
            if (joinScore(a, sizes[ra], b, sizes[rb]) < threshold) {
                continue; // one of them has grown since the pair was scored, and no longer fits
            }
            java.util.HashMap<String, Double> merged = new java.util.HashMap<>(a.weights());
            b.weights().forEach((t, w) -> merged.merge(t, w, Double::sum));
            parent[ra] = rb;
            sizes[rb] += sizes[ra];
            sums.put(rb, merged);
            sums.remove(ra);
        }
        Map<String, String> out = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            out.put(sorted.get(i).key(), "s" + root(parent, i));
        }
        return out;
    }

    private static Refinement.Centroid current(
            Map<Integer, java.util.HashMap<String, Double>> sums, List<Local> sorted, int root) {
        java.util.HashMap<String, Double> merged = sums.get(root);
        return merged == null ? sorted.get(root).sum() : Refinement.cut(merged);
    }

    /** Mean similarity of the smaller story's articles to the larger story's centroid. */
    private static double joinScore(Refinement.Centroid a, int sizeA, Refinement.Centroid b, int sizeB) {
        boolean aSmaller = sizeA < sizeB || sizeA == sizeB;
        Refinement.Centroid small = aSmaller ? a : b;
        Refinement.Centroid large = aSmaller ? b : a;
        int smallSize = aSmaller ? sizeA : sizeB;
        return large.norm() == 0 ? 0 : Refinement.dot(small, large) / (large.norm() * smallSize);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
