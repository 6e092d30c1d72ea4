package dev.precis.spark;

import dev.precis.model.Document;
import dev.precis.model.Problem;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Keeps one article per id and cleans page noise with the core cleaner. The cleaner finds an
 * outlet's boilerplate by seeing its pages together, so an outlet's pages are cleaned in one task,
 * in parts of at most {@link #MAX_PAGES_TOGETHER} pages for a large outlet (boilerplate is
 * repeated on far more pages than that holds).
 */
final class Cleaning {
    private Cleaning() {}

    static final int MAX_PAGES_TOGETHER = 20_000;

    /** Cleaned articles, and the articles rejected (a second use of an id, nothing left after cleaning). */
    record Cleaned(JavaRDD<Article> articles, JavaRDD<Rejected> rejected) {}

    private record Part(List<Article> articles, List<Rejected> rejected) implements Serializable {}

    static Cleaned clean(JavaRDD<Article> read, int words, int partitions) {
        // Only ids read more than once reach the driver, with their origins: the first origin is kept.
        List<Tuple2<String, String>> reused = read.mapToPair(a -> new Tuple2<>(a.id, 1))
                .reduceByKey(Integer::sum, partitions)
                .filter(t -> t._2() > 1)
                .join(read.mapToPair(a -> new Tuple2<>(a.id, a.origin)))
                .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2()))
                .collect();
        Map<String, String> keptOrigin = new HashMap<>();
        for (Tuple2<String, String> t : reused) {
            keptOrigin.merge(t._1(), t._2(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Broadcast<Map<String, String>> kept = JavaSparkContexts.broadcast(read, keptOrigin);
        JavaRDD<Rejected> dropped = read.filter(a -> isSecondUse(a, kept.value()))
                .map(a -> new Rejected(
                        a.origin,
                        "another article has the id " + a.id + " (kept: "
                                + kept.value().get(a.id) + ")"));
        JavaRDD<Article> unique = read.filter(a -> !isSecondUse(a, kept.value()));

        Map<String, Long> perOutlet = unique.map(Cleaning::outlet).countByValue();
        Broadcast<Map<String, Long>> outlets = JavaSparkContexts.broadcast(read, new HashMap<>(perOutlet));
        JavaPairRDD<String, Article> byPart = unique.mapToPair(a -> {
            String outlet = outlet(a);
            long n = (outlets.value().get(outlet) + MAX_PAGES_TOGETHER - 1) / MAX_PAGES_TOGETHER;
            return new Tuple2<>(outlet + "\u0000" + Math.floorMod(a.id.hashCode(), n), a);
        });
        JavaRDD<Part> cleaned = JavaSparkContexts.gather(byPart, partitions)
                .map(p -> cleanPart(p._2(), words))
                .persist(JavaSparkContexts.KEPT);
        return new Cleaned(
                cleaned.flatMap(p -> p.articles().iterator()),
                dropped.union(cleaned.flatMap(p -> p.rejected().iterator())));
    }

    private static boolean isSecondUse(Article a, Map<String, String> keptOrigin) {
        String origin = keptOrigin.get(a.id);
        return origin != null && !origin.equals(a.origin);
    }

    private static String outlet(Article a) {
        return a.source == null ? "" : a.source;
    }

    private static Part cleanPart(List<Article> pages, int words) {
        List<Article> sorted = new ArrayList<>(pages);
        sorted.sort(java.util.Comparator.comparing((Article a) -> a.origin));
        List<Document> documents = sorted.stream().map(Article::document).toList();
        List<Problem> problems = new ArrayList<>();
        List<Article> out = new ArrayList<>();
        for (Document d : Stages.precis(words).clean(documents, problems)) {
            out.add(new Article(d));
        }
        List<Rejected> rejected = problems.stream().map(Rejected::of).toList();
        return new Part(out, new ArrayList<>(rejected));
    }
}
