package dev.precis.model;

import dev.precis.model.Document;
import dev.precis.model.Summary;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One story found in a pile of articles: its articles (copies folded), what was folded into them,
 * and its summary.
 */
public record Story(List<Document> documents, List<DuplicateGroup> folded, Summary summary) {
    public Story {
        documents = List.copyOf(documents);
        folded = List.copyOf(folded);
    }

    /** The headline of its earliest titled article, or of any article. */
    public String title() {
        return documents.stream().filter(d -> d.title() != null && !d.title().isBlank()).findFirst()
                .map(Document::title).orElse(documents.get(0).label());
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
