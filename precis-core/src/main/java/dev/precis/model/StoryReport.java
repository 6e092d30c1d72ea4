package dev.precis.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The product of the pipeline for one story: the attributed summary, who is involved, who said
 * what, when things happened and where the sources disagree, each present when it was asked for
 * ({@link #sections()}; a section not asked for is empty). Document indexes refer to
 * {@link #documents()}.
 */
public record StoryReport(
        Set<Section> sections,
        Summary summary,
        List<Entity> entities,
        List<Quote> quotes,
        List<TimelineEntry> timeline,
        List<Disagreement> disagreements,
        List<Document> documents) {
    public StoryReport {
        sections = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        timeline = List.copyOf(timeline);
        disagreements = List.copyOf(disagreements);
        documents = List.copyOf(documents);
    }

    @Override
    public Set<Section> sections() {
        return sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
    }

    public boolean has(Section section) {
        return sections.contains(section);
    }

    /** The story's headline: see {@link #titleOf}. */
    public String title() {
        return titleOf(documents);
    }

    /** A story's headline: the first of its articles' titles, or the first article's label. */
    public static String titleOf(List<Document> documents) {
        return documents.stream()
                .map(Document::title)
                .filter(t -> t != null && !t.isBlank())
                .findFirst()
                .orElse(documents.isEmpty() ? "" : documents.get(0).label());
    }
}
