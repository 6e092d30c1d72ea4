package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits a paragraph into sentences with OpenNLP's maximum-entropy detector, then repairs the
 * splits a news reader would never make: after abbreviations that do not end sentences
 * ("Sept. 4", "Gen. Smith", "U.S. Secretary"), and inside a quotation that runs on ("...yet,”
 * Obama said").
 */
public final class SentenceSplitter {
    /** Marks that may close a sentence after its full stop. */
    private static final String CLOSERS = ".?!\"'\u201D\u2019)]";

    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.Sentences.MODEL));

    public List<String> split(String paragraph) {
        if (!hasInnerBoundary(paragraph)) {
            String whole = paragraph.strip();
            return whole.isEmpty() ? List.of() : List.of(whole); // one sentence: the model is not needed
        }
        Span[] spans = detector.get().sentPosDetect(paragraph);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Span span : spans) {
            String piece = paragraph.substring(span.getStart(), span.getEnd()).strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (current.length() > 0 && !continues(current.toString(), piece)) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(piece);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /**
     * Whether a sentence could end before the paragraph does: a full stop, question or exclamation
     * mark followed (after closing quotes or brackets) by a space. Most news paragraphs are one
     * sentence; only the others need the model.
     */
    static boolean hasInnerBoundary(String paragraph) {
        int end = paragraph.length();
        while (end > 0 && Character.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = paragraph.charAt(i);
            if (c == '.' || c == '?' || c == '!') {
                int j = i + 1;
                while (j < end && CLOSERS.indexOf(paragraph.charAt(j)) >= 0) {
                    j++;
                }
                if (j < end && Character.isWhitespace(paragraph.charAt(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a quotation is open at the end of {@code text}: more opening marks than closing ones. */
    public static boolean quoteOpen(String text) {
        int open = 0;
        int close = 0;
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            open += c == '\u201C' ? 1 : 0;
            close += c == '\u201D' ? 1 : 0;
            straight += c == '"' ? 1 : 0;
        }
        return open > close || straight % 2 == 1;
    }

    /**
     * Whether the text ends in a capitalised name and one capital initial ("... John F."), or in two
     * initials ("superintendent J. O." before "Ogato").
     */
    static boolean middleInitial(String previous, int lastSpace) {
        String last = previous.substring(lastSpace + 1);
        if (last.length() != 2 || !Character.isUpperCase(last.charAt(0)) || last.charAt(1) != '.') {
            return false;
        }
        int before = previous.lastIndexOf(' ', lastSpace - 1);
        String word = previous.substring(before + 1, Math.max(before + 1, lastSpace));
        boolean initial = word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
        return initial
                || word.length() >= 2
                        && Character.isUpperCase(word.charAt(0))
                        && word.chars().skip(1).allMatch(Character::isLowerCase)
                        && !StopWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the text ends in one capital initial after a function word or a comma ("after R.",
     * "by J."): no sentence ends there, so the initial opens a name.
     */
    static boolean leadingInitial(String previous, int lastSpace) {
        String last = previous.substring(lastSpace + 1);
        if (last.length() != 2 || !Character.isUpperCase(last.charAt(0)) || last.charAt(1) != '.' || lastSpace < 1) {
            return false;
        }
        int before = previous.lastIndexOf(' ', lastSpace - 1);
        String word = previous.substring(before + 1, lastSpace);
        return word.endsWith(",")
                || !word.isEmpty() && word.chars().allMatch(Character::isLowerCase) && StopWords.contains(word);
    }

    /** Two capitalised words, not a function word first: the rest of a name ("Allen Haywood"). */
    private static final java.util.regex.Pattern FULL_NAME = java.util.regex.Pattern.compile(
            "(?!(?i:the|a|an|this|that|it|he|she|they|we|in|on|at)\\b)\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+");

    /**
     * Whether a piece opens with a capitalised word that is not a function word (a surname, not
     * "The"), or with another initial.
     */
    private static boolean startsWithName(String next) {
        int end = 0;
        while (end < next.length() && Character.isLetter(next.charAt(end))) {
            end++;
        }
        String word = next.substring(0, end);
        if (word.length() == 1
                && Character.isUpperCase(word.charAt(0))
                && next.length() > 2
                && next.charAt(1) == '.'
                && Character.isWhitespace(next.charAt(2))) {
            return true; // another initial: "J. | O. Ogato"
        }
        return word.length() >= 2
                && Character.isUpperCase(word.charAt(0))
                && !StopWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code next} continues the sentence in {@code previous} rather than starting one. */
    static boolean continues(String previous, String next) {
        int lastSpace = previous.lastIndexOf(' ');
        String lastWord = previous.substring(lastSpace + 1).toLowerCase(Locale.ROOT);
        if (WordLists.NON_FINAL_ABBREVIATIONS.contains(lastWord)) {
            return true; // "the U.S. Officials said" is rare; "U.S. Secretary of State" is common
        }
        if (quoteOpen(previous)) {
            return true; // a quotation that runs over several sentences is one reported statement
        }
        if (middleInitial(previous, lastSpace) && startsWithName(next)) {
            return true; // "John F. | Kennedy International Airport"
        }
        if (leadingInitial(previous, lastSpace) && FULL_NAME.matcher(next).lookingAt()) {
            return true; // "In May, after R. | Allen Haywood, the editor ..."
        }
        char first = next.charAt(0);
        // A sentence never starts in lower case or with closing punctuation.
        return Character.isLowerCase(first) || ",;:)]\u201D\u2019".indexOf(first) >= 0;
    }
}
