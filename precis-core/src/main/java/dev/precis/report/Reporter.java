package dev.precis.report;

import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Section;
import dev.precis.model.Sentence;
import dev.precis.model.StoryReport;
import dev.precis.model.Summary;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Pipeline stage after summarising: builds the {@link StoryReport} of one story from its analysed
 * documents and its summary, running the annotators of the sections asked for (and the entity
 * annotator when one of them needs entities).
 */
public final class Reporter {
    private final List<Annotator> annotators;

    public Reporter(List<Annotator> annotators) {
        this.annotators = annotators.stream()
                .sorted(Comparator.comparing(Annotator::section))
                .toList();
    }

    public StoryReport report(Corpus corpus, Summary summary, Set<Section> sections) {
        List<Annotator> chosen =
                annotators.stream().filter(a -> sections.contains(a.section())).toList();
        boolean entities = chosen.stream().anyMatch(Annotator::needsEntities);
        List<Annotator> run = annotators.stream()
                .filter(a -> chosen.contains(a) || entities && a.section() == Section.ENTITIES)
                .toList();
        if (run.stream().anyMatch(a -> a.section() == Section.ENTITIES)) {
            // Tagging is most of the entities' cost: in parallel, once per sentence (kept by the sentence).
            corpus.sentences().parallelStream().forEach(Sentence::tags);
        }
        ReportDraft draft = new ReportDraft();
        run.forEach(a -> a.annotate(corpus, draft));
        boolean keepEntities = sections.contains(Section.ENTITIES);
        return new StoryReport(
                sections,
                summary,
                keepEntities ? draft.entities : List.of(),
                draft.quotes,
                draft.timeline,
                draft.disagreements,
                corpus.documents().stream().map(AnalyzedDocument::document).toList());
    }
}
