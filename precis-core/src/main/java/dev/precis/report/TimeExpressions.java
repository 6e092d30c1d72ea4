package dev.precis.report;

import dev.precis.model.TimelineEntry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions in a sentence and the date each denotes, resolved against the article's
 * publication date: "on Saturday" in an article of Sunday 2016-09-04 is 2016-09-03 (the last
 * Saturday, or the next one when the sentence speaks of the future), "today" is the publication
 * day, "in February" the last February. Absolute dates ("September 5, 2016", "in 2011") need no
 * reference. Without a publication date, a weekday is dated only when the article itself pins it
 * ("on Monday, September 5, 2016"); everything else relative stays undated, never guessed.
 */
final class TimeExpressions {
    private static final String MONTH =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    /** What every month name in {@link #MONTH} begins with. */
    private static final String[] MONTH_STEMS = {
        "Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    /** What each word of {@link #DEICTIC} holds, in lower case. */
    private static final String[] DEICTIC_STEMS = {"day", "tomorrow", "tonight"};

    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d{2}))?");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "\\b(?:in|since|from|until|by|during|last|early|late|mid-?)\\s+" + MONTH + "(?!\\s+\\d)\\b");
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:in|since|from|until|by|during|of)\\s+((?:19|20)\\d{2})\\b(?!\\s*(?:people|percent|%))");
    private static final Pattern RELATIVE_WEEKDAY = Pattern.compile(
            "\\b(?:(last|next|this|on|early|late)\\s+)?" + WEEKDAY + "\\b(?!,?\\s+" + MONTH + "\\s+\\d)");
    private static final Pattern DEICTIC =
            Pattern.compile("\\b(today|yesterday|tomorrow|tonight)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|won't|shall|'ll|is to|are to|is due|are due|scheduled|plans? to|planned|expected to|set to|upcoming|next)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A time expression found in a sentence; date null when it cannot be resolved. */
    record Found(String text, LocalDate date, TimelineEntry.Precision precision) {}

    private final LocalDate published;
    /** Weekdays the article pins to a date itself ("Monday, September 5, 2016"). */
    private final Map<DayOfWeek, LocalDate> pinned = new HashMap<>();

    TimeExpressions(LocalDate published, String articleText) {
        this.published = published;
        // A pinned weekday opens its date: the pattern is tried only where a weekday's name starts.
        Matcher m = FULL_DATE.matcher(articleText).useTransparentBounds(true);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            for (int at = articleText.indexOf(name); at >= 0; at = articleText.indexOf(name, at + 1)) {
                pin(m.region(at, articleText.length()));
            }
        }
    }

    private void pin(Matcher m) {
        if (m.lookingAt()) {
            if (m.group(1) != null && m.group(4) != null) {
                LocalDate d = date(Integer.parseInt(m.group(4)), month(m.group(2)), Integer.parseInt(m.group(3)));
                if (d != null && d.getDayOfWeek() == weekday(m.group(1))) {
                    pinned.put(d.getDayOfWeek(), d);
                }
            }
        }
    }

    /** The most precise expression of the sentence (the first among equals), or null when it has none. */
    Found best(String sentence) {
        List<Found> all = find(sentence);
        Found best = null;
        for (Found f : all) {
            if (best == null || rank(f) > rank(best)) {
                best = f;
            }
        }
        return best;
    }

    private static int rank(Found f) {
        if (f.date() == null) {
            return 0;
        }
        return 3 - f.precision().ordinal();
    }

    List<Found> find(String sentence) {
        List<Found> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        // Cheap tests first: most sentences name no month, no year and no weekday.
        boolean month = anyOf(sentence, MONTH_STEMS);
        boolean digits = hasDigit(sentence);
        if (month) {
            findMonthDates(sentence, taken, out);
        }
        if (digits) {
            collect(
                    YEAR,
                    sentence,
                    taken,
                    out,
                    TimelineEntry.Precision.YEAR,
                    true,
                    m -> LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
        }
        boolean weekday = sentence.contains("day");
        if (weekday) {
            boolean future = FUTURE.matcher(sentence).find();
            collect(
                    RELATIVE_WEEKDAY,
                    sentence,
                    taken,
                    out,
                    TimelineEntry.Precision.DAY,
                    false,
                    m -> weekdayDate(m.group(1), weekday(m.group(2)), future));
        }
        if (weekday || anyOf(sentence.toLowerCase(Locale.ROOT), DEICTIC_STEMS)) {
            collect(DEICTIC, sentence, taken, out, TimelineEntry.Precision.DAY, false, m -> deictic(m.group(1)));
        }
        return out;
    }

    private static boolean anyOf(String text, String[] parts) {
        for (String p : parts) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private void findMonthDates(String sentence, List<int[]> taken, List<Found> out) {
        collect(FULL_DATE, sentence, taken, out, TimelineEntry.Precision.DAY, true, m -> {
            int month = month(m.group(2));
            int day = Integer.parseInt(m.group(3));
            return m.group(4) != null ? date(Integer.parseInt(m.group(4)), month, day) : nearPublication(month, day);
        });
        collect(
                DAY_MONTH_YEAR,
                sentence,
                taken,
                out,
                TimelineEntry.Precision.DAY,
                true,
                m -> date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
        collect(
                MONTH_YEAR,
                sentence,
                taken,
                out,
                TimelineEntry.Precision.MONTH,
                true,
                m -> LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1));
        collect(
                MONTH_ONLY,
                sentence,
                taken,
                out,
                TimelineEntry.Precision.MONTH,
                true,
                m -> monthBefore(month(m.group(1))));
    }

    /**
     * Each match of {@code pattern} outside the spans already taken, dated by {@code date} (null when
     * it cannot be); {@code claims}: its span is taken, so a less precise pattern does not match again.
     */
    private static void collect(
            Pattern pattern,
            String sentence,
            List<int[]> taken,
            List<Found> out,
            TimelineEntry.Precision precision,
            boolean claims,
            Function<Matcher, LocalDate> date) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            if (free(taken, m)) {
                LocalDate d = date.apply(m);
                out.add(new Found(m.group().strip(), d, d == null ? null : precision));
                if (claims) {
                    taken.add(new int[] {m.start(), m.end()});
                }
            }
        }
    }

    /** The first of the month, in the year of publication or the one before (a month not yet come). */
    private LocalDate monthBefore(int month) {
        if (published == null) {
            return null;
        }
        int year = month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
        return LocalDate.of(year, month, 1);
    }

    private LocalDate deictic(String word) {
        if (published == null) {
            return null;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "yesterday" -> published.minusDays(1);
            case "tomorrow" -> published.plusDays(1);
            default -> published;
        };
    }

    private LocalDate weekdayDate(String modifier, DayOfWeek day, boolean future) {
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        if (published == null) {
            return mod.equals("last") || mod.equals("next") ? null : pinned.get(day);
        }
        return switch (mod) {
            case "last" -> published.with(TemporalAdjusters.previous(day));
            case "next" -> published.with(TemporalAdjusters.next(day));
            default ->
                future
                        ? published.with(TemporalAdjusters.nextOrSame(day))
                        : published.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    /** A month and day without a year: the one within half a year of publication. */
    private LocalDate nearPublication(int month, int day) {
        if (published == null) {
            return null;
        }
        LocalDate best = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            LocalDate d = date(year, month, day);
            if (d != null
                    && (best == null
                            || Math.abs(d.toEpochDay() - published.toEpochDay())
                                    < Math.abs(best.toEpochDay() - published.toEpochDay()))) {
                best = d;
            }
        }
        return best;
    }

    private static boolean free(List<int[]> taken, Matcher m) {
        for (int[] t : taken) {
            if (m.start() < t[1] && t[0] < m.end()) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null; // "February 30": not a date
        }
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        return Lexicon.MONTHS.get(key.length() > 4 ? key : key.substring(0, 3));
    }

    private static DayOfWeek weekday(String name) {
        return DayOfWeek.of(Lexicon.WEEKDAYS.get(name.toLowerCase(Locale.ROOT)));
    }
}
