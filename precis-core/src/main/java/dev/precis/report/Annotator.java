package dev.precis.report;

import dev.precis.model.Corpus;
import dev.precis.model.Section;

/**
 * Computes one section of a story report from the story's analysed corpus. Annotators run in the
 * order of their sections, so one may read what an earlier one put in the draft (quotes name the
 * speakers among the entities).
 */
public interface Annotator {
    /** The section this annotator fills. */
    Section section();

    /** Whether it reads the entities found before it (then they are found even when not asked for). */
    default boolean needsEntities() {
        return false;
    }

    void annotate(Corpus corpus, ReportDraft draft);

    /** The report's four annotators: entities, quotes, timeline, disagreements. */
    static java.util.List<Annotator> defaults() {
        return java.util.List.of(
                annotator(Section.ENTITIES, false, (c, d) -> d.entities = new dev.precis.report.entity.EntityExtractor().extract(c.sentences())),
                annotator(Section.QUOTES, true, (c, d) -> d.quotes = new QuoteExtractor(d.entities).extract(
                        c.documents().stream().map(dev.precis.model.AnalyzedDocument::sentences).filter(s -> !s.isEmpty()).toList())),
                annotator(Section.TIMELINE, false, (c, d) -> d.timeline = new TimelineBuilder().build(c.documents())),
                annotator(Section.DISAGREEMENTS, true, (c, d) -> d.disagreements = new DisagreementFinder(d.entities).find(c.sentences())));
    }

    private static Annotator annotator(Section section, boolean needsEntities, java.util.function.BiConsumer<Corpus, ReportDraft> work) {
        return new Annotator() {
            @Override
            public Section section() {
                return section;
            }

            @Override
            public boolean needsEntities() {
                return needsEntities;
            }

            @Override
            public void annotate(Corpus corpus, ReportDraft draft) {
                work.accept(corpus, draft);
            }
        };
    }
}
