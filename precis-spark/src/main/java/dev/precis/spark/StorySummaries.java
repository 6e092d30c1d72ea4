package dev.precis.spark;

import dev.precis.group.StoryClusterer;
import dev.precis.model.Document;
import dev.precis.model.Section;
import dev.precis.model.StoryReport;
import dev.precis.model.SummarySentence;
import dev.precis.text.TermVector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Each story's row: its articles gathered in one task, summarised by the core pipeline exactly as
 * the CLI's {@code summarize} does (articles in order of origin, the same attribution), numbered
 * by size.
 */
final class StorySummaries {
    private StorySummaries() {}

    /**
     * Articles a summary reads at most. A story of tens of thousands of articles (a long-running
     * event, or a corpus of copies) is summarised from those nearest its centroid: its typical
     * reports, at a cost that does not grow with the story.
     */
    static final int MAX_SUMMARY_ARTICLES = 200;

    static JavaRDD<StoryRow> summarise(
            JavaRDD<Article> articles,
            CopyFolding.Folded folded,
            StoryGrouping.Grouped grouped,
            int words,
            int partitions) {
        Broadcast<CopyFolding.Folded> copies = JavaSparkContexts.broadcast(articles, folded);
        // A copy goes where the article kept in its place goes.
        JavaPairRDD<String, Article> byKept =
                articles.mapToPair(a -> new Tuple2<>(copies.value().keptFor().getOrDefault(a.id, a.id), a));
        JavaRDD<Tuple2<String, List<Article>>> stories = JavaSparkContexts.gather(
                byKept.join(grouped.storyOf(), partitions).mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1())),
                partitions);
        Broadcast<Map<String, Integer>> df = grouped.frequencies();
        int n = (int) grouped.articles();
        JavaRDD<StoryRow> rows = stories.map(s -> row(s._2(), copies.value(), df.value(), n, words));
        // Numbered by size (largest first), then by first article id: the same numbers on every run.
        return rows.sortBy(
                        r -> String.format(
                                "%012d %s",
                                Integer.MAX_VALUE - r.getSize(), r.getArticles().get(0)),
                        true,
                        partitions)
                .zipWithIndex()
                .map(t -> {
                    t._1().setId("story-" + (t._2() + 1));
                    return t._1();
                });
    }

    private static StoryRow row(
            List<Article> members, CopyFolding.Folded folded, Map<String, Integer> df, int n, int words) {
        List<Article> all = new ArrayList<>(members);
        all.sort(Comparator.comparing((Article a) -> a.origin).thenComparing(a -> a.id));
        List<Document> kept = new ArrayList<>();
        TreeSet<String> outlets = new TreeSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Article a : all) {
            if (!folded.isCopy(a.id)) {
                kept.add(a.document());
            }
            if (a.source != null) {
                outlets.add(a.source);
            }
            LocalDate d = a.date();
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        List<Document> read = kept.size() <= MAX_SUMMARY_ARTICLES ? kept : nearestCentre(kept, df, n);
        StoryReport report = Stages.precis(words).report(read, Section.summaryOnly());
        List<StoryRow.Line> lines = new ArrayList<>();
        for (SummarySentence s : report.summary().sentences()) {
            lines.add(new StoryRow.Line(
                    s.text(),
                    read.get(s.source()).id(),
                    s.corroborating().stream().map(i -> read.get(i).id()).toList()));
        }
        StoryRow row = new StoryRow();
        row.setTitle(report.title());
        row.setFirst(first == null ? null : first.toString());
        row.setLast(last == null ? null : last.toString());
        row.setSize(all.size());
        row.setArticles(all.stream().map(a -> a.id).sorted().toList());
        row.setOutlets(List.copyOf(outlets));
        row.setSummary(lines);
        row.setSummarisedFrom(read.stream().map(Document::id).toList());
        return row;
    }

    /**
     * The articles nearest the story's centroid, kept in their order. The centroid and the distances
     * are taken over at most {@link #CENTRE_SAMPLE} articles (a fixed sample, by a hash of the id),
     * so that choosing costs the same for a story of 300 articles as for one of 30,000.
     */
    private static List<Document> nearestCentre(List<Document> kept, Map<String, Integer> df, int n) {
        List<Integer> sample = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            sample.add(i);
        }
        if (sample.size() > CENTRE_SAMPLE) {
            sample.sort(
                    Comparator.comparingInt((Integer i) -> mix(kept.get(i).id().hashCode()))
                            .thenComparing(i -> i));
            sample = new ArrayList<>(sample.subList(0, CENTRE_SAMPLE));
        }
        Map<Integer, TermVector> vectors = new java.util.HashMap<>();
        for (int i : sample) {
            vectors.put(i, StoryClusterer.vector(kept.get(i), df::get, n));
        }
        TermVector centre = StoryClusterer.centroid(new ArrayList<>(vectors.values()));
        sample.sort(Comparator.comparingDouble((Integer i) -> -vectors.get(i).dot(centre))
                .thenComparing(i -> i));
        return sample.subList(0, MAX_SUMMARY_ARTICLES).stream()
                .sorted()
                .map(kept::get)
                .toList();
    }

    /** Articles a large story's centre is judged over. */
    static final int CENTRE_SAMPLE = 2_000;

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
