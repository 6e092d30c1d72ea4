package dev.precis.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source. {@code body} holds the article text with paragraphs
 * separated by blank lines; after cleaning it holds only the article's own prose.
 *
 * @param id        stable identifier (DOCNO, JSON id, feed guid, or file name)
 * @param title     headline, or null when unknown
 * @param source    outlet (e.g. "Associated Press"), or null when unknown
 * @param url       canonical address, or null
 * @param published publication date, or null when unknown (never guessed)
 * @param body      text, paragraphs separated by "\n\n"
 * @param origin    where it was read from (file path, with line or entry number where relevant)
 */
public record Document(
        String id, String title, String source, String url, LocalDate published, String body, String origin) {

    public Document {
        Objects.requireNonNull(id, "id");
        body = body == null ? "" : body;
        origin = origin == null ? id : origin;
    }

    public Document withBody(String newBody) {
        return new Document(id, title, source, url, published, newBody, origin);
    }

    public Document withSource(String newSource) {
        return new Document(id, title, newSource, url, published, body, origin);
    }

    /** A short human label: the title, or the id when there is none. */
    public String label() {
        return title != null && !title.isBlank() ? title : id;
    }
}
