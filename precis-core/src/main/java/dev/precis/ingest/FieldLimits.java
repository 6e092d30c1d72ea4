package dev.precis.ingest;

import dev.precis.model.Document;

/**
 * How long a document's fields may be. An article is a few KiB; an id or a headline thousands of
 * characters long is a broken or hostile input, refused by name before it reaches a store.
 */
public final class FieldLimits {
    public static final int MAX_ID = 512;
    public static final int MAX_TITLE = 1_000;
    public static final int MAX_SOURCE = 200;
    public static final int MAX_URL = 2_048;

    private FieldLimits() {}

    /** Why the document cannot be used ("id is 2,100 characters long; the limit is 512"), or null. */
    static String check(Document d) {
        String reason = tooLong("id", d.id(), MAX_ID);
        if (reason == null) {
            reason = tooLong("title", d.title(), MAX_TITLE);
        }
        if (reason == null) {
            reason = tooLong("source", d.source(), MAX_SOURCE);
        }
        return reason != null ? reason : tooLong("url", d.url(), MAX_URL);
    }

    private static String tooLong(String field, String value, int limit) {
        return value != null && value.length() > limit
                ? String.format("%s is %,d characters long; the limit is %,d", field, value.length(), limit)
                : null;
    }
}
