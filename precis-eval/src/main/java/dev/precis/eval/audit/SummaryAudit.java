package dev.precis.eval.audit;

import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flags each sentence of a summary with the flaws an editor would strike it for. The rules look at
 * shape, not at the summarizer's choices, and are deliberately strict (a flagged sentence may
 * still be readable; an unflagged one has none of these flaws):
 *
 * <ul>
 *   <li><b>dangling</b>: its speaker is not named (a whole sentence in quotation marks with nothing
 *       outside them, or one opening on "I", "We", "You", "My", "Our", "Your"); or it opens (after
 *       an optional "But", "And", "Yet", "So", "Still", "However")
 *       on a third-person pronoun or demonstrative ("He", "It", "They", "This", "Those", "Such"), or
 *       on "The" and a noun that points back ("The two", "The official", "The plan", "The move";
 *       not when a name follows in apposition, "The report, Climate Change ..."; not "This year"),
 *       and the summary sentence before it is not the sentence before it in its own article (the
 *       only place its referent is sure to be); or it opens on "The" and a noun (no name) that the
 *       sentence before it in its article introduced and no earlier summary sentence names ("The
 *       growers say ...");
 *   <li><b>fragment</b>: no verb (none tagged VERB or AUX), fewer than four words, a lower-case or punctuation start (other than an
 *       opening quote or bracket), no final ".", "!" or "?" (closing quotes and brackets aside),
 *       unbalanced double quotes or brackets, or a lone subordinate clause with no comma
 *       ("Although ...", "After confirming ...");
 *   <li><b>debris</b>: page or wire matter: a dateline or slug ("MIAMI _", "WASHINGTON --"), a
 *       chronology or listing line ("Nov. 25 --", "8:30 p.m. ...", "1. ..."), a byline ("By Jane Doe"), a
 *       caption or credit ("(AP Photo/...)", "Photo:", "Getty Images"), an address, or a line
 *       mostly in capitals;
 *   <li><b>redundant</b>: three fifths or more of its content terms are in one earlier summary sentence;
 *   <li><b>filler</b>: at most one content term beyond words about the reporting itself ("media",
 *       "reported", "talks", "said", "statement"), and no number: it tells the reader nothing new.
 * </ul>
 */
public final class SummaryAudit {
    /** What an editor strikes a sentence for. */
    public enum Flaw {
        DANGLING,
        FRAGMENT,
        DEBRIS,
        REDUNDANT,
        FILLER
    }

    private static final Set<String> LINKS = Set.of("but", "and", "yet", "so", "still", "however", "however,");
    private static final Set<String> POINTING = Set.of(
            "he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "this", "these", "those", "that",
            "such", "none");
    /** "This year", "these days": a demonstrative of time, which points at the calendar. */
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
            "time",
            "weekend");
    /** After "The": nouns that refer back to something named before. */
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
            "men",
            "women",
            "group",
            "company",
            "agency",
            "pair",
            "couple",
            "latter",
            "former",
            "same",
            "decision",
            "incident",
            "proposal",
            "measure",
            "report",
            "statement",
            "spokesman",
            "spokeswoman",
            "source",
            "sources",
            "campaign",
            "effort",
            "victim",
            "victims",
            "suspect",
            "suspects",
            "case",
            "issue",
            "event");
    /** Words about the reporting itself (stems), which carry no fact of the story. */
    private static final Set<String> ABOUT_REPORTING = Set.of(
            "media",
            "report",
            "news",
            "press",
            "journalist",
            "reporter",
            "coverag",
            "statement",
            "comment",
            "say",
            "said",
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
            "stori");

    private static final Pattern DATELINE =
            Pattern.compile("^\\p{Lu}[\\p{Lu} .,'-]{2,}(,\\s*\\p{Lu}[a-z]*\\.?\\s+\\d{1,2})?\\s*(_|--|\u2014)\\s");
    /** Words of a speaker: outside quotes they stand for someone the summary does not name. */
    private static final Set<String> FIRST_AND_SECOND_PERSON = Set.of("i", "we", "you", "my", "our", "your");

    private static final Pattern LISTING = Pattern.compile(
            "^((Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(,\\s*\\d{4})?\\s*(--|_|:|\u2014)"
                    + "|\\d{1,2}(:\\d{2})?\\s*([ap]\\.?m\\.?)?\\s*(--|_|:|\u2014|\\s\\p{Lu}{2,})|\\d{1,2}[.)]\\s)");
    private static final Pattern BYLINE =
            Pattern.compile("^(By|BY)\\s+\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+){0,3}\\b");
    private static final Pattern CAPTION = Pattern.compile(
            "\\((AP|AFP|Reuters|Getty)[^)]*(Photo|Images?)|^(Photo|Image|Caption|Credit|Video)\\s*:|Getty Images|Copyright \\d{4}|https?://|www\\.|@\\w+\\.\\w+",
            Pattern.CASE_INSENSITIVE);

    private SummaryAudit() {}

    /** The flaws of each sentence of a summary of {@code corpus}, in order. */
    public static List<Set<Flaw>> audit(Summary summary, dev.precis.model.Corpus corpus) {
        List<SummarySentence> sentences = summary.sentences();
        List<Set<Flaw>> out = new java.util.ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i).sentence();
            Set<Flaw> flaws = EnumSet.noneOf(Flaw.class);
            String t = s.text().strip();
            if (dangling(s, i == 0 ? null : sentences.get(i - 1))
                    || definiteWithoutReferent(s, sentences.subList(0, i), corpus)) {
                flaws.add(Flaw.DANGLING);
            }
            if (fragment(t) || !s.hasVerb()) {
                flaws.add(Flaw.FRAGMENT);
            }
            if (debris(t)) {
                flaws.add(Flaw.DEBRIS);
            }
            if (redundant(s, sentences.subList(0, i))) {
                flaws.add(Flaw.REDUNDANT);
            }
            if (filler(s)) {
                flaws.add(Flaw.FILLER);
            }
            out.add(flaws);
        }
        return out;
    }

    static boolean dangling(Sentence s, SummarySentence previous) {
        List<String> tokens = s.tokens();
        if (!tokens.isEmpty() && FIRST_AND_SECOND_PERSON.contains(lower(tokens.get(0)))
                || unattributedQuote(s.text())) {
            return true; // a speaker the summary does not name
        }
        int k = 0;
        while (k < tokens.size()
                && (LINKS.contains(lower(tokens.get(k))) || tokens.get(k).equals(","))) {
            k++;
        }
        if (k >= tokens.size()) {
            return false;
        }
        String first = lower(tokens.get(k));
        String next = k + 1 < tokens.size() ? lower(tokens.get(k + 1)) : "";
        boolean named = k + 3 < tokens.size()
                && tokens.get(k + 2).equals(",")
                && Character.isUpperCase(tokens.get(k + 3).charAt(0)); // "The report, Climate Change ..."
        boolean pointing = POINTING.contains(first) && !TIME_NOUNS.contains(next)
                || first.equals("the") && POINTING_NOUNS.contains(next) && !named;
        if (!pointing) {
            return false;
        }
        // "It is/was ... to/that": an expletive, which points at nothing.
        if (first.equals("it")
                && k + 1 < tokens.size()
                && Set.of("is", "was", "'s").contains(lower(tokens.get(k + 1)))
                && (tokens.contains("to") || tokens.contains("that"))) {
            return false;
        }
        return previous == null
                || previous.sentence().doc() != s.doc()
                || previous.sentence().index() != s.index() - 1;
    }

    private static final dev.precis.text.Terms TERMS = new dev.precis.text.Terms();

    /**
     * "The growers say ...": an opening "The" + noun (no name) whose noun the sentence before it in
     * its article introduced, while no earlier summary sentence names it and that sentence is not
     * the summary sentence before it.
     */
    static boolean definiteWithoutReferent(Sentence s, List<SummarySentence> earlier, dev.precis.model.Corpus corpus) {
        List<String> tokens = s.tokens();
        if (tokens.isEmpty() || !tokens.get(0).equalsIgnoreCase("the") || s.index() == 0) {
            return false;
        }
        String head = null;
        for (int i = 1; i < tokens.size(); i++) {
            String tag = s.tag(i);
            if (tag.equals("PROPN")) {
                return false;
            }
            if (tag.equals("NOUN")) {
                head = tokens.get(i);
            } else if (!tag.equals("ADJ") || head != null) {
                break;
            }
        }
        if (head == null) {
            return false;
        }
        String stem = TERMS.stem(lower(head));
        List<Sentence> article = corpus.documents().get(s.doc()).sentences();
        if (s.index() - 1 >= article.size()
                || !article.get(s.index() - 1).stems().contains(stem)) {
            return false;
        }
        SummarySentence previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        if (previous != null
                && previous.sentence().doc() == s.doc()
                && previous.sentence().index() == s.index() - 1) {
            return false;
        }
        return earlier.stream().noneMatch(e -> e.sentence().stems().contains(stem));
    }

    /** A whole sentence in quotation marks, with nothing outside them that says who said it. */
    static boolean unattributedQuote(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.charAt(0) != '"' && t.charAt(0) != '\u201C') {
            return false;
        }
        int close = Math.max(t.lastIndexOf('"'), t.lastIndexOf('\u201D'));
        return close > 0 && t.substring(close + 1).replaceAll("[\\p{P}\\s]", "").isEmpty();
    }

    static boolean fragment(String t) {
        if (t.split("\\s+").length < 4) {
            return true;
        }
        if (LONE_SUBORDINATE.matcher(t).lookingAt() && t.indexOf(',') < 0) {
            return true; // "After confirming the virus in birds from five counties.": no main clause
        }
        char c = t.charAt(0);
        if (Character.isLowerCase(c) || !Character.isLetterOrDigit(c) && "\"\u201C\u2018'([".indexOf(c) < 0) {
            return true;
        }
        String end = t.replaceAll("[\"\u201D\u2019')\\]]+$", "");
        if (end.isEmpty() || ".!?".indexOf(end.charAt(end.length() - 1)) < 0) {
            return true;
        }
        int quotes = 0;
        int curly = 0;
        int brackets = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            quotes += ch == '"' ? 1 : 0;
            curly += ch == '\u201C' ? 1 : ch == '\u201D' ? -1 : 0;
            brackets += ch == '(' ? 1 : ch == ')' ? -1 : 0;
        }
        return quotes % 2 != 0 || curly != 0 || brackets != 0;
    }

    /** Openings of a clause that cannot stand alone: "Although ...", "Because ...", "After confirming ...". */
    private static final java.util.regex.Pattern LONE_SUBORDINATE = java.util.regex.Pattern.compile(
            "(?:Although|Though|Because|Whereas|Unless|(?:After|Before|While|When|Since)\\s+\\p{L}+ing)\\b");

    static boolean debris(String t) {
        if (DATELINE.matcher(t).find()
                || LISTING.matcher(t).find()
                || BYLINE.matcher(t).find()
                || CAPTION.matcher(t).find()) {
            return true;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                letters++;
                upper += Character.isUpperCase(t.charAt(i)) ? 1 : 0;
            }
        }
        return letters >= 10 && upper * 10 >= letters * 6;
    }

    static boolean redundant(Sentence s, List<SummarySentence> earlier) {
        Set<String> terms = new HashSet<>(s.terms());
        if (terms.isEmpty()) {
            return false;
        }
        for (SummarySentence e : earlier) {
            Set<String> shared = new HashSet<>(e.sentence().terms());
            shared.retainAll(terms);
            if (shared.size() * 5 >= terms.size() * 3) {
                return true;
            }
        }
        return false;
    }

    static boolean filler(Sentence s) {
        for (String token : s.tokens()) {
            if (token.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        long other = s.terms().stream()
                .distinct()
                .filter(term -> !ABOUT_REPORTING.contains(term))
                .count();
        return other <= 1;
    }

    private static String lower(String token) {
        return token.toLowerCase(Locale.ROOT);
    }
}
