package dev.precis.report;

import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Sentence;
import dev.precis.model.TimelineEntry;
import dev.precis.text.WordCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The story's dated events: every sentence with a time expression, dated by {@link TimeExpressions}
 * against its own article's publication date. The same event told by several sources (same date,
 * several content words in common) is one entry with all its sources. Dated entries come in date
 * order, undated ones last. An event dated after the article that reports it (a planned salvage, an
 * election day, a deadline) is kept, marked expected, unless a source reports it as past.
 */
final class TimelineBuilder {
    /** A sentence shorter than this ("*Friday", a chronology's heading) reports no event. */
    private static final int MIN_EVENT_WORDS = 4;
    /** An article written this many days or more after a day recalls that day's event. */
    static final int RECOLLECTION_DAYS = 7;
    /** Sentences of two sources report the same event when they share this share of content terms... */
    private static final double MIN_OVERLAP = 0.4;
    /** ... and at least this many. */
    private static final int MIN_SHARED = 3;

    /** Two sentences in a row of one article about one day share this many content words to tell one event. */
    private static final int SAME_ARTICLE_SHARED = 1;

    /**
     * @param expected dated after the publication of the article that reports it
     * @param recalled the sentence recalls the event rather than reports it ({@link RecalledEvents})
     */
    private record Event(TimeExpressions.Found when, Sentence sentence, boolean expected, boolean recalled) {}

    List<TimelineEntry> build(List<AnalyzedDocument> documents) {
        List<List<List<TimeExpressions.Found>>> found = expressions(documents);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            AnalyzedDocument d = documents.get(i);
            List<List<TimeExpressions.Found>> ofSentences = found.get(i);
            for (int k = 0; k < d.sentences().size(); k++) {
                TimeExpressions.Found f = TimeExpressions.best(ofSentences.get(k));
                if (f != null
                        && reportsEvent(d.sentences().get(k).text())
                        && !tellsHowThingsAreNow(d.sentences().get(k).text(), f)) {
                    Sentence s = d.sentences().get(k);
                    events.add(
                            new Event(f, s, after(f, d.document().published()), RecalledEvents.recalled(s, f.text())));
                }
            }
        }
        List<List<Event>> merged = foldOneDaysEvent(
                foldRecalled(foldRecollections(Grouping.firstFit(events, (g, e) -> sameEvent(g.get(0), e)), documents)),
                specificTerms(documents));
        List<TimelineEntry> entries = new ArrayList<>();
        for (List<Event> g : merged) {
            // the entry tells the event as a sentence that reports it, where one does
            Event first = g.stream().filter(e -> !e.recalled()).findFirst().orElse(g.get(0));
            Set<Integer> docs = new TreeSet<>();
            g.forEach(e -> docs.add(e.sentence().doc()));
            entries.add(new TimelineEntry(
                    first.when().date(),
                    first.when().precision(),
                    first.when().text(),
                    first.sentence().text(),
                    new ArrayList<>(docs),
                    g.stream().allMatch(Event::expected)));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(
                        e -> e.precision() == null ? 9 : 2 - e.precision().ordinal())
                .thenComparing(e -> -e.documents().size()));
        return entries;
    }

    /**
     * Whether a sentence can report an event: not a chronology's heading ("*Friday"), a note set
     * in parentheses ("(Sam Allis is the Globe's Sunday writer.)") or an item of a wire's photo
     * package or story list, dated the day it moved ({@link dev.precis.text.WireSlugs}).
     */
    static boolean reportsEvent(String sentence) {
        String s = sentence.strip();
        boolean parenthesised = s.startsWith("(") && (s.endsWith(")") || s.endsWith(").") || s.endsWith(".)"));
        return !parenthesised && WordCount.of(s) >= MIN_EVENT_WORDS && !dev.precis.text.WireSlugs.in(s);
    }

    /** "Today" opening a sentence (or a quoted one within it), not "Today's". */
    private static final java.util.regex.Pattern OPENING_TODAY =
            java.util.regex.Pattern.compile("(?:^|[.!?][\"\u201d']?\\s+|[\"\u201c])Today\\b(?!['\u2019]s)");

    private static final java.util.regex.Pattern WILL = java.util.regex.Pattern.compile("\\bwill\\b");

    /**
     * "Today, researchers believe ...", "Today it's a rhinoceros puzzle": a sentence that opens on
     * "Today" tells how things are now, not what happened on the day it was written (so are 19 of
     * the 20 such sentences in the DUC 2006 articles, features all); one that says what will happen
     * today ("Today, the board will hear ...") is kept. So does a sentence with "today" and no verb
     * in the past, nothing to come: "there are about 250,000 Navajos today", "songs still sung
     * today", "their needs today, says a new study" (an event of the day is told in the past:
     * "officials said today", "studies unveiled today").
     */
    static boolean tellsHowThingsAreNow(String sentence, TimeExpressions.Found f) {
        if (!f.text().equalsIgnoreCase("today")) {
            return false;
        }
        String quoted = quotationHoldingToday(sentence);
        if (quoted != null) {
            sentence = quoted; // the speaker's tense, not the reporter's "she said"
        }
        return OPENING_TODAY.matcher(sentence).find() && !WILL.matcher(sentence).find()
                || !PastTense.in(sentence)
                        && !COMING.matcher(sentence).find()
                        && !TODAYS_PAPER.matcher(sentence).find();
    }

    /**
     * The quotation "today" stands in ("\u201CToday's kids have lost respect,\u201D she said"), or null
     * when it stands outside quotation marks.
     */
    static String quotationHoldingToday(String sentence) {
        java.util.regex.Matcher m = TODAY.matcher(sentence);
        if (!m.find() || !dev.precis.text.SentenceSplitter.quoteOpen(sentence.substring(0, m.start()))) {
            return null;
        }
        int open = Math.max(sentence.lastIndexOf('\u201C', m.start()), sentence.lastIndexOf('"', m.start()));
        int close = sentence.length();
        for (char c : new char[] {'\u201D', '"'}) {
            int i = sentence.indexOf(c, m.end());
            if (i >= 0 && i < close) {
                close = i;
            }
        }
        return sentence.substring(open + 1, close);
    }

    /** "according to today's Financial Post": the day's report, an event of the day. */
    private static final java.util.regex.Pattern TODAYS_PAPER =
            java.util.regex.Pattern.compile("\\b(?i:today)['\u2019]s\\s+[A-Z]");

    /**
     * What is to come: "a report to be released today", "talks set to continue today", "Babbitt
     * today will ask".
     */
    private static final java.util.regex.Pattern COMING = java.util.regex.Pattern.compile(
            "\\b(?:will|won't|shall|'ll|to\\s+be|set\\s+to|is\\s+to|are\\s+to|scheduled|plans?\\s+to|due\\s+to)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * One entry per event: articles written long after a day that name it ("the Oct. 31 crash",
     * "which crashed on Oct. 31") recall that day's event rather than report a new one. On each
     * day, the entries that only such later articles give are folded, with their sources, into the
     * entry of that day with most sources among those reported at the time, or else into the
     * recollection with most sources.
     */
    private static List<List<Event>> foldRecollections(List<List<Event>> groups, List<AnalyzedDocument> documents) {
        java.util.Map<java.time.LocalDate, List<List<Event>>> byDay = byDay(groups);
        Set<List<Event>> folded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (java.util.Map.Entry<java.time.LocalDate, List<List<Event>>> day : byDay.entrySet()) {
            List<List<Event>> recollections = new ArrayList<>();
            List<Event> target = null;
            for (List<Event> g : day.getValue()) {
                if (recollects(g, day.getKey(), documents)) {
                    recollections.add(g);
                } else if (target == null || sources(g) > sources(target)) {
                    target = g;
                }
            }
            if (recollections.isEmpty() || target == null && recollections.size() < 2) {
                continue;
            }
            if (target == null) {
                target = recollections.stream()
                        .max(Comparator.comparingInt(TimelineBuilder::sources))
                        .orElseThrow();
            }
            for (List<Event> g : recollections) {
                if (g != target) {
                    target.addAll(g);
                    folded.add(g);
                }
            }
        }
        return groups.stream().filter(g -> !folded.contains(g)).toList();
    }

    /**
     * An entry whose every sentence recalls its event ("the hearing Friday", "Vioxx, which was
     * approved Friday") joins the entry of the same day or month that reports it: one of its own
     * article if there is one (for a month, sharing two content words), else, for a day, the one
     * of another article sharing most content words with it (at least two). A year holds too many
     * events to tell which one.
     */
    private static List<List<Event>> foldRecalled(List<List<Event>> groups) {
        List<List<Event>> out = new ArrayList<>();
        List<List<Event>> recalled = new ArrayList<>();
        for (List<Event> g : groups) {
            (g.stream().allMatch(Event::recalled) ? recalled : out).add(g);
        }
        List<List<Event>> kept = new ArrayList<>(out);
        for (List<Event> g : recalled) {
            List<Event> target = null;
            int best = 0;
            for (List<Event> t : kept) {
                if (!sameDay(t.get(0).when(), g.get(0).when())) {
                    continue;
                }
                boolean ownArticle = sharesAnArticle(t, g);
                boolean day = g.get(0).when().precision() == TimelineEntry.Precision.DAY;
                if (!ownArticle && !day) {
                    continue; // a month or year holds too many events to tell which one another article recalls
                }
                int shared = sharedTerms(t, g);
                if (ownArticle && day || shared >= RECALLED_SHARED) {
                    int score = shared + (ownArticle ? SAME_ARTICLE_BONUS : 0);
                    if (score > best) {
                        best = score;
                        target = t;
                    }
                }
            }
            if (target != null) {
                target.addAll(g);
            } else {
                out.add(g);
            }
        }
        java.util.Map<List<Event>, Integer> order = new java.util.IdentityHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            order.put(groups.get(i), i);
        }
        out.sort(Comparator.comparingInt(order::get));
        return out;
    }

    /**
     * Entries of one day whose sentences tell one event in words specific to it: one article's
     * sentences far apart ("The U.S. Environmental Protection Agency on Friday ordered Vail
     * Resorts to ..." / "The EPA on Friday ordered Vail Resorts to “take action now” ...") when
     * they share {@link #MIN_SHARED} content words, one of them used by few of the story's
     * articles; two articles' sentences when all {@link #MIN_SHARED} are ("tightened its
     * regulations Thursday on development in the New York City watershed" / "announced Thursday
     * tougher restrictions for building on wetlands within the New York City watershed"). Words
     * the whole story uses ("agreement", "summit" in every report of a summit) do not tell one
     * event of that day from another ("Obama and Putin met informally on Monday at the G20
     * summit" beside "Diplomats ... met on the sidelines of the G20 summit on Monday but failed").
     */
    private static List<List<Event>> foldOneDaysEvent(List<List<Event>> groups, Set<String> specific) {
        // only entries of one day are compared: a long story's timeline has thousands of entries
        java.util.Map<java.time.LocalDate, List<List<Event>>> byDay = byDay(groups);
        Set<List<Event>> folded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Map<Sentence, Set<String>> terms = new java.util.IdentityHashMap<>();
        for (List<List<Event>> day : byDay.values()) {
            for (int i = 0; i < day.size(); i++) {
                for (int j = i + 1; j < day.size(); j++) {
                    if (tellOneDaysEvent(day.get(i), day.get(j), specific, terms)) {
                        day.get(i).addAll(day.get(j));
                        folded.add(day.remove(j));
                        j = i; // the grown entry may now meet an earlier one's test
                    }
                }
            }
        }
        return groups.stream().filter(g -> !folded.contains(g)).toList();
    }

    /** The entries dated to a day, by day. */
    private static java.util.Map<java.time.LocalDate, List<List<Event>>> byDay(List<List<Event>> groups) {
        java.util.Map<java.time.LocalDate, List<List<Event>>> byDay = new java.util.HashMap<>();
        for (List<Event> g : groups) {
            TimeExpressions.Found when = g.get(0).when();
            if (when.date() != null && when.precision() == TimelineEntry.Precision.DAY) {
                byDay.computeIfAbsent(when.date(), k -> new ArrayList<>()).add(g);
            }
        }
        return byDay;
    }

    /** Whether two sentences of two entries of one day share {@link #MIN_SHARED} content words specific enough. */
    private static boolean tellOneDaysEvent(
            List<Event> a, List<Event> b, Set<String> specific, java.util.Map<Sentence, Set<String>> terms) {
        for (Event x : a) {
            Set<String> ofX = terms.computeIfAbsent(x.sentence(), TimelineBuilder::contentTerms);
            for (Event y : b) {
                int shared = 0;
                int few = 0;
                for (String t : terms.computeIfAbsent(y.sentence(), TimelineBuilder::contentTerms)) {
                    if (ofX.contains(t)) {
                        shared++;
                        few += specific.contains(t) ? 1 : 0;
                    }
                }
                boolean oneArticle = x.sentence().doc() == y.sentence().doc();
                if (shared >= MIN_SHARED && few >= (oneArticle ? 1 : MIN_SHARED)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A sentence's content words less its time words. */
    private static Set<String> contentTerms(Sentence s) {
        Set<String> out = new HashSet<>(s.terms());
        out.removeAll(TIME_TERMS);
        return out;
    }

    /** Share of a story's articles at most which a content word counts as specific to a few of them. */
    private static final double SPECIFIC_SHARE = 1.0 / 3;

    /** Content words used by at most {@link #SPECIFIC_SHARE} of the story's articles. */
    private static Set<String> specificTerms(List<AnalyzedDocument> documents) {
        java.util.Map<String, Integer> articles = new java.util.HashMap<>();
        for (AnalyzedDocument d : documents) {
            Set<String> terms = new HashSet<>();
            d.sentences().forEach(s -> terms.addAll(s.terms()));
            terms.forEach(t -> articles.merge(t, 1, Integer::sum));
        }
        Set<String> out = new HashSet<>();
        articles.forEach((t, n) -> {
            if (n <= SPECIFIC_SHARE * documents.size()) {
                out.add(t);
            }
        });
        return out;
    }

    /** Content words an entry that recalls an event shares with another article's entry of it. */
    private static final int RECALLED_SHARED = 2;
    /** An entry of the recalling sentence's own article comes first, whatever the words. */
    private static final int SAME_ARTICLE_BONUS = 1000;

    private static boolean sameDay(TimeExpressions.Found a, TimeExpressions.Found b) {
        return a.date() != null
                && a.date().equals(b.date())
                && a.precision() == b.precision()
                && a.precision() != TimelineEntry.Precision.YEAR; // a year holds too many events
    }

    private static boolean sharesAnArticle(List<Event> a, List<Event> b) {
        return a.stream()
                .anyMatch(x -> b.stream()
                        .anyMatch(y -> x.sentence().doc() == y.sentence().doc()));
    }

    /** Content words (less time words) the sentences of two entries have in common. */
    private static int sharedTerms(List<Event> a, List<Event> b) {
        Set<String> x = new HashSet<>();
        a.forEach(e -> x.addAll(e.sentence().terms()));
        Set<String> y = new HashSet<>();
        b.forEach(e -> y.addAll(e.sentence().terms()));
        x.retainAll(y);
        x.removeAll(TIME_TERMS);
        return x.size();
    }

    /** Whether every source of an entry was published at least {@link #RECOLLECTION_DAYS} after its day. */
    private static boolean recollects(List<Event> g, java.time.LocalDate day, List<AnalyzedDocument> documents) {
        for (Event e : g) {
            java.time.LocalDate published =
                    documents.get(e.sentence().doc()).document().published();
            if (published == null || published.isBefore(day.plusDays(RECOLLECTION_DAYS))) {
                return false;
            }
        }
        return true;
    }

    private static int sources(List<Event> g) {
        return (int) g.stream().mapToInt(e -> e.sentence().doc()).distinct().count();
    }

    /**
     * The time expressions of each sentence of each article of a story, dated: a dated article's
     * against its publication (found first: its weekdays date the undated articles' ones), an
     * undated article's with the story's weekdays.
     */
    static List<List<List<TimeExpressions.Found>>> expressions(List<AnalyzedDocument> documents) {
        List<List<List<TimeExpressions.Found>>> found = new ArrayList<>();
        for (AnalyzedDocument d : documents) {
            found.add(
                    d.document().published() == null
                            ? null
                            : expressions(
                                    d,
                                    new TimeExpressions(
                                            d.document().published(),
                                            d.document().body())));
        }
        java.util.Map<java.time.DayOfWeek, java.time.LocalDate> storyWeekdays = storyWeekdays(documents, found);
        for (int i = 0; i < documents.size(); i++) {
            if (found.get(i) == null) {
                AnalyzedDocument d = documents.get(i);
                java.time.LocalDate day = dayOfItsQuotations(d, documents, found);
                found.set(
                        i, expressions(d, new TimeExpressions(day, d.document().body(), storyWeekdays)));
            }
        }
        return found;
    }

    private static final java.util.regex.Pattern TODAY =
            java.util.regex.Pattern.compile("\\btoday\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A quotation this long is one statement, wherever it is printed. */
    private static final int QUOTATION_WORDS = 4;

    /**
     * The day an undated article that says "today" was written, when the story's dated articles
     * date the statements it quotes: "\u201CWe're not there yet,\u201D Obama said" in an undated
     * article whose lead says "Obama said today", and "\u201CWe're not there yet,\u201D Obama said
     * on the sidelines ..." in one of September 4, 2016 (a sentence with no time of its own tells
     * of its article's day). Null when nothing dates them, or dated articles disagree.
     */
    static java.time.LocalDate dayOfItsQuotations(
            AnalyzedDocument undated, List<AnalyzedDocument> documents, List<List<List<TimeExpressions.Found>>> found) {
        if (!TODAY.matcher(undated.document().body()).find()) {
            return null;
        }
        Set<String> quoted = new HashSet<>();
        undated.sentences().forEach(s -> quoted.addAll(quotations(s.text())));
        Set<java.time.LocalDate> days = new TreeSet<>();
        for (int i = 0; i < documents.size() && !quoted.isEmpty(); i++) {
            if (found.get(i) == null) {
                continue;
            }
            List<Sentence> sentences = documents.get(i).sentences();
            for (int k = 0; k < sentences.size(); k++) {
                if (!quotations(sentences.get(k).text()).stream().anyMatch(quoted::contains)) {
                    continue;
                }
                // the day the sentence names, else (no time of its own) its article's
                TimeExpressions.Found f = TimeExpressions.best(found.get(i).get(k));
                if (f == null) {
                    days.add(documents.get(i).document().published());
                } else if (f.date() != null && f.precision() == TimelineEntry.Precision.DAY) {
                    days.add(f.date());
                }
            }
        }
        return days.size() == 1 ? days.iterator().next() : null;
    }

    /** A sentence's quotations of {@link #QUOTATION_WORDS} words or more, made plain. */
    private static Set<String> quotations(String sentence) {
        Set<String> out = new HashSet<>();
        for (dev.precis.text.Quotations.Quoted q : dev.precis.text.Quotations.in(sentence)) {
            if (WordCount.of(q.plain()) >= QUOTATION_WORDS) {
                out.add(q.plain());
            }
        }
        return out;
    }

    /** The expressions of each sentence of an article, in order. */
    private static List<List<TimeExpressions.Found>> expressions(AnalyzedDocument d, TimeExpressions times) {
        List<List<TimeExpressions.Found>> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            out.add(times.find(s.text()));
        }
        return out;
    }

    /** Dated articles of one story further apart than this leave a weekday's name ambiguous. */
    static final int WEEKDAY_SPAN_DAYS = 6;

    /**
     * The days the story's articles give each weekday ("Monday" is 2016-09-05 in every dated article
     * that names it, or an undated one pins it: "Monday, September 5, 2016"), for its undated
     * articles: only when all those dates and publication dates lie within {@link #WEEKDAY_SPAN_DAYS}
     * of each other and the articles agree on the day. {@code found} holds each dated article's
     * expressions by sentence (null for an undated one), so they are not found twice.
     */
    static java.util.Map<java.time.DayOfWeek, java.time.LocalDate> storyWeekdays(
            List<AnalyzedDocument> documents, List<List<List<TimeExpressions.Found>>> found) {
        java.util.Map<java.time.DayOfWeek, Set<java.time.LocalDate>> seen =
                new java.util.EnumMap<>(java.time.DayOfWeek.class);
        java.time.LocalDate first = null;
        java.time.LocalDate last = null;
        for (int i = 0; i < documents.size(); i++) {
            AnalyzedDocument d = documents.get(i);
            java.time.LocalDate published = d.document().published();
            if (published == null) {
                // An undated article that pins a weekday itself ("Monday, September 5, 2016") tells the others.
                new TimeExpressions(null, d.document().body())
                        .pinnedWeekdays()
                        .forEach((day, date) ->
                                seen.computeIfAbsent(day, k -> new TreeSet<>()).add(date));
                continue;
            }
            first = first == null || published.isBefore(first) ? published : first;
            last = last == null || published.isAfter(last) ? published : last;
            // Its own day: an article of Sunday 2016-09-04 says what "Sunday" is that week.
            seen.computeIfAbsent(published.getDayOfWeek(), k -> new TreeSet<>()).add(published);
            for (List<TimeExpressions.Found> ofSentence : found.get(i)) {
                for (TimeExpressions.Found f : ofSentence) {
                    java.time.DayOfWeek named = TimeExpressions.weekdayNamed(f.text());
                    if (named != null && f.date() != null && f.date().getDayOfWeek() == named) {
                        seen.computeIfAbsent(named, k -> new TreeSet<>()).add(f.date());
                    }
                }
            }
        }
        java.util.Map<java.time.DayOfWeek, java.time.LocalDate> out =
                new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (Set<java.time.LocalDate> dates : seen.values()) {
            for (java.time.LocalDate date : dates) {
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
        }
        if (first == null || java.time.temporal.ChronoUnit.DAYS.between(first, last) > WEEKDAY_SPAN_DAYS) {
            return out;
        }
        seen.forEach((day, dates) -> {
            if (dates.size() == 1) {
                out.put(day, dates.iterator().next());
            }
        });
        return out;
    }

    /** Whether a date lies after the day, month or year of publication, as precisely as it is known. */
    static boolean after(TimeExpressions.Found f, java.time.LocalDate published) {
        if (f.date() == null || published == null || f.precision() == null) {
            return false;
        }
        return switch (f.precision()) {
            case DAY -> f.date().isAfter(published);
            case MONTH -> f.date().withDayOfMonth(1).isAfter(published.withDayOfMonth(1));
            case YEAR -> f.date().getYear() > published.getYear();
        };
    }

    private static boolean sameEvent(Event a, Event b) {
        if (a.sentence().doc() == b.sentence().doc()) {
            return sameDayInOneArticle(a, b) || oneSpeakerThatDay(a, b);
        }
        boolean sameDate = a.when().date() != null
                ? Objects.equals(a.when().date(), b.when().date())
                        && a.when().precision() == b.when().precision()
                : b.when().date() == null
                        && a.when()
                                .text()
                                .toLowerCase(Locale.ROOT)
                                .equals(b.when().text().toLowerCase(Locale.ROOT));
        Set<String> x = new HashSet<>(a.sentence().terms());
        Set<String> y = new HashSet<>(b.sentence().terms());
        int smaller = Math.min(x.size(), y.size());
        x.retainAll(y);
        if (!sameDate) {
            return copiesADayApart(a, b, x.size(), smaller);
        }
        return x.size() >= MIN_SHARED && x.size() >= MIN_OVERLAP * smaller;
    }

    /** Share of content terms above which two sentences of different articles are copies of one report. */
    private static final double COPY_OVERLAP = 0.8;

    /**
     * One wire report in two papers, dated a day apart: "company officials said Wednesday" in one,
     * "said today" in the next day's edition. Near the same words, days at most one apart.
     */
    private static boolean copiesADayApart(Event a, Event b, int shared, int smaller) {
        return a.when().date() != null
                && b.when().date() != null
                && a.when().precision() == TimelineEntry.Precision.DAY
                && b.when().precision() == TimelineEntry.Precision.DAY
                && Math.abs(a.when().date().toEpochDay() - b.when().date().toEpochDay()) <= 1
                && shared >= MIN_SHARED
                && shared >= COPY_OVERLAP * smaller;
    }

    /**
     * Two sentences in a row of one article about one day, both telling it the same way ("today",
     * "on Friday") and sharing a content word: the article telling one event over two sentences
     * ("Kenya and the World Bank today launched a project ..." / "Launching the project in Nairobi
     * today, the minister said ...").
     */
    private static boolean sameDayInOneArticle(Event a, Event b) {
        if (Math.abs(a.sentence().index() - b.sentence().index()) > 1
                || !oneDay(a.when(), b.when())
                || !a.when().text().equalsIgnoreCase(b.when().text())) {
            return false;
        }
        return sharedTerms(List.of(a), List.of(b)) >= SAME_ARTICLE_SHARED;
    }

    /** Whether two time expressions both name the same day. */
    private static boolean oneDay(TimeExpressions.Found a, TimeExpressions.Found b) {
        return a.date() != null
                && a.precision() == TimelineEntry.Precision.DAY
                && b.precision() == TimelineEntry.Precision.DAY
                && a.date().equals(b.date());
    }

    /**
     * Two sentences of one article, about one day, each reporting speech and naming someone in
     * common: "Obama said on Sunday that Russian participation was essential" / "... a fact Obama
     * acknowledged on Sunday". One speaker's words on one day are one event, their statement.
     */
    private static boolean oneSpeakerThatDay(Event a, Event b) {
        return oneDay(a.when(), b.when()) && Speakers.same(a.sentence(), b.sentence());
    }

    /** Content words a sentence uses for its time (stems): "today", "friday", "january". */
    private static final Set<String> TIME_TERMS = timeTerms();

    private static Set<String> timeTerms() {
        dev.precis.text.Terms terms = new dev.precis.text.Terms();
        Set<String> out = new HashSet<>();
        for (String w : new String[] {"today", "yesterday", "tomorrow", "tonight", "night", "morning", "evening"}) {
            out.add(terms.stem(w));
        }
        dev.precis.report.Lexicon.WEEKDAYS.keySet().forEach(d -> out.add(terms.stem(d)));
        dev.precis.report.Lexicon.MONTHS.keySet().forEach(m -> out.add(terms.stem(m)));
        return Set.copyOf(out);
    }
}
