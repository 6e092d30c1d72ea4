package dev.precis.spark;

import dev.precis.group.NearDuplicates;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Folds copies of one text across the whole corpus with the core's {@link NearDuplicates}:
 * MinHash signatures per article, each of their LSH bands a join key, the estimated Jaccard to
 * confirm a candidate pair. Each group of copies keeps its longest text (the first by origin among
 * equals), as the CLI does. Only confirmed pairs reach the driver, where they are joined into
 * groups: their number grows with the copies in the corpus, not with its size.
 */
final class CopyFolding {
    private CopyFolding() {}

    /** Copy id to the id of the article kept in its place. */
    record Folded(Map<String, String> keptFor) implements Serializable {
        boolean isCopy(String id) {
            return keptFor.containsKey(id);
        }
    }

    private record Signed(String id, long[] signature) implements Serializable {}

    private record Candidate(String id, int length, String origin) implements Serializable {}

    static Folded fold(JavaRDD<Article> articles, double threshold) {
        // The core's folder is made in each task (it is cheap, and not serialisable).
        JavaRDD<Signed> signed = articles.mapPartitions(part -> {
                    NearDuplicates duplicates = new NearDuplicates(threshold);
                    List<Signed> out = new ArrayList<>();
                    part.forEachRemaining(a -> out.add(new Signed(a.id, duplicates.signature(a.document()))));
                    return out.iterator();
                })
                .filter(s -> s.signature() != null);
        JavaPairRDD<String, long[]> signatures =
                signed.mapToPair(x -> new Tuple2<>(x.id(), x.signature())).persist(JavaSparkContexts.KEPT);
        // Only ids travel by band key (a signature is 800 bytes, 20 times over): each member of a
        // bucket is a candidate copy of the bucket's first (by id).
        JavaPairRDD<Long, String> byBand = signed.flatMapToPair(x -> {
            List<Tuple2<Long, String>> keys = new ArrayList<>(NearDuplicates.BANDS);
            for (int band = 0; band < NearDuplicates.BANDS; band++) {
                keys.add(new Tuple2<>(NearDuplicates.bandKey(x.signature(), band), x.id()));
            }
            return keys.iterator();
        });
        JavaPairRDD<String, String> candidatePairs = byBand.groupByKey()
                .flatMapToPair(bucket -> {
                    List<String> members = new ArrayList<>();
                    bucket._2().forEach(members::add);
                    members.sort(null);
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    for (int i = 1; i < members.size(); i++) {
                        out.add(new Tuple2<>(members.get(i), members.get(0)));
                    }
                    return out.iterator();
                })
                .distinct();
        // Confirmed by the estimated Jaccard of the two signatures, joined to each candidate pair.
        List<Tuple2<String, String>> pairs = candidatePairs
                .join(signatures)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .join(signatures)
                .filter(t -> NearDuplicates.similarity(t._2()._1()._2(), t._2()._2()) >= threshold)
                .map(t -> new Tuple2<>(t._2()._1()._1(), t._1()))
                .collect();
        if (pairs.isEmpty()) {
            return new Folded(Map.of());
        }
        Map<String, String> parent = new HashMap<>();
        for (Tuple2<String, String> p : pairs) {
            union(parent, p._1(), p._2());
        }
        java.util.Set<String> involved = parent.keySet();
        var involvedIds = JavaSparkContexts.broadcast(articles, new java.util.HashSet<>(involved));
        List<Candidate> candidates = articles.filter(a -> involvedIds.value().contains(a.id))
                .map(a -> new Candidate(a.id, a.body.length(), a.origin))
                .collect();
        Map<String, Candidate> keptOf = new HashMap<>();
        for (Candidate c : candidates) {
            keptOf.merge(find(parent, c.id()), c, CopyFolding::longer);
        }
        Map<String, String> keptFor = new HashMap<>();
        for (Candidate c : candidates) {
            String kept = keptOf.get(find(parent, c.id())).id();
            if (!kept.equals(c.id())) {
                keptFor.put(c.id(), kept);
            }
        }
        return new Folded(keptFor);
    }

    private static Candidate longer(Candidate a, Candidate b) {
        if (a.length() != b.length()) {
            return a.length() > b.length() ? a : b;
        }
        return a.origin().compareTo(b.origin()) <= 0 ? a : b;
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.getOrDefault(root, root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(id, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
