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
    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.Sentences.MODEL));

    public List<String> split(String paragraph) {
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

    static boolean quoteOpen(String text) {
        long open = text.chars().filter(c -> c == '\u201C').count();
        long close = text.chars().filter(c -> c == '\u201D').count();
        long straight = text.chars().filter(c -> c == '"').count();
        return open > close || straight % 2 == 1;
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
        char first = next.charAt(0);
        // A sentence never starts in lower case or with closing punctuation.
        return Character.isLowerCase(first) || ",;:)]\u201D\u2019".indexOf(first) >= 0;
    }
}
