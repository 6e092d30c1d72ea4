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
    /**
     * "Monday, September 5, 2016", "Oct. 12-13, 1992" (a range: its first day), "October 31 last
     * year", "October 1, this year": groups weekday, month, day, year, and the year word (last,
     * next, this).
     */
    private static final Pattern FULL_DATE = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-\u2013]\\s*\\d{1,2})?\\b"
            + "(?:,?\\s+((?:19|20)\\d{2})|,?\\s+(last|next|this)\\s+year)?");

    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "\\s+((?:19|20)\\d{2})\\b");
    /** "September 2015", "February, 1996" (not "In May, 2000 people marched"). */
    private static final Pattern MONTH_YEAR =
            Pattern.compile("\\b" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b(?!\\s*(?:people|percent|%))");

    private static final Pattern MONTH_ONLY = Pattern.compile(
            "\\b(?:in|since|from|until|by|during|last|early|late|mid-?|In|Since|From|Until|By|During|Last|Early|Late|Mid-?)\\s+"
                    + MONTH + "(?!\\s+\\d)\\b");
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:in|since|from|until|by|during|of|In|Since|From|Until|By|During)\\s+((?:19|20)\\d{2})\\b(?!\\s*(?:people|percent|%))");
    /** Not a weekday in general ("on a Friday night", "Every Tuesday and Thursday"). */
    private static final Pattern RELATIVE_WEEKDAY =
            Pattern.compile("(?<!\\b(?i:a|any|each|every)\\s)(?<!\\b(?i:every|each)\\s[A-Z][a-z]{5,8}\\s(?:and|or)\\s)"
                    + "\\b(?:(last|next|this|on|early|late)\\s+)?" + WEEKDAY + "\\b(?!,?\\s+" + MONTH + "\\s+\\d)");
    /** Not inside a web address ("ww.netarrant.net/today/news"). */
    private static final String DEICTIC_WORD = "(?<![/.])\\b(today|yesterday|tomorrow|tonight)\\b(?!/)";

    private static final Pattern DEICTIC = Pattern.compile(DEICTIC_WORD, Pattern.CASE_INSENSITIVE);
    /**
     * ... and not "today's" before a common noun when the sentence has another date: "the biggest
     * advances will occur next year ... without the stomach problems of today's over-the-counter
     * drugs" speaks of next year.
     */
    private static final Pattern DEICTIC_NOT_MODIFIER =
            Pattern.compile(DEICTIC_WORD + "(?!['\u2019]s\\s+[a-z])", Pattern.CASE_INSENSITIVE);
    /**
     * A speech verb in the past just before a weekday: "officials said Wednesday", "told him
     * Sunday that they plan to": the weekday dates the saying, which is past even when what was
     * said is to come; so does a passive past ("Vioxx, which was approved Friday and is expected
     * to reach pharmacies"), but not "was expected Friday" or "was scheduled Friday". A place word
     * may come between ("a UNICEF official warned here Sunday").
     */
    private static final Pattern SAID_BEFORE = Pattern.compile(
            "\\b(?:said|told(?:\\s+\\w+)?|announced|reported|asked|warned|(?:was|were)\\s+(?!expected|scheduled|planned|slated)\\w+ed)\\s+(?:here\\s+|there\\s+)?(?:on\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** Right after a weekday: a past speech verb ("Monday told", "Sunday said"). */
    private static final Pattern SAID_AFTER =
            Pattern.compile("\\s+(?:said|told|announced|warned|reported)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Right before a date, a present verb of what is set for it: "the committee meets April 20",
     * "the on-sale date is Oct. 12", "the conference continues through Wednesday", "remarks
     * prepared for delivery Thursday", "the issue being published Thursday".
     */
    private static final Pattern SCHEDULED_BEFORE = Pattern.compile(
            "\\b(?:meets|opens|begins|starts|ends|closes|resumes|continues(?:\\s+through)?|runs\\s+through|is|are"
                    + "|for\\s+delivery|being\\s+published|due(?:\\s+on|\\s+by)?)\\s+(?:on\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Right after a date, what is set for it: "in the Nov. 3 election", "an August 31 deadline". */
    private static final Pattern SCHEDULED_AFTER =
            Pattern.compile("\\s+(?:election|deadline|vote|primary|referendum|ballot)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Right before a date, a past participle of what was done: "the drug approved by the FDA in
     * September", "the permit created in April" (not "expected in May", "scheduled on Friday").
     */
    private static final Pattern DONE_BEFORE =
            Pattern.compile("(?<!\\b(?:be|being)\\s)\\b(?!(?:expected|scheduled|planned|slated|needed)\\b)[a-z]+ed"
                    + "(?:\\s+by\\s+(?:the\\s+)?[\\w.&-]+)?\\s+(?:(?:in|on)\\s+)?$");

    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|won't|shall|'ll|is to|are to|is due|are due|scheduled|plans? to|planned|expects? to|expected to|set to|upcoming|next)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A time expression found in a sentence; date null when it cannot be resolved. */
    record Found(String text, LocalDate date, TimelineEntry.Precision precision) {}

    private final LocalDate published;
    /** Weekdays the article pins to a date itself ("Monday, September 5, 2016"). */
    private final Map<DayOfWeek, LocalDate> pinned = new HashMap<>();

    TimeExpressions(LocalDate published, String articleText) {
        this(published, articleText, Map.of());
    }

    /**
     * @param storyWeekdays the days the story's other (dated) sources give weekdays, used for an
     *                      undated article's weekdays that it does not pin itself
     */
    TimeExpressions(LocalDate published, String articleText, Map<DayOfWeek, LocalDate> storyWeekdays) {
        this.published = published;
        if (published == null) {
            pinned.putAll(storyWeekdays);
        }
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
        return best(find(sentence));
    }

    /** The most precise of the expressions {@link #find} gave (the first among equals), or null. */
    static Found best(List<Found> all) {
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
        boolean future = FUTURE.matcher(sentence).find();
        if (month) {
            findMonthDates(sentence, taken, out, future);
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
            collect(
                    RELATIVE_WEEKDAY,
                    sentence,
                    taken,
                    out,
                    TimelineEntry.Precision.DAY,
                    false,
                    m -> weekdayDate(
                            m.group(1),
                            weekday(m.group(2)),
                            POSSESSIVE
                                            .matcher(sentence)
                                            .region(m.end(), sentence.length())
                                            .lookingAt()
                                    ? nearestIsAhead(weekday(m.group(2)))
                                    : futureAt(sentence, m, future)
                                            && !saidJustBefore(sentence, m.start())
                                            && !saidJustAfter(sentence, m.end())));
        }
        if (weekday || anyOf(sentence.toLowerCase(Locale.ROOT), DEICTIC_STEMS)) {
            collect(
                    out.isEmpty() ? DEICTIC : DEICTIC_NOT_MODIFIER,
                    sentence,
                    taken,
                    out,
                    TimelineEntry.Precision.DAY,
                    false,
                    m -> deictic(m.group(1)));
        }
        return out;
    }

    /** Whether the date a match names is to come, however surely ({@link #when}). */
    private static boolean futureAt(String sentence, Matcher m, boolean sentenceFuture) {
        return when(sentence, m, sentenceFuture) != Coming.NO;
    }

    /** Whether a date is to come, and how surely (see {@link #withoutYear}). */
    private enum Coming {
        NO,
        /** The sentence speaks of the future. */
        SENTENCE,
        /** The words right around the date set it ("meets April 20", "an August 31 deadline"). */
        SET
    }

    /**
     * Whether the date a match names is to come: the words around the date set it ("meets April
     * 20", "the Nov. 3 election"), or the sentence speaks of the future unless a past participle
     * right before the date says it was done ("approved by the FDA in September").
     */
    private static Coming when(String sentence, Matcher m, boolean sentenceFuture) {
        String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
        if (SCHEDULED_BEFORE.matcher(before).find()
                || SCHEDULED_AFTER
                        .matcher(sentence)
                        .region(m.end(), sentence.length())
                        .lookingAt()) {
            return Coming.SET;
        }
        return sentenceFuture && !DONE_BEFORE.matcher(before).find() ? Coming.SENTENCE : Coming.NO;
    }

    private static boolean saidJustBefore(String sentence, int at) {
        return SAID_BEFORE.matcher(sentence.substring(Math.max(0, at - 30), at)).find();
    }

    /** "Minister Sam Onger Monday told a meeting": a past speech verb right after the weekday. */
    private static boolean saidJustAfter(String sentence, int at) {
        return SAID_AFTER.matcher(sentence).region(at, sentence.length()).lookingAt();
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

    private void findMonthDates(String sentence, List<int[]> taken, List<Found> out, boolean future) {
        collect(FULL_DATE, sentence, taken, out, TimelineEntry.Precision.DAY, true, m -> {
            int month = month(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (m.group(4) != null) {
                return date(Integer.parseInt(m.group(4)), month, day);
            }
            if (m.group(5) != null && published != null) {
                int shift = switch (m.group(5)) {
                    case "last" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
                return date(published.getYear() + shift, month, day);
            }
            return withoutYear(month, day, when(sentence, m, future));
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
                m -> monthOf(
                        m.group().strip().toLowerCase(Locale.ROOT).startsWith("last"),
                        month(m.group(1)),
                        futureAt(sentence, m, future)));
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
            if (!free(taken, m)) {
                continue;
            }
            if (since(sentence, m)) {
                // "the third attempt since July": when something began, not an event of July.
                taken.add(new int[] {m.start(), m.end()});
                continue;
            }
            LocalDate d = date.apply(m);
            out.add(new Found(m.group().strip(), d, d == null ? null : precision));
            if (claims) {
                taken.add(new int[] {m.start(), m.end()});
            }
        }
    }

    /**
     * The first of a month named without a year: the latest such month not after publication ("last
     * October" in October: the year before), or, when the sentence speaks of the future, the next
     * one not before it.
     */
    private LocalDate monthOf(boolean last, int month, boolean future) {
        if (published == null) {
            return null;
        }
        int now = published.getMonthValue();
        int year = published.getYear();
        if (future && !last) {
            return LocalDate.of(month < now ? year + 1 : year, month, 1);
        }
        return LocalDate.of(month > now || last && month == now ? year - 1 : year, month, 1);
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

    /** A weekday's possessive: "Wednesday's Journal of the American Medical Association", "Sunday's talks". */
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");

    /**
     * Whether the nearest such weekday lies ahead of publication (at most three days): "in
     * Wednesday's Journal" written on a Tuesday is the coming issue, "Sunday's talks" written on a
     * Monday were yesterday's. A possessive names the day without a tense of its own.
     */
    private boolean nearestIsAhead(DayOfWeek day) {
        if (published == null) {
            return false;
        }
        int ahead = (day.getValue() - published.getDayOfWeek().getValue() + 7) % 7;
        return ahead > 0 && ahead <= 3;
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

    /**
     * A month and day without a year: the latest such day not after publication (an event of late
     * November reported on December 2 is last month's, not next year's), or, when the sentence
     * speaks of the future, the first not before it if that is within half a year.
     */
    private LocalDate withoutYear(int month, int day, Coming coming) {
        if (published == null) {
            return null;
        }
        LocalDate thisYear = date(published.getYear(), month, day);
        LocalDate past =
                thisYear != null && !thisYear.isAfter(published) ? thisYear : date(published.getYear() - 1, month, day);
        if (coming == Coming.NO) {
            return past;
        }
        LocalDate next = thisYear != null && !thisYear.isBefore(published)
                ? thisYear
                : date(published.getYear() + 1, month, day);
        // "began Nov. 3 and will resume": a future sentence may still date a past event; the coming
        // date is taken when it is within half a year, or when the words around it set it.
        return next != null && (coming == Coming.SET || next.isBefore(published.plusDays(183))) ? next : past;
    }

    /**
     * Whether a match is the start of a span ("since July", "since Sept. 5, 2016", "a rise from 279
     * in 1992 to 527 last year").
     */
    private static boolean since(String sentence, Matcher m) {
        String text = m.group().toLowerCase(Locale.ROOT);
        String before =
                sentence.substring(Math.max(0, m.start() - 20), m.start()).toLowerCase(Locale.ROOT);
        return text.startsWith("since ")
                || before.endsWith("since ")
                || FROM_A_FIGURE.matcher(before).find();
    }

    /** "from 279 " before "in 1992": the figure a change started from, and when. */
    private static final Pattern FROM_A_FIGURE = Pattern.compile("\\bfrom\\s+[$]?\\d[\\d,.]*%?\\s+$");

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

    /** The weekdays the article pins to a date itself. */
    Map<DayOfWeek, LocalDate> pinnedWeekdays() {
        return Map.copyOf(pinned);
    }

    /** The weekday an expression names ("on Monday", "last Friday"), or null. */
    static DayOfWeek weekdayNamed(String expression) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (expression.contains(day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))) {
                return day;
            }
        }
        return null;
    }

    private static DayOfWeek weekday(String name) {
        return DayOfWeek.of(Lexicon.WEEKDAYS.get(name.toLowerCase(Locale.ROOT)));
    }
}
