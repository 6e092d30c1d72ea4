package dev.precis;

import dev.precis.analyze.Analyzer;
import dev.precis.clean.Cleaner;
import dev.precis.clean.NoiseCleaner;
import dev.precis.group.StoryFinder;
import dev.precis.ingest.IngestResult;
import dev.precis.ingest.Ingestor;
import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.Problem;
import dev.precis.model.Section;
import dev.precis.model.Story;
import dev.precis.model.StoryReport;
import dev.precis.model.Summary;
import dev.precis.report.Annotator;
import dev.precis.report.Reporter;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import dev.precis.summarize.SummaryBuilder;
import dev.precis.summarize.SummaryRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The library entry point and the one place the pipeline is assembled: ingest, clean, analyse,
 * (group,) summarise and annotate, giving a {@link StoryReport} with the sections asked for.
 *
 * <pre>{@code
 * Precis precis = Precis.builder().words(100).build();
 * Precis.Report r = precis.reportFiles(List.of(Path.of("articles/")), Section.summaryOnly());
 * System.out.println(r.report().summary().text());
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
    private final Cleaner cleaner;
    private final Analyzer analyzer = new Analyzer();
    private final Reporter reporter;

    /** A story report with the problems met on the way (inputs skipped or degraded); report is null when no input was usable. */
    public record Report(StoryReport report, List<Problem> problems) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    private Precis(Builder b) {
        this.method = b.summarizer != null ? b.summarizer : Summarizers.byName(b.method);
        this.words = b.words;
        this.sentences = b.sentences;
        this.query = b.query;
        this.cleaner = b.cleaner;
        this.reporter = new Reporter(b.annotators);
        new SummaryRequest(words, sentences, List.of(), 1L); // validates the budget now, not at first use
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads files and folders (any supported format) as one story and reports the sections asked for. */
    public Report reportFiles(List<Path> inputs, Set<Section> sections) {
        return report(ingestor.ingest(inputs), sections);
    }

    /**
     * An update: what the articles of {@code inputs} add to what the reader already read, the articles
     * of {@code seenInputs} and those published before {@code since} (null: no such date). Sources
     * are numbered with the seen articles first; the summary takes no sentence from them.
     */
    public Report reportUpdate(List<Path> inputs, List<Path> seenInputs, LocalDate since, Set<Section> sections) {
        List<Problem> problems = new ArrayList<>();
        IngestResult seenRead =
                seenInputs.isEmpty() ? new IngestResult(List.of(), List.of()) : ingestor.ingest(seenInputs);
        IngestResult read = ingestor.ingest(inputs);
        problems.addAll(seenRead.problems());
        problems.addAll(read.problems());
        Set<String> seenIds = new HashSet<>();
        seenRead.documents().forEach(d -> seenIds.add(d.id()));
        List<Document> all = new ArrayList<>(seenRead.documents());
        all.addAll(read.documents());
        Corpus corpus = prepare(all, problems);
        if (corpus.size() == 0) {
            return new Report(null, problems);
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < corpus.size(); i++) {
            Document d = corpus.documents().get(i).document();
            if (seenIds.contains(d.id())
                    || since != null && d.published() != null && d.published().isBefore(since)) {
                seen.add(i);
            }
        }
        return new Report(reporter.report(corpus, summarize(corpus, seen), sections), problems);
    }

    /** Reports on what was read (files, or a request body by {@link Ingestor#ingest(String, byte[])}) as one story. */
    public Report report(IngestResult read, Set<Section> sections) {
        List<Problem> problems = new ArrayList<>(read.problems());
        Corpus corpus = prepare(read.documents(), problems);
        return new Report(corpus.size() == 0 ? null : report(corpus, sections), problems);
    }

    /** The report of documents already in memory; null when none has article text left after cleaning. */
    public StoryReport report(List<Document> documents, Set<Section> sections) {
        Corpus corpus = prepare(documents, new ArrayList<>());
        return corpus.size() == 0 ? null : report(corpus, sections);
    }

    /** The report of an analysed corpus (the summary is computed for every report: it numbers the sources). */
    public StoryReport report(Corpus corpus, Set<Section> sections) {
        return reporter.report(corpus, summarize(corpus), sections);
    }

    /** The summary of an analysed corpus (the evaluator uses this to share one analysis across methods). */
    public Summary summarize(Corpus corpus) {
        return summarize(corpus, Set.of());
    }

    /**
     * An update summary: what the corpus's other documents add to the {@code seen} ones (indexes in
     * the corpus), which the reader has read; no sentence is taken from a seen document.
     */
    public Summary summarize(Corpus corpus, Set<Integer> seen) {
        List<String> queryTerms = query == null ? List.of() : analyzer.termsOf(query);
        return SummaryBuilder.build(method, corpus, new SummaryRequest(words, sentences, queryTerms, 1L, seen));
    }

    /**
     * Groups documents into stories ({@link StoryFinder}: copies folded, the rest clustered in batch
     * mode) and reports on each, largest first.
     */
    public List<Story> stories(
            List<Document> documents,
            double duplicateThreshold,
            int windowDays,
            Set<Section> sections,
            List<Problem> problems) {
        List<StoryFinder.Group> groups =
                new StoryFinder(duplicateThreshold, windowDays).find(clean(documents, problems));
        // Stories are independent: each is analysed and reported on its own, in parallel.
        List<Story> stories = new ArrayList<>(groups.parallelStream()
                .map(g -> new Story(g.documents(), g.folded(), report(analyzer.analyze(g.documents()), sections)))
                .toList());
        stories.sort(Comparator.comparingInt(Story::size).reversed());
        return stories;
    }

    /** Cleans and analyses documents; one left without text after cleaning is reported and dropped. */
    public Corpus prepare(List<Document> documents, List<Problem> problems) {
        return analyzer.analyze(clean(documents, problems));
    }

    /** Analyses one cleaned document as document 0 of a corpus (a service analyses articles as they arrive). */
    public AnalyzedDocument analyze(Document document) {
        return analyzer.analyze(0, document);
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
        private Summarizer summarizer;
        private Cleaner cleaner = new NoiseCleaner();
        private List<Annotator> annotators = Annotator.defaults();
        private int words = 100;
        private int sentences = 0;
        private String query;

        /** Summarization method by name (see {@link Summarizers#names()}). */
        public Builder method(String name) {
            this.method = name;
            this.summarizer = null;
            return this;
        }

        /** A summarizer of the caller's own, instead of one chosen by name. */
        public Builder summarizer(Summarizer summarizer) {
            this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
            return this;
        }

        /** The cleaning stage (default: {@link NoiseCleaner}). */
        public Builder cleaner(Cleaner cleaner) {
            this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
            return this;
        }

        /** The report's annotators (default: {@link Annotator#defaults()}). */
        public Builder annotators(List<Annotator> annotators) {
            this.annotators = List.copyOf(annotators);
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
