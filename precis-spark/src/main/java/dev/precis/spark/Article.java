package dev.precis.spark;

import dev.precis.model.Document;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One article as it travels between Spark tasks: the core {@link Document}'s fields in a
 * serialisable bean, and, once grouping has computed it, its grouping vector (terms and weights).
 */
public final class Article implements Serializable {
    private static final long serialVersionUID = 2L;

    final String id;
    final String title;
    final String source;
    final String url;
    /** ISO date, or null. */
    final String published;

    final String body;
    final String origin;
    /** The place of the dateline cleaning took off the text, or null. */
    final String dateline;

    Article(Document d) {
        this.id = d.id();
        this.title = d.title();
        this.source = d.source();
        this.url = d.url();
        this.published = d.published() == null ? null : d.published().toString();
        this.body = d.body();
        this.origin = d.origin();
        this.dateline = d.dateline();
    }

    Document document() {
        return new Document(id, title, source, url, date(), body, origin, null, null, dateline);
    }

    LocalDate date() {
        return published == null ? null : LocalDate.parse(published);
    }
}
