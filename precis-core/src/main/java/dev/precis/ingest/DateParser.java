package dev.precis.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the publication dates found in feeds, page metadata and JSON; returns null rather than guess. */
public final class DateParser {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final List<DateTimeFormatter> TEXT_FORMATS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));

    private DateParser() {}

    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        Matcher iso = ISO_DATE.matcher(v);
        if (iso.find()) {
            return of(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher compact = COMPACT_DATE.matcher(v);
        if (compact.find()) {
            return of(compact.group(1), compact.group(2), compact.group(3));
        }
        for (DateTimeFormatter f : TEXT_FORMATS) {
            try {
                return LocalDate.from(f.parse(v));
            } catch (java.time.DateTimeException ignored) {
                // try the next form
            }
        }
        return null;
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
