package dev.precis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text into paragraphs. Blank lines always separate paragraphs. Inside a block, a
 * line is joined to the next only when it looks hard-wrapped (long, and not ending a sentence);
 * a short unpunctuated line (a heading, a photo label) stays a paragraph of its own, so the
 * cleaner can judge it alone.
 */
public final class Paragraphs {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private Paragraphs() {}

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String block : BLANK_LINES.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
            List<String> lines =
                    block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            int longest = lines.stream().mapToInt(String::length).max().orElse(0);
            StringBuilder current = new StringBuilder();
            for (String line : lines) {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(line);
                boolean wrapped = line.length() >= 0.6 * longest && !endsSentence(line) && lines.size() > 1;
                if (!wrapped) {
                    add(out, current);
                }
            }
            add(out, current);
        }
        return out;
    }

    /** Joins paragraphs into the body form used by {@link dev.precis.model.Document}. */
    public static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** Whether text ends like a sentence: terminal punctuation, possibly inside closing quotes/brackets. */
    public static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'”’»)]`".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0;
    }

    private static void add(List<String> out, StringBuilder current) {
        String p = SPACES.matcher(current).replaceAll(" ").strip();
        if (!p.isEmpty()) {
            out.add(p);
        }
        current.setLength(0);
    }
}
