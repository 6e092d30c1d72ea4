package dev.precis;

import dev.precis.analyze.Analyzer;
import dev.precis.clean.Cleaner;
import dev.precis.clean.NoiseCleaner;
import dev.precis.model.DuplicateGroup;
import dev.precis.group.NearDuplicates;
import dev.precis.model.Story;
import dev.precis.group.StoryClusterer;
import dev.precis.ingest.IngestResult;
import dev.precis.ingest.Ingestor;
import dev.precis.model.Problem;
import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.Summary;
import dev.precis.report.Reporter;
import dev.precis.model.StoryReport;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import dev.precis.summarize.SummaryBuilder;
import dev.precis.summarize.SummaryRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The library entry point: one pipeline from files or documents to an attributed summary.
 *
 * <pre>{@code
 * Precis precis = Precis.builder().words(100).build();
 * Precis.Result r = precis.summarizeFiles(List.of(Path.of("articles/")));
 * System.out.println(r.summary().text());
 * }</pre>
 *
 * Instances are immutable and safe to share between threads.
 */
public final class Precis {
    private final Summarizer method;
    private final int words;
    private final int sentences;
    private final String query;
    private final Ingestor ingestor = new Ingestor();
    private final Cleaner cleaner = new NoiseCleaner();
    private final Analyzer analyzer = new Analyzer();
    private final Reporter reporter = new Reporter();

    /** A summary with the problems met on the way (inputs skipped or degraded); summary is null when no input was usable. */
    public record Result(Summary summary, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** A story report with the problems met on the way; report is null when no input was usable. */
    public record Report(StoryReport report, List<Problem> problems) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    private Precis(Builder b) {
        this.method = Summarizers.byName(b.method);
        this.words = b.words;
        this.sentences = b.sentences;
        this.query = b.query;
        new SummaryRequest(words, sentences, List.of(), 1L); // validates the budget now, not at first use
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads files and folders (any supported format), then summarizes everything read. */
    public Result summarizeFiles(List<Path> inputs) {
        IngestResult read = ingestor.ingest(inputs);
        List<Problem> problems = new ArrayList<>(read.problems());
        Corpus corpus = prepare(read.documents(), problems);
        return new Result(corpus.size() == 0 ? null : summarize(corpus), problems);
    }

    /** Summarizes documents already in memory; null when none has article text left after cleaning. */
    public Summary summarize(List<Document> documents) {
        Corpus corpus = prepare(documents, new ArrayList<>());
        return corpus.size() == 0 ? null : summarize(corpus);
    }

    /** Summarizes an analysed corpus (the evaluator uses this to share one analysis across methods). */
    public Summary summarize(Corpus corpus) {
        List<String> queryTerms = query == null ? List.of() : analyzer.termsOf(query);
        return SummaryBuilder.build(method, corpus, new SummaryRequest(words, sentences, queryTerms, 1L));
    }

    /**
     * Reads files and folders as one story and reports on it: the summary, who is involved, who
     * said what, a dated timeline and where the sources disagree.
     */
    public Report reportFiles(List<Path> inputs) {
        IngestResult read = ingestor.ingest(inputs);
        List<Problem> problems = new ArrayList<>(read.problems());
        Corpus corpus = prepare(read.documents(), problems);
        return new Report(corpus.size() == 0 ? null : report(corpus), problems);
    }

    /** The story report of documents already in memory; null when none has article text left after cleaning. */
    public StoryReport report(List<Document> documents) {
        Corpus corpus = prepare(documents, new ArrayList<>());
        return corpus.size() == 0 ? null : report(corpus);
    }

    /**
     * Analyses one cleaned document as the corpus's document {@code index} and prepares what its
     * report will need (part-of-speech tags), for a service that reports on stories as they grow.
     */
    public AnalyzedDocument analyzeForReport(int index, Document document) {
        AnalyzedDocument analysed = analyzer.analyze(index, document);
        reporter.pretag(analysed);
        return analysed;
    }

    /** The story report of an analysed corpus. */
    public StoryReport report(Corpus corpus) {
        return reporter.report(corpus, summarize(corpus));
    }

    /**
     * Groups documents into stories and summarises each, largest first: copies of one text are
     * folded (estimated shingle Jaccard at or above {@code duplicateThreshold}), the rest grouped
     * by {@link StoryClusterer} in batch mode (stories close after {@code windowDays} without news;
     * 0 keeps them open).
     */
    public List<Story> stories(List<Document> documents, double duplicateThreshold, int windowDays, List<Problem> problems) {
        List<Document> cleaned = clean(documents, problems);
        List<DuplicateGroup> groups = new NearDuplicates(duplicateThreshold).fold(cleaned);
        List<Document> kept = groups.stream().map(DuplicateGroup::kept).toList();
        int[] label = new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, windowDays).batch(kept);
        java.util.Map<Integer, List<Integer>> members = new java.util.TreeMap<>();
        for (int i = 0; i < kept.size(); i++) {
            members.computeIfAbsent(label[i], k -> new ArrayList<>()).add(i);
        }
        List<Story> stories = new ArrayList<>();
        for (List<Integer> m : members.values()) {
            List<Document> docs = m.stream().map(kept::get)
                    .sorted(java.util.Comparator.comparing(Document::published, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                    .toList();
            List<DuplicateGroup> folded = m.stream().map(groups::get).filter(g -> !g.copies().isEmpty()).toList();
            // Already cleaned: analyse and summarise directly.
            stories.add(new Story(docs, folded, summarize(analyzer.analyze(docs))));
        }
        stories.sort(java.util.Comparator.comparingInt(Story::size).reversed());
        return stories;
    }

    /** Cleans and analyses documents; one left without text after cleaning is reported and dropped. */
    public Corpus prepare(List<Document> documents, List<Problem> problems) {
        return analyzer.analyze(clean(documents, problems));
    }

    /** The documents cleaned of page noise; one left without text is reported and dropped. */
    public List<Document> clean(List<Document> documents, List<Problem> problems) {
        List<Document> kept = new ArrayList<>();
        for (Document d : cleaner.clean(documents)) {
            if (d.body().isBlank()) {
                problems.add(new Problem(d.origin(), "no article text left after removing page noise"));
            } else {
                kept.add(d);
            }
        }
        return kept;
    }

    public Ingestor ingestor() {
        return ingestor;
    }

    public static final class Builder {
        private String method = Summarizers.DEFAULT;
        private int words = 100;
        private int sentences = 0;
        private String query;

        /** Summarization method by name (see {@link Summarizers#names()}). */
        public Builder method(String name) {
            this.method = name;
            return this;
        }

        /** Word budget; 0 for none (then a sentence budget is required). Default 100. */
        public Builder words(int words) {
            this.words = words;
            return this;
        }

        /** Sentence budget; 0 for none. */
        public Builder sentences(int sentences) {
            this.sentences = sentences;
            return this;
        }

        /** A topic to focus the summary on; null for a generic summary. */
        public Builder query(String query) {
            this.query = query == null || query.isBlank() ? null : query;
            return this;
        }

        public Precis build() {
            return new Precis(this);
        }
    }
}
