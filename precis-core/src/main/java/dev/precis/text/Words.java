package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a whole text, fast: lower-case runs of letters and digits, with one apostrophe and
 * the letters after it kept ("don't", "Obama's"), curly apostrophes straightened. For stages that
 * look at whole articles or paragraphs (grouping, near-duplicates, cleaning rules); sentences get
 * full tokens from {@link WordTokenizer}. A hand-written scanner: no regular expression in this
 * inner loop.
 */
public final class Words {
    private Words() {}

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int c = lower.codePointAt(i);
            if (!letterOrNumber(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && letterOrNumber(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            int end = i;
            if (i + 1 < n
                    && (lower.charAt(i) == '\'' || lower.charAt(i) == '\u2019')
                    && Character.isLetter(lower.codePointAt(i + 1))) {
                i++;
                while (i < n && Character.isLetter(lower.codePointAt(i))) {
                    i += Character.charCount(lower.codePointAt(i));
                }
                out.add(lower.substring(start, end) + "'" + lower.substring(end + 1, i));
            } else {
                out.add(lower.substring(start, end));
            }
        }
        return out;
    }

    /** A whitespace-separated token in lower case with only its letters, digits and hyphens ("Monday's," gives "mondays"). */
    public static String bare(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        lower.codePoints().filter(c -> c == '-' || letterOrNumber(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** A letter or a number of any script (what {@code \p{L}} and {@code \p{N}} match). */
    public static boolean letterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
