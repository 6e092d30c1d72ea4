package dev.precis.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated event of a story.
 *
 * @param date      the day (or the first day of the month or year) it happened, or null when the
 *                  sources do not let it be dated (an undated article saying "on Monday")
 * @param precision how much of {@code date} is known: DAY, MONTH or YEAR; null when undated
 * @param when      the time expression as written ("on Saturday", "in February")
 * @param text      the sentence that reports the event
 * @param documents indexes of the documents that report it
 * @param expected  whether every source reports it as still to come (dated after the article)
 */
public record TimelineEntry(
        LocalDate date, Precision precision, String when, String text, List<Integer> documents, boolean expected) {
    public enum Precision {
        DAY,
        MONTH,
        YEAR
    }

    public TimelineEntry {
        documents = List.copyOf(documents);
    }

    /** An event that happened (or is not known to be still to come). */
    public TimelineEntry(LocalDate date, Precision precision, String when, String text, List<Integer> documents) {
        this(date, precision, when, text, documents, false);
    }

    /** The date as precise as it is known: 2016-09-03, 2016-02, 2011; "undated" when unknown. */
    public String dateLabel() {
        if (date == null) {
            return "undated";
        }
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
