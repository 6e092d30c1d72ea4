package dev.precis.eval.run;

import dev.precis.Precis;
import dev.precis.eval.audit.AuditTally;
import dev.precis.eval.data.Cluster;
import dev.precis.eval.data.Dataset;
import dev.precis.eval.rouge.Jackknife;
import dev.precis.eval.rouge.Rouge;
import dev.precis.eval.rouge.RougeScore;
import dev.precis.eval.rouge.RougeSettings;
import dev.precis.ingest.IngestResult;
import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Runs summarization methods over a dataset and scores them with ROUGE exactly as NIST scored the
 * DUC participants (jackknifed over references, summaries cut to the word limit), so the figures
 * are comparable with theirs. Each cluster is read and analysed once and shared by all methods.
 */
public final class Evaluator {
    public static final List<String> MEASURES = List.of("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4");

    /** Untimed runs of each method before timing: enough for the JIT to compile the hot loops. */
    private static final int WARM_UP_RUNS = 5;

    private final int words;
    private final boolean topicFocused;
    private final Rouge rouge;
    /** Each method's summary audit, filled by {@link #run}. */
    private final Map<String, AuditTally> audits = new LinkedHashMap<>();

    public Evaluator(int words, boolean topicFocused) {
        this.words = words;
        this.topicFocused = topicFocused;
        this.rouge = new Rouge(RougeSettings.duc(words));
    }

    /**
     * @param progress called with (clusters done, clusters in all) after each cluster
     * @param systemRecall mean ROUGE-2 recall of the dataset's submitted systems, to rank against (may be empty)
     */
    public List<MethodResult> run(
            Dataset dataset,
            List<String> methods,
            Map<String, Double> systemRecall,
            BiConsumer<Integer, Integer> progress) {
        Map<String, Map<String, List<Double>>> scores = new LinkedHashMap<>();
        Map<String, Long> nanos = new LinkedHashMap<>();
        Map<String, Long> peak = new LinkedHashMap<>();
        Map<String, Precis> engines = new LinkedHashMap<>();
        for (String m : methods) {
            scores.put(m, new LinkedHashMap<>());
            nanos.put(m, 0L);
            peak.put(m, 0L);
        }
        warmUp(dataset, methods);
        long analysisNanos = 0;
        int articles = 0;
        int done = 0;
        for (Cluster cluster : dataset.clusters()) {
            long start = System.nanoTime();
            Precis reader = Precis.builder().build();
            // The update task: the earlier sets come first and count as read.
            List<Document> all = new ArrayList<>();
            Set<String> seenIds = new HashSet<>();
            if (!cluster.seen().isEmpty()) {
                for (Document d : reader.ingestor().ingest(cluster.seen()).documents()) {
                    all.add(d);
                    seenIds.add(d.id());
                }
            }
            IngestResult read = reader.ingestor().ingest(cluster.documents());
            all.addAll(read.documents());
            Corpus corpus = reader.prepare(all, new ArrayList<>());
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < corpus.size(); i++) {
                if (seenIds.contains(corpus.documents().get(i).document().id())) {
                    seen.add(i);
                }
            }
            analysisNanos += System.nanoTime() - start;
            articles += corpus.size();
            // Collect the reading and analysis garbage now, so that its collection is not timed as
            // part of whichever method happens to run next.
            System.gc();
            for (String m : methods) {
                Precis engine = engines.computeIfAbsent(
                        m + "|" + cluster.topic(),
                        k -> Precis.builder()
                                .method(m)
                                .words(words)
                                .query(topicFocused ? cluster.topic() : null)
                                .build());
                HeapPeak.reset();
                long t0 = System.nanoTime();
                Summary summary = engine.summarize(corpus, seen);
                nanos.merge(m, System.nanoTime() - t0, Long::sum);
                peak.merge(m, HeapPeak.bytes(), Math::max);
                audits.computeIfAbsent(m, k -> new AuditTally()).add(cluster.id(), summary, corpus);
                List<String> lines = summary == null
                        ? List.of()
                        : summary.sentences().stream()
                                .map(SummarySentence::text)
                                .toList();
                for (var byLeftOut : Jackknife.score(rouge, lines, cluster.references(), null)
                        .values()) {
                    for (String measure : MEASURES) {
                        RougeScore s = byLeftOut.get(measure);
                        scores.get(m)
                                .computeIfAbsent(measure, k -> new ArrayList<>())
                                .add(s.recall());
                        if (cluster.set() != null) {
                            scores.computeIfAbsent(perSet(m, cluster.set()), k -> new LinkedHashMap<>())
                                    .computeIfAbsent(measure, k -> new ArrayList<>())
                                    .add(s.recall());
                        }
                    }
                }
            }
            engines.keySet().removeIf(k -> !k.endsWith("|null"));
            progress.accept(++done, dataset.clusters().size());
        }
        List<MethodResult> out = new ArrayList<>();
        int clusters = Math.max(1, dataset.clusters().size());
        List<String> sets = dataset.clusters().stream()
                .map(Cluster::set)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        for (String m : methods) {
            Map<String, Interval> recall = intervals(scores.get(m));
            double ms = (analysisNanos + nanos.get(m)) / 1e6 / clusters;
            double perSecond = articles / ((analysisNanos + nanos.get(m)) / 1e9);
            int rank = 0;
            if (!systemRecall.isEmpty()) {
                double mine = recall.get("ROUGE-2").mean();
                rank = 1
                        + (int) systemRecall.values().stream()
                                .filter(r -> r > mine)
                                .count();
            }
            out.add(new MethodResult(
                    m, recall, ms, nanos.get(m) / 1e6 / clusters, perSecond, peak.get(m), rank, systemRecall.size()));
            // The update task: the same method on each set alone (A plain, B given A, C given A and B).
            for (String set : sets) {
                Map<String, Interval> bySet = intervals(scores.get(perSet(m, set)));
                out.add(new MethodResult(
                        perSet(m, set), bySet, ms, nanos.get(m) / 1e6 / clusters, perSecond, peak.get(m), 0, 0));
            }
        }
        return out;
    }

    /** Each method's summary audit over the clusters of the last {@link #run}, in method order. */
    public Map<String, AuditTally> audits() {
        return audits;
    }

    /** Mean recall of each measure with its 95% bootstrap interval. */
    private static Map<String, Interval> intervals(Map<String, List<Double>> byMeasure) {
        Map<String, Interval> out = new LinkedHashMap<>();
        for (String measure : MEASURES) {
            out.put(measure, Interval.bootstrap(byMeasure.getOrDefault(measure, List.of()), 95, 1000, 1));
        }
        return out;
    }

    private static String perSet(String method, String set) {
        return method + " (set " + set + ")";
    }

    /**
     * Runs every method a few times on the first cluster, untimed, so that class loading and the JIT's
     * first compilations are not charged to whichever method happens to run first.
     */
    private void warmUp(Dataset dataset, List<String> methods) {
        if (dataset.clusters().isEmpty()) {
            return;
        }
        Precis reader = Precis.builder().build();
        Corpus corpus = reader.prepare(
                reader.ingestor().ingest(dataset.clusters().get(0).documents()).documents(), new ArrayList<>());
        for (String m : methods) {
            Precis engine = Precis.builder().method(m).words(words).build();
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                engine.summarize(corpus);
            }
        }
    }
}
