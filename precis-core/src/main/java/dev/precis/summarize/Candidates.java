package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentences fit to stand in a summary: long enough to say something, short enough to read,
 * complete (ends like a sentence, not a question, not a fragment of a quotation left open), and
 * about the news rather than about the reporter's source.
 */
public final class Candidates {
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 60;
    /** A note on why a source is unnamed ("The official spoke anonymously to discuss ..."). */
    private static final Pattern ANONYMITY = Pattern.compile(
            "\\b(anonymity|anonymously|not authori[sz]ed to (speak|talk|discuss|comment))\\b",
            Pattern.CASE_INSENSITIVE);
    /** ... unless the sentence also reports what the source said. */
    private static final Pattern REPORTS = Pattern.compile("\\b(said|says|say|told)\\b", Pattern.CASE_INSENSITIVE);

    private Candidates() {}

    /** Eligible sentences of the documents not seen before. */
    public static List<Sentence> of(Corpus corpus, SummaryRequest request) {
        List<Sentence> fresh =
                corpus.sentences().stream().filter(request::isNew).toList();
        List<Sentence> out = fresh.stream().filter(Candidates::eligible).toList();
        // A corpus of only short sentences still gets a summary.
        return out.isEmpty() ? fresh : out;
    }

    /**
     * Eligible sentences, each in its shortened form where it has one (see
     * {@link dev.precis.analyze.Compression}): the attribution is left to the source markers.
     */
    public static List<Sentence> preferShortened(Corpus corpus, SummaryRequest request) {
        List<Sentence> out = new java.util.ArrayList<>();
        for (var d : corpus.documents()) {
            if (!d.sentences().isEmpty() && !request.isNew(d.sentences().get(0))) {
                continue;
            }
            Sentence[] shorter = new Sentence[d.sentences().size()];
            for (Sentence s : d.shortened()) {
                shorter[s.index()] = s;
            }
            for (Sentence s : d.sentences()) {
                Sentence form = shorter[s.index()] != null ? shorter[s.index()] : s;
                if (eligible(form)) {
                    out.add(form);
                }
            }
        }
        return out.isEmpty()
                ? corpus.sentences().stream().filter(request::isNew).toList()
                : out;
    }

    static boolean eligible(Sentence s) {
        int words = s.wordCount();
        String t = s.text().strip();
        return words >= MIN_WORDS
                && words <= MAX_WORDS
                && !t.endsWith("?")
                && s.terms().size() >= 3
                && dev.precis.ingest.Paragraphs.endsSentence(t)
                && balancedQuotes(t)
                && !sourcingNote(t)
                && !Character.isLowerCase(t.charAt(0)) // a fragment cut from its sentence
                && !listItem(t)
                && !filler(s)
                && !unattributedQuote(t)
                && !speakerless(s)
                && !capitals(t)
                && !debris(t);
    }

    /**
     * Wire and page debris by its shape: a dateline or slug left at the start ("MIAMI _ ...",
     * "WASHINGTON -- ..."), a chronology item ("Nov. 25 -- ..."), a transcript or listing line
     * opening on a clock time ("0:10 PILOT ...", "8:30 p.m. ..."), a note telling readers how to
     * reach the paper or the writer ("Address questions to Garden Q&A, ... or by e-mail to ...",
     * "Jena Heath can be reached at ..."), an item of a wire's photo package or story list
     * ({@link dev.precis.text.WireSlugs}).
     */
    static boolean debris(String t) {
        return WIRE_DATELINE.matcher(t).find()
                || CHRONOLOGY_ITEM.matcher(t).find()
                || CLOCK_LINE.matcher(t).find()
                || CONTACT_NOTE.matcher(t).find()
                || dev.precis.text.WireSlugs.in(t);
    }

    /** An imperative to write, call or visit somewhere, or the writer's address: how to reach them. */
    private static final Pattern CONTACT_NOTE = Pattern.compile(
            "^\\(?(?:(?:Address|Send|Mail|Write|E-?mail|Contact|Visit|Call)\\b[^.]*\\b(?:to|at)\\b|E-?mail:)"
                    + "|\\bcan be (?:reached|contacted)\\b|\\be-?mail address is\\b",
            Pattern.CASE_INSENSITIVE);

    /** "MIAMI _", "WASHINGTON --", "BEIDAIHE, March 5 --": a place in capitals, maybe a date, then a dash. */
    private static final Pattern WIRE_DATELINE =
            Pattern.compile("^\\p{Lu}[\\p{Lu} .,'-]{2,}(,\\s*\\p{Lu}[a-z]*\\.?\\s+\\d{1,2})?\\s*(_|--|\u2014)\\s");

    private static final Pattern CHRONOLOGY_ITEM = Pattern.compile(
            "^(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(,\\s*\\d{4})?\\s*(--|_|:|\u2014)\\s");
    private static final Pattern CLOCK_LINE = Pattern.compile("^\\d{1,2}:\\d{2}\\b");

    private static final Set<String> LINKING = Set.of("but", "and", "yet", "so", "still", "however");
    private static final Set<String> POINTERS = Set.of(
            "he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "this", "these", "those", "that",
            "such", "none");
    /** After "The": nouns that refer back to someone or something named before. */
    private static final Set<String> POINTING_NOUNS = Set.of(
            "two",
            "three",
            "official",
            "officials",
            "plan",
            "move",
            "deal",
            "man",
            "woman",
            "group",
            "company",
            "agency",
            "pair",
            "couple",
            "latter",
            "former",
            "decision",
            "incident",
            "proposal",
            "measure",
            "spokesman",
            "spokeswoman",
            "source",
            "sources",
            "victim",
            "victims",
            "suspect",
            "suspects",
            "strategy",
            "campaign",
            "effort",
            "operation",
            "attack",
            "talks");
    /** "This year", "these days": a demonstrative of time points at the calendar, not at an earlier sentence. */
    private static final Set<String> TIME_NOUNS = Set.of(
            "year",
            "years",
            "month",
            "months",
            "week",
            "weeks",
            "decade",
            "century",
            "day",
            "days",
            "morning",
            "afternoon",
            "evening",
            "night",
            "season",
            "spring",
            "summer",
            "autumn",
            "fall",
            "winter",
            "time",
            "weekend");

    /**
     * Whether a sentence's opening refers back to something only an earlier sentence names: a
     * third-person pronoun or demonstrative ("He", "They", "This", "Such"), or "The" with a noun that
     * points back ("The two", "The official"), after an optional "But"/"And"/"Yet"/"So"/"Still"/
     * "However". Not "This year" (time), not "It is ... to/that" (an empty subject), not "The report,
     * Climate ..." (named in apposition).
     */
    static boolean pointsBack(Sentence s) {
        List<String> tokens = s.tokens();
        if (contrastsWithWhatCameBefore(tokens) || opensOnAPointingPhrase(s)) {
            return true;
        }
        int k = 0;
        while (k < tokens.size()
                && (LINKING.contains(tokens.get(k).toLowerCase(Locale.ROOT))
                        || tokens.get(k).equals(","))) {
            k++;
        }
        if (k + 1 >= tokens.size()) {
            return false;
        }
        String first = tokens.get(k).toLowerCase(Locale.ROOT);
        String next = tokens.get(k + 1).toLowerCase(Locale.ROOT);
        if (POINTERS.contains(first)) {
            if (TIME_NOUNS.contains(next)) {
                return false;
            }
            boolean empty = first.equals("it")
                    && (next.equals("is") || next.equals("was") || next.equals("'s"))
                    && extraposed(s, k + 2);
            return !empty;
        }
        boolean apposition = k + 3 < tokens.size()
                && tokens.get(k + 2).equals(",")
                && Character.isUpperCase(tokens.get(k + 3).charAt(0));
        return first.equals("the") && POINTING_NOUNS.contains(next) && !apposition;
    }

    /**
     * "At that point, ...", "By then ...", "In these cases, ...": a phrase whose demonstrative
     * points at what came before (not "In this year's budget": "this" with a time is today's).
     */
    private static boolean opensOnAPointingPhrase(Sentence s) {
        List<String> tokens = s.tokens();
        if (tokens.size() < 3) {
            return false;
        }
        String second = tokens.get(1).toLowerCase(Locale.ROOT);
        String third = tokens.get(2).toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "");
        boolean pointing = second.equals("then")
                || second.equals("that")
                || second.equals("those")
                || (second.equals("this") || second.equals("these")) && !TIME_NOUNS.contains(third);
        return pointing && s.tag(0).equals("ADP"); // tagged only for the few sentences that get here
    }

    /** ", however," or ", however." inside a sentence: "The army remains secretive, however." */
    private static boolean contrastsWithWhatCameBefore(List<String> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).equalsIgnoreCase("however")
                    && tokens.get(i - 1).equals(",")
                    && (tokens.get(i + 1).equals(",") || tokens.get(i + 1).equals("."))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "It is hard to say", "It was expected that", "It is the first time that": an adjective, a
     * determiner or a verb of thinking after "It is", then an infinitive or a "that" clause that
     * carries the real subject. "It is spread to people by mosquitoes" is a passive: the "it" is
     * the virus of an earlier sentence.
     */
    private static boolean extraposed(Sentence s, int from) {
        List<String> tokens = s.tokens();
        if (from >= tokens.size()) {
            return false;
        }
        String tag = s.tag(from);
        boolean predicate = tag.equals("ADJ")
                || tag.equals("DET")
                || tag.equals("ADV")
                || THINKING.contains(tokens.get(from).toLowerCase(Locale.ROOT));
        if (!predicate) {
            return false;
        }
        for (int i = from; i < Math.min(tokens.size(), from + 5); i++) {
            String t = tokens.get(i).toLowerCase(Locale.ROOT);
            if (t.equals("that") || t.equals("to") || t.equals("whether")) {
                return true;
            }
        }
        return false;
    }

    /** Participles that take an extraposed clause: "It was expected that ...". */
    private static final Set<String> THINKING = Set.of(
            "expected",
            "believed",
            "thought",
            "said",
            "hoped",
            "feared",
            "estimated",
            "reported",
            "known",
            "understood",
            "assumed",
            "alleged",
            "claimed",
            "suggested",
            "planned",
            "decided",
            "agreed");

    /** Stems of words about the reporting itself ("media", "reported", "talks", "said"): no fact of the story. */
    private static final Set<String> ABOUT_REPORTING = Set.of(
            "media",
            "report",
            "news",
            "press",
            "journalist",
            "reporter",
            "statement",
            "comment",
            "said",
            "say",
            "told",
            "tell",
            "talk",
            "discuss",
            "announc",
            "confirm",
            "agenc",
            "outlet",
            "newspap",
            "televis",
            "broadcast",
            "quot",
            "cite",
            "sourc",
            "articl",
            "interview",
            "also",
            "stori",
            "coverag");

    /**
     * A sentence that tells nothing: at most one content word beyond words about the reporting
     * itself, and no number ("Russian media also reported the talks.").
     */
    static boolean filler(Sentence s) {
        for (String token : s.tokens()) {
            for (int i = 0; i < token.length(); i++) {
                if (Character.isDigit(token.charAt(i))) {
                    return false;
                }
            }
        }
        return s.terms().stream()
                        .distinct()
                        .filter(t -> !ABOUT_REPORTING.contains(t))
                        .count()
                <= 1;
    }

    /**
     * A whole sentence in quotation marks with no one said to say it ("\u201CThey see the world
     * differently.\u201D"): its speaker is in another sentence.
     */
    static boolean unattributedQuote(String t) {
        char first = t.charAt(0);
        if (first != '"' && first != '\u201C') {
            return false;
        }
        int close = Math.max(t.lastIndexOf('"'), t.lastIndexOf('\u201D'));
        return close > 0 && t.substring(close + 1).replaceAll("[\\p{P}\\s]", "").isEmpty();
    }

    /** "I need ...", "You don't have to ...": a first or second person outside quotes, whose speaker is elsewhere. */
    static boolean speakerless(Sentence s) {
        String first = s.tokens().get(0).toLowerCase(Locale.ROOT);
        return SPEAKER_WORDS.contains(first);
    }

    private static final Set<String> SPEAKER_WORDS = Set.of("i", "we", "you", "my", "our", "your");

    /** A line that opens on a list or dash marker ("--Built-in ...", "_ In a form ...", "- For ...", "1. ..."). */
    static boolean listItem(String t) {
        char c = t.charAt(0);
        return !Character.isLetterOrDigit(c) && "\"\u201C\u2018'([".indexOf(c) < 0
                || NUMBERED_ITEM.matcher(t).find();
    }

    private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\d{1,2}[.)]\\s");

    /** A heading or listing line mostly in capitals ("STAR WARS: EPISODE I _ THE PHANTOM MENACE: ..."). */
    static boolean capitals(String t) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 10 && upper * 2 >= letters;
    }

    private static final dev.precis.text.Terms TERMS = new dev.precis.text.Terms();

    /**
     * The stem of the noun a sentence's opening "The ..." refers back with ("The growers say ...",
     * "The new rules require ...") when the sentence before it in its article names that noun (it
     * was introduced there, so "the" points at it); null when the opening is no such reference (a
     * name follows, "The Army Corps ..."; or the noun is new). Needs the sentence's tags: asked only
     * of the sentences a method is about to choose.
     */
    static String definiteReference(Sentence s, Corpus corpus) {
        List<String> tokens = s.tokens();
        int k = 0;
        while (k < tokens.size() && LINKING.contains(tokens.get(k).toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).equalsIgnoreCase("the") || s.index() == 0) {
            return null;
        }
        String head = null;
        for (int i = k + 1; i < tokens.size(); i++) {
            String tag = s.tag(i);
            if (tag.equals("PROPN")) {
                return null; // "The Army Corps of Engineers": named
            }
            if (tag.equals("NOUN")) {
                head = tokens.get(i);
            } else if (!tag.equals("ADJ") || head != null) {
                break;
            }
        }
        if (head == null) {
            return null;
        }
        String stem = TERMS.stem(head.toLowerCase(Locale.ROOT));
        List<Sentence> article = corpus.documents().get(s.doc()).sentences();
        boolean introduced = s.index() - 1 < article.size()
                && article.get(s.index() - 1).stems().contains(stem);
        return introduced ? stem : null;
    }

    /** Only why a source is unnamed, nothing that the source said. */
    static boolean sourcingNote(String t) {
        return ANONYMITY.matcher(t).find() && !REPORTS.matcher(t).find();
    }

    private static boolean balancedQuotes(String t) {
        int open = 0;
        int close = 0;
        int straight = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u201C') {
                open++;
            } else if (c == '\u201D') {
                close++;
            } else if (c == '"') {
                straight++;
            }
        }
        return open == close && straight % 2 == 0;
    }
}
