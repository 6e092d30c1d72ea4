package dev.precis.eval.group;

import dev.precis.clean.NoiseCleaner;
import dev.precis.eval.run.HeapPeak;
import dev.precis.group.StoryClusterer;
import dev.precis.ingest.IngestResult;
import dev.precis.ingest.Ingestor;
import dev.precis.model.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Story grouping measured on labelled data: articles in one folder per cluster are pooled,
 * shuffled, grouped, and compared with their folders (B-cubed, adjusted Rand); and the cost of
 * batch grouping as the input grows, the larger inputs made by replicating the real articles with
 * small perturbations (a tenth of their words dropped at random).
 */
public final class ClusterEvaluation {
    /** One row of the quality or scale table. */
    public record Row(
            String mode, int articles, int stories, ClusterScores scores, double seconds, long peakHeapBytes) {
        public double articlesPerSecond() {
            return articles / Math.max(1e-9, seconds);
        }
    }

    private final List<Document> documents;
    private final int[] labels;

    private ClusterEvaluation(List<Document> documents, int[] labels) {
        this.documents = documents;
        this.labels = labels;
    }

    /** Reads every article under {@code root}; its label is the name of the folder holding it. */
    public static ClusterEvaluation read(Path root, long seed) {
        IngestResult read = new Ingestor().ingest(List.of(root));
        List<Document> docs = new ArrayList<>(new NoiseCleaner().clean(read.documents()));
        docs.removeIf(d -> d.body().isBlank());
        Collections.shuffle(docs, new Random(seed));
        Map<String, Integer> ids = new HashMap<>();
        int[] labels = new int[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            Path parent = Path.of(docs.get(i).origin().split(" ")[0]).getParent();
            labels[i] = ids.computeIfAbsent(parent == null ? "" : parent.toString(), k -> ids.size());
        }
        return new ClusterEvaluation(docs, labels);
    }

    public int size() {
        return documents.size();
    }

    public List<Row> quality(double threshold, int windowDays) {
        StoryClusterer clusterer = new StoryClusterer(threshold, windowDays);
        List<Row> rows = new ArrayList<>();
        rows.add(measure("batch", documents, labels, () -> clusterer.batch(documents)));
        rows.add(measure("online", documents, labels, () -> clusterer.online(documents)));
        return rows;
    }

    /** Batch grouping of the articles replicated {@code factor} times (1 = the real articles). */
    public Row scale(int factor, double threshold) {
        List<Document> docs = new ArrayList<>(documents.size() * factor);
        int[] expanded = new int[documents.size() * factor];
        Random random = new Random(factor);
        for (int copy = 0; copy < factor; copy++) {
            for (int i = 0; i < documents.size(); i++) {
                Document d = documents.get(i);
                docs.add(copy == 0 ? d : perturbed(d, copy, random));
                expanded[copy * documents.size() + i] = labels[i];
            }
        }
        StoryClusterer clusterer = new StoryClusterer(threshold, 0);
        return measure("batch x" + factor, docs, expanded, () -> clusterer.batch(docs));
    }

    /**
     * Copy {@code copy} of an article with a tenth of its words dropped at random: a different text
     * about the same story, for measuring grouping at scale (here and on Spark).
     */
    public static Document perturbed(Document d, int copy, Random random) {
        String[] words = d.body().split(" ");
        StringBuilder sb = new StringBuilder(d.body().length());
        for (String w : words) {
            if (random.nextInt(10) != 0) {
                sb.append(w).append(' ');
            }
        }
        return new Document(
                d.id() + "~" + copy,
                d.title(),
                d.source(),
                d.url(),
                d.published(),
                sb.toString().strip(),
                d.origin());
    }

    private static Row measure(
            String mode, List<Document> docs, int[] reference, java.util.function.Supplier<int[]> run) {
        System.gc();
        HeapPeak.reset();
        long start = System.nanoTime();
        int[] predicted = run.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        int stories = java.util.Arrays.stream(predicted).max().orElse(-1) + 1;
        return new Row(mode, docs.size(), stories, ClusterScores.of(reference, predicted), seconds, HeapPeak.bytes());
    }
}
