package dev.precis.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
        return documents.size() + folded.stream().mapToInt(g -> g.copies().size()).sum();
    }

    public LocalDate first() {
        return documents.stream().map(Document::published).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    public LocalDate last() {
        return documents.stream().map(Document::published).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }
}
