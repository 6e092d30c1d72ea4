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
 * @param authors   the byline's names, without "By" or job titles (empty when unknown)
 * @param language  the language the page declares (ISO 639-1, "en"), or null
 * @param dateline  the place of the wire dateline the cleaner took off the text ("HANGZHOU,
 *                  China"), or null: the story is reported from there, so it names a place
 */
public record Document(
        String id,
        String title,
        String source,
        String url,
        LocalDate published,
        String body,
        String origin,
        java.util.List<String> authors,
        String language,
        String dateline) {

    public Document {
        Objects.requireNonNull(id, "id");
        body = body == null ? "" : body;
        origin = origin == null ? id : origin;
        authors = authors == null ? java.util.List.of() : java.util.List.copyOf(authors);
    }

    /** An article whose byline and declared language are unknown. */
    public Document(
            String id, String title, String source, String url, LocalDate published, String body, String origin) {
        this(id, title, source, url, published, body, origin, null, null, null);
    }

    /** An article with no dateline (or one not yet read off its text). */
    public Document(
            String id,
            String title,
            String source,
            String url,
            LocalDate published,
            String body,
            String origin,
            java.util.List<String> authors,
            String language) {
        this(id, title, source, url, published, body, origin, authors, language, null);
    }

    public Document withBody(String newBody) {
        return new Document(id, title, source, url, published, newBody, origin, authors, language, dateline);
    }

    public Document withSource(String newSource) {
        return new Document(id, title, newSource, url, published, body, origin, authors, language, dateline);
    }

    /** The same article with the place of the dateline its text opened with ("HANGZHOU, China"). */
    public Document withDateline(String place) {
        return new Document(id, title, source, url, published, body, origin, authors, language, place);
    }

    /** A short human label: the title, or the id when there is none. */
    public String label() {
        return title != null && !title.isBlank() ? title : id;
    }
}
