package dev.precis.clean;

import dev.precis.ingest.Paragraphs;
import dev.precis.text.WordCount;
import dev.precis.text.Words;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges one paragraph on its own form, with rules that hold across sites rather than strings
 * seen on one: article prose is made of sentences, while page furniture (headlines of other
 * stories, section labels, bylines, photo credits, teaser snippets) is not, and notices that speak
 * to the reader about the page itself are not news.
 */
final class ParagraphRules {
    /** Photo captions mark who stands where. */
    private static final Pattern CAPTION_POSITION = Pattern.compile(
            "\\((?:L|R|C|L-R|R-L|left|right|center|centre|top|bottom|front|back|2nd [LR])\\)",
            Pattern.CASE_INSENSITIVE);
    /** Words of the web page talking about itself. */
    private static final Set<String> PAGE_TERMS = Set.of(
            "browser",
            "browsers",
            "website",
            "site",
            "cookies",
            "cookie",
            "javascript",
            "newsletter",
            "subscribe",
            "subscription",
            "click",
            "tap",
            "app",
            "download",
            "advertisement",
            "article",
            "story",
            "page",
            "video",
            "videos",
            "images",
            "photos",
            "gallery",
            "archived",
            "outdated",
            "upgrade",
            "updated",
            "time",
            "stamp",
            "email",
            "sign",
            "login",
            "features",
            "privacy",
            "policy",
            "terms",
            "copyright",
            "rights",
            "reserved",
            "comments",
            "share",
            "print");

    private static final Set<String> READER_ADDRESS = Set.of("you", "your", "you're", "please");

    /**
     * A paragraph this long is prose even when it does not end as a sentence does (it ends with a
     * link, an emoji, a colon before a list): headlines, labels, bylines and credits are shorter
     * (a headline of another story set into an article ran to 20 words in the seeds).
     */
    static final int PROSE_MIN_WORDS = 25;

    static final String NOT_A_SENTENCE = "not a sentence (heading, label, byline or credit)";

    private ParagraphRules() {}

    /** Why a paragraph is noise, or null when it is prose worth keeping. */
    static String noiseReason(String paragraph) {
        if (truncated(paragraph)) {
            return "truncated teaser";
        }
        if (!Paragraphs.endsSentence(paragraph) && WordCount.of(paragraph) < PROSE_MIN_WORDS) {
            return NOT_A_SENTENCE;
        }
        if (paragraph.indexOf('(') >= 0 && CAPTION_POSITION.matcher(paragraph).find()) {
            return "photo caption";
        }
        if (addressesReaderAboutPage(paragraph)) {
            return "notice about the page";
        }
        if (noteToWireClients(paragraph)) {
            return "note to the wire's clients";
        }
        if (NOTE_TO_EDITORS.matcher(paragraph).lookingAt()) {
            return "note to editors";
        }
        return null;
    }

    /** A snippet cut off by the page ("... As..."): a teaser for another story. */
    static boolean truncated(String paragraph) {
        String s = paragraph.stripTrailing();
        return s.endsWith("...") || s.endsWith("\u2026");
    }

    /** A paragraph that speaks to "you" and mostly about the page, browser or site. */
    static boolean addressesReaderAboutPage(String paragraph) {
        if (!containsIgnoringCase(paragraph, "you") && !containsIgnoringCase(paragraph, "please")) {
            return false; // the common case, decided without splitting the paragraph into words
        }
        int words = 0;
        int pageTerms = 0;
        boolean reader = false;
        for (String w : Words.of(paragraph)) {
            words++;
            if (PAGE_TERMS.contains(w)) {
                pageTerms++;
            }
            reader |= READER_ADDRESS.contains(w);
        }
        return reader && pageTerms >= 3 && pageTerms * 8 >= words;
    }

    /**
     * A paragraph addressed to the papers' editors by a label in capitals: "ATTENTION EDITORS: The
     * following photos are part of tonight's Photo Package", "(EDITORS: There is no charge for use
     * of this story ...", "EDITOR'S NOTE: ...".
     */
    private static final Pattern NOTE_TO_EDITORS = Pattern.compile(
            "\\s*(?:&\\w+;\\s*)?\\(?\\s*(?:ATTENTION EDITORS|ATTN:? EDITORS|EDITORS|EDITOR['\u2019]?S NOTE|EDITORS['\u2019]? NOTE"
                    + "|NOTE TO EDITORS|ADVISORY)\\s*:");

    /** A telephone number: "(206) 448-8035", "212-556-1927". */
    private static final Pattern PHONE = Pattern.compile("(?:\\(\\d{3}\\)\\s*|\\b\\d{3}-)\\d{3}-\\d{4}\\b");
    /** What a wire service tells the papers that take its copy. */
    private static final Pattern WIRE_CLIENTS = Pattern.compile(
            "\\b(?:clients|editions|editors|move the following|moved the following)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A note from a wire service to its client papers, not news: it speaks to them ("please
     * call"), gives a telephone number, and names editions, clients or what it moves ("The Seattle
     * Post-Intelligencer plans to move the following for clients ... for editions of Tuesday, Nov.
     * 16 ... please call Larry Johnson at (206) ...").
     */
    static boolean noteToWireClients(String paragraph) {
        return (containsIgnoringCase(paragraph, "please") || containsIgnoringCase(paragraph, "you"))
                && PHONE.matcher(paragraph).find()
                && WIRE_CLIENTS.matcher(paragraph).find();
    }

    private static boolean containsIgnoringCase(String text, String lowerWord) {
        char lower = lowerWord.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = 0; i + lowerWord.length() <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }
}
