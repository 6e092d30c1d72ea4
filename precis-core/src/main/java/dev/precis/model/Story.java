package dev.precis.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One story found in a pile of articles: its articles (copies folded, earliest first), what was
 * folded into them, and its report.
 */
public record Story(List<Document> documents, List<DuplicateGroup> folded, StoryReport report) {
    public Story {
        documents = List.copyOf(documents);
        folded = List.copyOf(folded);
    }

    public String title() {
        return StoryReport.titleOf(documents);
    }

    /** Articles, copies included. */
    public int size() {
        return documents.size()
                + folded.stream().mapToInt(g -> g.copies().size()).sum();
    }

    /** The earliest publication date of its articles; null when none is dated. */
    public LocalDate first() {
        return dates().min(LocalDate::compareTo).orElse(null);
    }

    /** The latest publication date of its articles; null when none is dated. */
    public LocalDate last() {
        return dates().max(LocalDate::compareTo).orElse(null);
    }

    private Stream<LocalDate> dates() {
        return documents.stream().map(Document::published).filter(Objects::nonNull);
    }
}
