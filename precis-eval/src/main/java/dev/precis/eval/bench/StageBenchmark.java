package dev.precis.eval.bench;

import dev.precis.Precis;
import dev.precis.analyze.Analyzer;
import dev.precis.eval.run.HeapPeak;
import dev.precis.group.NearDuplicates;
import dev.precis.group.StoryFinder;
import dev.precis.ingest.IngestResult;
import dev.precis.ingest.Ingestor;
import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.Section;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times each stage of the pipeline on a corpus: read, clean, analyse, fold, group, summarise,
 * report. Every stage runs untimed at least {@code warmUps} times and {@link #WARM_UP_SECONDS}
 * (JIT), then {@code runs} times timed; the
 * fastest run counts (the least disturbed by the rest of the machine). Throughput is in article text
 * (UTF-8 of the cleaned bodies) except for reading, which counts the input files' bytes.
 */
public final class StageBenchmark {
    /** One stage's figures. */
    public record Stage(String name, double seconds, long bytes, int articles, long peakHeapBytes) {
        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    /** Least warm-up time per stage. */
    public static final double WARM_UP_SECONDS = 3;

    private final Precis precis = Precis.builder().build();
    private final Analyzer analyzer = new Analyzer();
    private final int warmUps;
    private final int runs;

    public StageBenchmark(int warmUps, int runs) {
        if (runs < 1 || warmUps < 0) {
            throw new IllegalArgumentException("at least one timed run, and no negative warm-up");
        }
        this.warmUps = warmUps;
        this.runs = runs;
    }

    /** The name of the reference stage: what the machine does with the same bytes in the simplest pass. */
    public static final String LIMIT = "limit";

    public List<Stage> run(List<Path> inputs) throws java.io.IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            try (var walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        long inputBytes = files.stream().mapToLong(f -> f.toFile().length()).sum();
        List<Stage> stages = new ArrayList<>();
        // The machine's limit for this input: read the same files and split them on white space, on every core.
        stages.add(time(() -> splitOnWhiteSpace(files)).stage(LIMIT, inputBytes, files.size()));
        Ingestor ingestor = new Ingestor();
        Timed<IngestResult> read = time(() -> ingestor.ingest(inputs));
        List<Document> documents = read.result().documents();
        stages.add(read.stage("read", inputBytes, documents.size()));

        Timed<List<Document>> clean = time(() -> precis.clean(documents, new ArrayList<>()));
        List<Document> cleaned = clean.result();
        long textBytes = utf8Bytes(cleaned);
        int n = cleaned.size();
        stages.add(clean.stage("clean", utf8Bytes(documents), documents.size()));
        stages.add(time(() -> analyzer.analyze(cleaned)).stage("analyse", textBytes, n));
        stages.add(time(() -> new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD).fold(cleaned))
                .stage("fold", textBytes, n));
        Timed<List<StoryFinder.Group>> group =
                time(() -> new StoryFinder(NearDuplicates.DEFAULT_THRESHOLD, 0).find(cleaned));
        stages.add(group.stage("group", textBytes, n));

        // Summaries and reports per story found, each story analysed once beforehand.
        List<Corpus> corpora = group.result().stream()
                .map(g -> analyzer.analyze(g.documents()))
                .toList();
        List<Document> kept =
                group.result().stream().flatMap(g -> g.documents().stream()).toList();
        stages.add(time(() -> corpora.stream().map(precis::summarize).toList())
                .stage("summarise", utf8Bytes(kept), kept.size()));
        stages.add(time(() -> corpora.stream()
                        .map(c -> precis.report(c, Section.all()))
                        .toList())
                .stage("report", utf8Bytes(kept), kept.size()));
        return stages;
    }

    /** Words of the files, split on white space: a pass as simple as a pass over text can be. */
    private static long splitOnWhiteSpace(List<Path> files) {
        return files.parallelStream()
                .mapToLong(f -> {
                    byte[] bytes;
                    try {
                        bytes = Files.readAllBytes(f);
                    } catch (java.io.IOException e) {
                        return 0;
                    }
                    long words = 0;
                    boolean inWord = false;
                    for (byte b : bytes) {
                        boolean space = b == ' ' || b == '\n' || b == '\t' || b == '\r';
                        words += !space && !inWord ? 1 : 0;
                        inWord = !space;
                    }
                    return words;
                })
                .sum();
    }

    private static long utf8Bytes(List<Document> documents) {
        return documents.stream()
                .mapToLong(d -> d.body().getBytes(StandardCharsets.UTF_8).length)
                .sum();
    }

    /** A stage's last result, its fastest run and its peak heap. */
    private record Timed<T>(T result, double seconds, long peakHeapBytes) {
        Stage stage(String name, long bytes, int articles) {
            return new Stage(name, seconds, bytes, articles, peakHeapBytes);
        }
    }

    private <T> Timed<T> time(Supplier<T> work) {
        // Warm-up: the given number of runs, and on until the stage has run WARM_UP_SECONDS, so that
        // the JIT has compiled its hot paths even for a stage that takes a fraction of a second.
        long warmStart = System.nanoTime();
        for (int i = 0; i < warmUps || System.nanoTime() - warmStart < WARM_UP_SECONDS * 1e9; i++) {
            work.get();
        }
        double best = Double.MAX_VALUE;
        long peak = 0;
        T result = null;
        for (int i = 0; i < runs; i++) {
            result = null;
            System.gc(); // each timed run starts from a settled heap, so its peak is its own
            HeapPeak.reset();
            long start = System.nanoTime();
            result = work.get();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
            peak = Math.max(peak, HeapPeak.bytes());
        }
        return new Timed<>(result, best, peak);
    }
}
