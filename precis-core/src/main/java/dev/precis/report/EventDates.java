package dev.precis.report;

import dev.precis.model.AnalyzedDocument;
import dev.precis.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The day each sentence of a story tells of, as the timeline dates it: the day its own time
 * expression names ("on Monday", "Sept. 5"), when that is a day that had come when the article was
 * written; otherwise its article's day. An undated article's day is the latest day it tells of
 * (an article that reports Monday's talks was written on Monday or later), unless that lies well
 * before the story's first publication; null when none is known. The story order puts the summary's sentences in the order of these days.
 */
public final class EventDates {
    private final List<AnalyzedDocument> documents;
    /** Each sentence's day by article, for every article when the story has undated ones; else null. */
    private final List<List<LocalDate>> days;

    private final List<LocalDate> articleDays;
    /** Each article's expressions against its own publication, made when first asked. */
    private final java.util.Map<Integer, TimeExpressions> dated = new java.util.HashMap<>();

    private EventDates(List<AnalyzedDocument> documents, List<List<LocalDate>> days, List<LocalDate> articleDays) {
        this.documents = documents;
        this.days = days;
        this.articleDays = articleDays;
    }

    public static EventDates of(List<AnalyzedDocument> documents) {
        if (documents.stream().allMatch(d -> d.document().published() != null)) {
            // Every article has its day: only the sentences asked about need their expressions.
            List<LocalDate> published =
                    documents.stream().map(d -> d.document().published()).toList();
            return new EventDates(documents, null, published);
        }
        List<List<List<TimeExpressions.Found>>> found = TimelineBuilder.expressions(documents);
        List<List<LocalDate>> days = new ArrayList<>();
        List<LocalDate> articleDays = new ArrayList<>();
        LocalDate firstPublished = documents.stream()
                .map(d -> d.document().published())
                .filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.naturalOrder())
                .orElse(null);
        for (int i = 0; i < documents.size(); i++) {
            LocalDate published = documents.get(i).document().published();
            List<LocalDate> ofSentences = new ArrayList<>();
            LocalDate latest = null;
            for (List<TimeExpressions.Found> ofSentence : found.get(i)) {
                LocalDate date = day(TimeExpressions.best(ofSentence), published);
                ofSentences.add(date);
                if (date != null && (latest == null || date.isAfter(latest))) {
                    latest = date;
                }
            }
            days.add(ofSentences);
            // An undated article whose latest day is well before the story's first publication tells
            // of history ("the 1996 crash"), not of when it was written.
            boolean history = latest != null
                    && firstPublished != null
                    && latest.isBefore(firstPublished.minusDays(TimelineBuilder.WEEKDAY_SPAN_DAYS));
            articleDays.add(published != null ? published : history ? null : latest);
        }
        return new EventDates(documents, days, articleDays);
    }

    /** The day an expression names, when it names a day that had come when the article was written. */
    private static LocalDate day(TimeExpressions.Found f, LocalDate published) {
        boolean day = f != null
                && f.date() != null
                && f.precision() == TimelineEntry.Precision.DAY
                && !TimelineBuilder.after(f, published);
        return day ? f.date() : null;
    }

    /** Whether sentence {@code index} of article {@code doc} names a time itself ("on Monday", "in 2015"). */
    public boolean namesTime(int doc, int index) {
        AnalyzedDocument d = documents.get(doc);
        return !times(doc).find(d.sentences().get(index).text()).isEmpty();
    }

    private TimeExpressions times(int doc) {
        AnalyzedDocument d = documents.get(doc);
        return dated.computeIfAbsent(
                doc,
                k -> new TimeExpressions(d.document().published(), d.document().body()));
    }

    /** The day sentence {@code index} of article {@code doc} tells of, or null when none is known. */
    public LocalDate of(int doc, int index) {
        LocalDate own;
        if (days != null) {
            own = days.get(doc).get(index);
        } else {
            AnalyzedDocument d = documents.get(doc);
            own = day(
                    times(doc).best(d.sentences().get(index).text()),
                    d.document().published());
        }
        return own != null ? own : articleDays.get(doc);
    }
}
