package dev.precis.report;

import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Section;
import dev.precis.report.entity.EntityExtractor;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Computes one section of a story report from the story's analysed corpus, into a
 * {@link ReportDraft}. Annotators run in the order of their sections, so one may read what an
 * earlier one put in the draft (quotes name their speakers among the entities).
 *
 * @param section       the section it fills
 * @param needsEntities whether it reads the entities (then they are found even when not asked for)
 * @param work          what it does
 */
public record Annotator(Section section, boolean needsEntities, BiConsumer<Corpus, ReportDraft> work) {
    public void annotate(Corpus corpus, ReportDraft draft) {
        work.accept(corpus, draft);
    }

    /** The report's four annotators: entities, quotes, timeline, disagreements. */
    public static List<Annotator> defaults() {
        return List.of(
                new Annotator(
                        Section.ENTITIES,
                        false,
                        (c, d) -> d.entities = new EntityExtractor().extract(DatelinePlaces.withDatelines(c))),
                new Annotator(
                        Section.QUOTES,
                        true,
                        (c, d) -> d.quotes = new QuoteExtractor(d.entities)
                                .extract(c.documents().stream()
                                        .map(AnalyzedDocument::sentences)
                                        .filter(s -> !s.isEmpty())
                                        .toList())),
                new Annotator(
                        Section.TIMELINE, false, (c, d) -> d.timeline = new TimelineBuilder().build(c.documents())),
                new Annotator(
                        Section.DISAGREEMENTS,
                        true,
                        (c, d) -> d.disagreements = new DisagreementFinder(d.entities).find(c)));
    }
}
