package dev.precis.report;

import dev.precis.model.Entity;
import dev.precis.model.Quote;
import dev.precis.model.Sentence;
import dev.precis.text.WordCount;
import dev.precis.text.WordLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotations and their speakers. Quotes are found per paragraph (a quotation may run over
 * several sentences); the speaker is the subject of a speech verb right after the quote ("...,"
 * Obama said / said the official) or right before it (Peskov said, "..."). "He"/"she" is the person
 * last named outside quotation marks; a paragraph that is only a quotation continues the previous
 * speaker. A partial quote, quoted words inside the reporter's sentence (are working "around the
 * clock" to ..., Obama said), is the speaker's when that sentence names a person as the subject of
 * its speech verb, before or after the quoted words; scare quotes in a sentence without a named
 * speaker stay out. Renderings of one quote in several sources (same words, give or take a few)
 * are merged.
 */
final class QuoteExtractor {
    private static final Pattern QUOTED = Pattern.compile("[\u201C\"]([^\u201C\u201D\"]{2,1500}?)[\u201D\"]");
    private static final String VERBS = String.join("|", WordLists.SPEECH_VERBS);
    private static final Pattern AFTER_SUBJECT_VERB = Pattern.compile(
            "^\\s*,?\\s*([^,.;:\u201C\u201D\"?!]{1,80}?)\\s+(?:" + VERBS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_VERB_SUBJECT = Pattern.compile(
            "^\\s*,?\\s*(?:" + VERBS + ")\\s+([^,.;:\u201C\u201D\"?!]{1,80})", Pattern.CASE_INSENSITIVE);
    /** How far back from the quote {@link #BEFORE} can start: its phrase, a verb and a few modifiers. */
    private static final int BEFORE_REACH = 240;

    private static final Pattern BEFORE = Pattern.compile(
            "([^,.;:\u201C\u201D\"?!]{1,80}?)\\s+(?:" + VERBS
                    + ")(?:\\s+(?:later|again|also|reporters|on \\w+|to reporters))*\\s*[,:]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_WORDS = 3;
    /** A partial quote's words at least ("grave differences"): one quoted word is a term, not a quote. */
    private static final int MIN_PARTIAL_WORDS = 2;
    /** Speaker and speech verb after a partial quote, later in its sentence: ", Obama told reporters". */
    private static final Pattern LATER_SUBJECT_VERB =
            Pattern.compile(",\\s*([^,.;:\u201C\u201D\"?!]{1,80}?)\\s+(?:" + VERBS + ")\\b", Pattern.CASE_INSENSITIVE);

    private static final int MAX_SPEAKER_WORDS = 9;

    /** Every spelling of every person, longest first, as whole words. */
    private final NameScanner anyPerson;

    private final Map<String, Entity> personByAlias = new java.util.HashMap<>();

    QuoteExtractor(List<Entity> entities) {
        for (Entity e : entities) {
            if (e.type() == Entity.Type.PERSON) {
                e.aliases().forEach(a -> personByAlias.putIfAbsent(a, e));
            }
        }
        anyPerson = new NameScanner(personByAlias.keySet());
    }

    /** A quote as found in one document, before merging; its words are kept for comparing it with others. */
    private record Found(String text, Entity speaker, String description, int doc, Set<String> words) {
        Found(String text, Entity speaker, String description, int doc) {
            this(text, speaker, description, doc, normalisedWords(text));
        }
    }

    List<Quote> extract(List<List<Sentence>> documents) {
        List<Found> found = new ArrayList<>();
        for (List<Sentence> doc : documents) {
            found.addAll(inDocument(doc));
        }
        return merge(found);
    }

    private List<Found> inDocument(List<Sentence> sentences) {
        Map<Integer, StringBuilder> paragraphs = new LinkedHashMap<>();
        Map<Integer, List<Integer>> sentenceStarts = new java.util.HashMap<>();
        for (Sentence s : sentences) {
            paragraphs.computeIfAbsent(s.paragraph(), k -> new StringBuilder());
            StringBuilder p = paragraphs.get(s.paragraph());
            if (p.length() > 0) {
                p.append(' ');
            }
            sentenceStarts
                    .computeIfAbsent(s.paragraph(), k -> new ArrayList<>())
                    .add(p.length());
            p.append(s.text());
        }
        List<Found> out = new ArrayList<>();
        Entity lastPerson = null;
        Found previous = null;
        StringBuilder read = new StringBuilder(); // the article's text before the paragraph
        for (var entry : paragraphs.entrySet()) {
            String text = entry.getValue().toString();
            List<Integer> starts = sentenceStarts.get(entry.getKey());
            Matcher m = QUOTED.matcher(text);
            int consumed = 0;
            boolean any = false;
            while (m.find()) {
                String quote = m.group(1).strip().replaceAll("[,\\s]+$", "");
                String before = text.substring(consumed, m.start());
                lastPerson = lastPersonIn(before, lastPerson);
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 200));
                String who = speakerPhrase(before, after);
                Found f = null;
                if (who != null) {
                    Entity e = named(who);
                    if (e == null && Lexicon.PERSON_PRONOUNS.contains(who.toLowerCase(Locale.ROOT))) {
                        e = lastPerson;
                    }
                    if (e != null) {
                        f = new Found(quote, e, null, docOf(sentences));
                    } else if (!Lexicon.PERSON_PRONOUNS.contains(who.toLowerCase(Locale.ROOT))) {
                        String description = describe(who);
                        // The article so far is copied only for a description an earlier phrase may name.
                        String described = introducible(description)
                                ? asIntroduced(description, read + text.substring(0, m.start()))
                                : description;
                        f = new Found(quote, null, described, docOf(sentences));
                    } // a "he" with no one named before it: the quote is left out rather than misattributed
                } else if (previous != null && (before.isBlank() || endsSentence(before))) {
                    f = new Found(quote, previous.speaker(), previous.description(), docOf(sentences)); // continues
                }
                boolean partial = false;
                if (f == null) {
                    int start = sentenceStart(starts, m.start());
                    int end = sentenceEnd(starts, m.start(), text.length());
                    String head = text.substring(start, m.start());
                    if (!head.isBlank() && m.end() <= end && !titleCase(quote)) { // quoted words in narration
                        Entity e = partialSpeaker(head, text.substring(m.end(), end), lastPerson);
                        if (e != null) {
                            f = new Found(quote, e, null, docOf(sentences));
                            partial = true;
                        }
                    }
                }
                if (f != null && words(quote) >= (partial ? MIN_PARTIAL_WORDS : MIN_WORDS)) {
                    out.add(f);
                    previous = f;
                    lastPerson = f.speaker() != null ? f.speaker() : lastPerson;
                }
                any = true;
                consumed = m.end();
            }
            lastPerson = lastPersonIn(text.substring(consumed), lastPerson);
            read.append(text).append(' ');
            if (!any) {
                previous = null; // a paragraph of narration ends the run of one speaker's quotes
            }
        }
        return out;
    }

    /**
     * "Meet the Press", "Fox News Sunday": quoted words that are all capitalised (short joiners
     * aside) name a programme, a book or a place; they are not someone's words.
     */
    static boolean titleCase(String quote) {
        boolean any = false;
        for (String w : quote.split("[^\\p{L}\\p{N}']+")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (Character.isLowerCase(w.charAt(0)) && (w.length() > 3 || !any)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Where the sentence holding offset {@code at} of its paragraph starts. */
    private static int sentenceStart(List<Integer> starts, int at) {
        int start = 0;
        for (int s : starts) {
            if (s <= at) {
                start = s;
            }
        }
        return start;
    }

    /** Where the sentence holding offset {@code at} ends (the next one's start, or the paragraph's end). */
    private static int sentenceEnd(List<Integer> starts, int at, int length) {
        for (int s : starts) {
            if (s > at) {
                return s;
            }
        }
        return length;
    }

    /**
     * The person who said a partial quote: the subject of the last speech verb before it in its
     * sentence (Obama, speaking in China, said the two sides have "..."), else of one later in it
     * (", President Obama said today"); "he"/"she" is the person last named. Null when the sentence
     * names no one as the speaker: the quotation marks may be the reporter's own.
     */
    private Entity partialSpeaker(String head, String tail, Entity lastPerson) {
        Entity before = speakerBefore(head, lastPerson); // "Obama called it "...", but Putin said" is Obama's
        if (before != null) {
            return before;
        }
        Matcher later = LATER_SUBJECT_VERB.matcher(tail);
        return later.find() ? person(trimSpeaker(lastClause(later.group(1))), lastPerson) : null;
    }

    /** The person who is the subject of the last speech verb before a partial quote, or null. */
    private Entity speakerBefore(String head, Entity lastPerson) {
        int verb = lastSpeechVerb(head, 0, head.length());
        if (verb < 0) {
            return null;
        }
        // "Obama, speaking on the sidelines of the summit, said": the subject is the first part
        // when the parts between it and the verb are phrases that open in lower case.
        String[] parts = head.substring(0, verb).split(",");
        String last = parts[parts.length - 1].isBlank() && parts.length > 1
                ? parts[parts.length - 2]
                : parts[parts.length - 1];
        Entity e = person(trimSpeaker(lastClause(last)), lastPerson);
        if (e == null && parts.length > 1) {
            boolean asides = true;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                asides &= p.isEmpty() || Character.isLowerCase(p.charAt(0));
            }
            e = asides ? person(trimSpeaker(parts[0]), lastPerson) : null;
        }
        return e;
    }

    /** The person a speaker phrase names (or "he"/"she": the person last named); null for anyone else. */
    private Entity person(String phrase, Entity lastPerson) {
        if (!plausibleSpeaker(phrase)) {
            return null;
        }
        if (Lexicon.PERSON_PRONOUNS.contains(phrase.strip().toLowerCase(Locale.ROOT))) {
            return lastPerson;
        }
        return named(phrase);
    }

    private static int docOf(List<Sentence> sentences) {
        return sentences.get(0).doc();
    }

    private static boolean endsSentence(String before) {
        String b = before.strip();
        return b.endsWith(".") || b.endsWith(":");
    }

    private static String speakerPhrase(String before, String after) {
        Matcher a = AFTER_VERB_SUBJECT.matcher(after);
        if (a.find() && plausibleSpeaker(trimSpeaker(a.group(1)))) {
            return trimSpeaker(a.group(1));
        }
        // The subject and its verb come before the first mark the phrase may not hold.
        Matcher b = AFTER_SUBJECT_VERB.matcher(after).useTransparentBounds(true).region(0, afterRegionEnd(after));
        if (b.find() && plausibleSpeaker(trimSpeaker(b.group(1)))) {
            return trimSpeaker(b.group(1));
        }
        // The pattern ends at the end of the text and its phrase is at most 80 characters: only the
        // tail can match, and scanning the whole paragraph before a quote was most of the quotes' time.
        int beforeStart = beforeRegionStart(before);
        Matcher c = beforeStart < 0 ? null : BEFORE.matcher(before).region(beforeStart, before.length());
        if (c != null && c.find() && plausibleSpeaker(trimSpeaker(lastClause(c.group(1))))) {
            return trimSpeaker(lastClause(c.group(1)));
        }
        return null;
    }

    private static final int MAX_VERB_LENGTH =
            WordLists.SPEECH_VERBS.stream().mapToInt(String::length).max().orElse(0);

    /** Marks a speaker phrase never holds (the character class of the patterns). */
    private static final String NOT_IN_PHRASE = ",.;:\u201C\u201D\"?!";

    /**
     * Where {@link #BEFORE} can start: after the last mark its phrase may not hold (a trailing
     * comma or colon aside), and at most {@link #BEFORE_REACH} characters back.
     */
    private static int beforeRegionStart(String before) {
        int end = before.length();
        while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && (before.charAt(end - 1) == ',' || before.charAt(end - 1) == ':')) {
            end--;
        }
        int start = Math.max(0, before.length() - BEFORE_REACH);
        for (int i = end - 1; i >= start; i--) {
            if (NOT_IN_PHRASE.indexOf(before.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        // The phrase (at most 80 characters) ends just before the speech verb, which is the last one
        // written: nothing earlier than that can start a match.
        int verb = lastSpeechVerb(before, start, end);
        if (verb < 0) {
            return -1;
        }
        int phraseEnd = verb;
        while (phraseEnd > start && Character.isWhitespace(before.charAt(phraseEnd - 1))) {
            phraseEnd--;
        }
        return Math.max(start, phraseEnd - 80);
    }

    /** Where the last speech verb (a whole word, any case) in {@code [from, to)} starts, or -1. */
    private static int lastSpeechVerb(String text, int from, int to) {
        int last = -1;
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int wordStart = i;
            while (i < to && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - wordStart <= MAX_VERB_LENGTH
                    && WordLists.SPEECH_VERBS.contains(
                            text.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
                last = wordStart;
            }
        }
        return last;
    }

    /** Where {@link #AFTER_SUBJECT_VERB}'s phrase and verb must end: the first mark the phrase may not hold after its opening comma. */
    private static int afterRegionEnd(String after) {
        int i = 0;
        while (i < after.length() && Character.isWhitespace(after.charAt(i))) {
            i++;
        }
        if (i < after.length() && after.charAt(i) == ',') {
            i++;
        }
        for (; i < after.length(); i++) {
            if (NOT_IN_PHRASE.indexOf(after.charAt(i)) >= 0) {
                return i;
            }
        }
        return after.length();
    }

    private static boolean plausibleSpeaker(String phrase) {
        String p = phrase.strip();
        return !p.isEmpty()
                && words(p) <= MAX_SPEAKER_WORDS
                && !p.toLowerCase(Locale.ROOT)
                        .matches("(it|this|that|there|which|but|and|or|so|then|they|we|i|you)\\b.*");
    }

    /** "Asked about the mood at the meeting, Peskov" is cut to its last clause by the pattern; keep the subject. */
    private static String lastClause(String phrase) {
        String p = phrase.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        for (String joiner : new String[] {" but ", " and ", " as ", " while "}) {
            int k = lower.lastIndexOf(joiner);
            if (k >= 0) {
                p = p.substring(k + joiner.length());
                lower = p.toLowerCase(Locale.ROOT);
            }
        }
        return p;
    }

    /** "spokesman Dmitry Peskov was cited as" -> "spokesman Dmitry Peskov". */
    private static String trimSpeaker(String phrase) {
        return phrase.strip()
                .replaceAll("(?i)^(and|but|while|as|so)\\s+", "")
                .replaceAll("(?i)\\s+(was|were|is|are)\\s+(quoted|cited|heard)\\b.*$", "")
                .replaceAll(
                        "(?i)\\s+(was|were|is|are|has|had|have)?\\s*(cited as|quoted as|reportedly|also|later|then|again)$",
                        "")
                .replaceAll("(?i)\\s+(was|were|is|are|has|had|have|would|will)$", "")
                .strip();
    }

    /** The person named in a speaker phrase (the longest name found in it), or null. */
    private Entity named(String phrase) {
        Entity best = null;
        int bestLength = 0;
        for (String name : anyPerson.find(phrase)) {
            if (name.length() > bestLength) {
                best = personByAlias.get(name);
                bestLength = name.length();
            }
        }
        return best;
    }

    /** The person named last in a text, outside quotation marks; the fallback when none is. */
    private Entity lastPersonIn(String text, Entity fallback) {
        if (anyPerson.isEmpty()) {
            return fallback;
        }
        Entity last = fallback;
        for (String name : anyPerson.find(QUOTED.matcher(text).replaceAll(" "))) {
            last = personByAlias.get(name);
        }
        return last;
    }

    /** The words of a description's phrase are not these, which join clauses ("a deal the official"). */
    private static final String NOT_A_JOINER =
            "(?!(?:the|and|or|of|to|with|that|who|which|said|says|for|in|on|at|by|as|but)\\b)";

    /**
     * An unnamed speaker as the article introduced them: "the official" after "a senior State
     * Department official" (the nearest earlier "a"/"an" phrase of up to six words before the same
     * noun; "of", "and", "for" only inside a name: "a Department of Foreign Affairs and Trade
     * spokesman") is that official; the description is kept when the article introduced none.
     */
    static String asIntroduced(String description, String before) {
        if (!introducible(description)) {
            return description;
        }
        String noun = description.substring(4);
        Matcher m = Pattern.compile("\\b[Aa]n? ((?:(?:of|and|for) (?=\\p{Lu})|" + NOT_A_JOINER
                        + "[\\w\u2019'.-]+ ){0,6})" + Pattern.quote(noun) + "\\b")
                .matcher(before);
        String found = null;
        while (m.find()) {
            found = "a" + (m.group().charAt(1) == 'n' ? "n " : " ") + m.group(1) + noun;
        }
        return found != null ? found : description;
    }

    /** Only "the official", "the spokesman" (one noun after "the") are named as the article introduced them. */
    private static boolean introducible(String description) {
        return description.startsWith("the ") && description.indexOf(' ', 4) < 0;
    }

    /** "The official" -> "the official"; a name stays as written. */
    private static String describe(String who) {
        String w = who.strip();
        return w.matches("(The|A|An|His|Her|Their|Its|One|Another) .*")
                ? Character.toLowerCase(w.charAt(0)) + w.substring(1)
                : w;
    }

    private static int words(String text) {
        return WordCount.of(text);
    }

    // ---- merging renderings across sources ----------------------------------------------------

    private static List<Quote> merge(List<Found> found) {
        List<List<Found>> groups = Grouping.firstFit(found, (g, f) -> sameQuote(g.get(0), f));
        List<Quote> quotes = new ArrayList<>();
        for (List<Found> g : groups) {
            Found longest = g.stream()
                    .max(Comparator.comparingInt((Found f) -> f.text().length())
                            .thenComparing(f -> Character.isUpperCase(f.text().charAt(0))))
                    .orElseThrow(); // a full quote, as a sentence
            Found named =
                    g.stream().filter(f -> f.speaker() != null).findFirst().orElse(g.get(0));
            Set<Integer> docs = new TreeSet<>();
            g.forEach(f -> docs.add(f.doc()));
            String speaker = named.speaker() != null ? named.speaker().name() : named.description();
            quotes.add(new Quote(longest.text(), speaker, named.speaker() != null, new ArrayList<>(docs)));
        }
        quotes.sort(Comparator.comparingInt((Quote q) -> q.documents().size()).reversed());
        return quotes;
    }

    private static boolean sameQuote(Found a, Found b) {
        if (a.speaker() != null && b.speaker() != null && a.speaker() != b.speaker()) {
            return false;
        }
        Set<String> x = a.words();
        Set<String> y = b.words();
        int shared = 0;
        for (String w : x) {
            if (y.contains(w)) {
                shared++;
            }
        }
        int smaller = Math.min(x.size(), y.size());
        // Two-word partial quotes ("family values") are one quote only with exactly the same words.
        return smaller >= MIN_WORDS && shared >= 0.75 * smaller || !x.isEmpty() && x.equals(y);
    }

    private static Set<String> normalisedWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
