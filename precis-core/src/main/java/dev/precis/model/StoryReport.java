package dev.precis.model;

import java.util.List;

import dev.precis.model.Document;
import dev.precis.model.Summary;

/**
 * What a multi-source view of one story shows: the attributed summary, who is involved, who said
 * what, when things happened and where the sources disagree. Document indexes refer to
 * {@link #documents()}.
 */
public record StoryReport(Summary summary, List<Entity> entities, List<Quote> quotes, List<TimelineEntry> timeline,
                          List<Disagreement> disagreements, List<Document> documents) {
    public StoryReport {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        timeline = List.copyOf(timeline);
        disagreements = List.copyOf(disagreements);
        documents = List.copyOf(documents);
    }
}
