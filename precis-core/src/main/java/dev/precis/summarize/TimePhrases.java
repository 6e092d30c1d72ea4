package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.SummarySentence;
import dev.precis.report.EventDates;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.WordCount;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes "today", "yesterday", "tomorrow" and "tonight" of a summary sentence as the day they name
 * in its article: a summary gathers articles of several days and is read later, so "Obama said
 * today" would tell the reader nothing, or the wrong day. As news style has it, a day within a week
 * of the story's latest article is named by its weekday ("said Sunday", "Sunday's talks"), an
 * older one by month and day ("said Sept. 4", with the year when it is not the latest article's).
 * Where the summary spans days, a sentence that tells of another day than the one before it and
 * names no time itself gets its article's day after its "said" ({@link #saidOn}). Quotations are
 * never altered, nor a sentence of an undated article; a rewrite that would take the summary over
 * its word budget ("Today, ..." becoming "On Sunday, ...") is left out.
 */
final class TimePhrases {
    private TimePhrases() {}

    /** Not inside a web address ("example.net/today/news"); the possessive kept apart. */
    private static final Pattern DEICTIC = Pattern.compile(
            "(?<![/.\\w])(today|yesterday|tomorrow|tonight)(['\u2019]s)?\\b(?!/)", Pattern.CASE_INSENSITIVE);

    /** A weekday names a day unambiguously this many days around the latest article. */
    private static final int WEEK = 6;

    private static final String[] MONTHS = {
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
    };

    static List<SummarySentence> anchor(
            List<SummarySentence> sentences, Corpus corpus, EventDates days, SummaryRequest request) {
        LocalDate latest = corpus.documents().stream()
                .map(d -> d.document().published())
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        if (latest == null) {
            return sentences;
        }
        List<LocalDate> dayOf = new ArrayList<>();
        sentences.forEach(s -> dayOf.add(days.of(s.source(), s.sentence().index())));
        boolean spansDays = dayOf.stream().filter(Objects::nonNull).distinct().count() >= 2;
        int words = sentences.stream().mapToInt(s -> WordCount.of(s.text())).sum();
        List<SummarySentence> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            SummarySentence s = sentences.get(i);
            LocalDate published = corpus.documents().get(s.source()).document().published();
            String text = published == null ? s.text() : rewrite(s.text(), published, latest);
            if (text.equals(s.text())
                    && published != null
                    && spansDays
                    && i > 0
                    && published.equals(dayOf.get(i))
                    && !published.equals(dayOf.get(i - 1))
                    && !days.namesTime(s.source(), s.sentence().index())) {
                text = saidOn(text, published, latest);
            }
            int added = WordCount.of(text) - WordCount.of(s.text());
            if (!text.equals(s.text()) && (request.maxWords() == 0 || words + added <= request.maxWords())) {
                out.add(s.withText(text));
                words += added;
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * "said" in the active ("Obama said", not "it was said"), with no day after it, nor its speaker
     * ("..., said Sarah Johnston": a day between them reads "said July 23 Sarah Johnston").
     */
    private static final Pattern SAID = Pattern.compile(
            "(?<!\\b(?:was|were|is|are|be|been)\\s)\\bsaid\\b(?!\\s+(?:on\\s+)?[A-Z][a-z]+day\\b)(?!\\s+[A-Z])");

    /**
     * A sentence of a day other than the one before it in the summary, that names no time itself:
     * the day is written after its "said", where news style puts it ("Obama said Sunday"); a
     * sentence without one is left as it is, since its article's day need not be its event's.
     */
    static String saidOn(String text, LocalDate day, LocalDate latest) {
        Matcher m = SAID.matcher(text);
        while (m.find()) {
            if (!SentenceSplitter.quoteOpen(text.substring(0, m.start()))) {
                return text.substring(0, m.end()) + " " + name(day, latest) + text.substring(m.end());
            }
        }
        return text;
    }

    /** The sentence with each deictic outside quotations written as its day. */
    static String rewrite(String text, LocalDate published, LocalDate latest) {
        Matcher m = DEICTIC.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (SentenceSplitter.quoteOpen(text.substring(0, m.start()))) {
                continue;
            }
            String word = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate day = switch (word) {
                case "yesterday" -> published.minusDays(1);
                case "tomorrow" -> published.plusDays(1);
                default -> published;
            };
            boolean possessive = m.group(2) != null;
            boolean opening = m.start() == 0 || text.substring(0, m.start()).isBlank();
            String name = name(day, latest);
            if (possessive && !isWeekday(name)) {
                continue; // "Sept. 4's talks" is no English
            }
            String phrase = name + (word.equals("tonight") ? " night" : "") + (possessive ? m.group(2) : "");
            if (opening && !possessive) {
                phrase = "On " + phrase; // "Today, the council ..." -> "On Sunday, the council ..."
            } else if (opening) {
                phrase = phrase.substring(0, 1).toUpperCase(Locale.ROOT) + phrase.substring(1);
            }
            out.append(text, last, m.start()).append(phrase);
            last = m.end();
        }
        if (last == 0) {
            return text;
        }
        return out.append(text.substring(last)).toString();
    }

    /** The weekday within a week of the latest article, else month and day (and year when it differs). */
    private static String name(LocalDate day, LocalDate latest) {
        if (Math.abs(ChronoUnit.DAYS.between(day, latest)) <= WEEK) {
            return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        String date = MONTHS[day.getMonthValue() - 1] + " " + day.getDayOfMonth();
        return day.getYear() == latest.getYear() ? date : date + ", " + day.getYear();
    }

    private static boolean isWeekday(String name) {
        return name.endsWith("day");
    }
}
