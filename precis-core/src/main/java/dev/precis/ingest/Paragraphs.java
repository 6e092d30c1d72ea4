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

    private Paragraphs() {}

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            String p = collapseSpaces(text); // one line: one paragraph (a DUC <P>, a JSON field)
            if (!p.isEmpty()) {
                out.add(p);
            }
            return out;
        }
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

    /**
     * The paragraphs of a body in the form {@link #join} writes (as {@code split("\n\n")} gives
     * them, without compiling a pattern per call).
     */
    public static String[] of(String body) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int at;
        while ((at = body.indexOf("\n\n", start)) >= 0) {
            out.add(body.substring(start, at));
            start = at + 2;
        }
        out.add(body.substring(start));
        int n = out.size();
        while (n > 0 && out.get(n - 1).isEmpty()) {
            n--; // as String.split: trailing empty strings are dropped
        }
        return out.subList(0, n).toArray(String[]::new);
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

    /**
     * What {@code \\s} matches, and the no-break space (a switch: this runs once per character of
     * every article).
     */
    private static boolean isSpace(char c) {
        switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0':
                return true;
            default:
                return false;
        }
    }

    /** The text with every run of white space (no-break spaces included) made one space, and stripped. */
    public static String collapseSpaces(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void add(List<String> out, StringBuilder current) {
        String p = collapseSpaces(current);
        if (!p.isEmpty()) {
            out.add(p);
        }
        current.setLength(0);
    }
}
