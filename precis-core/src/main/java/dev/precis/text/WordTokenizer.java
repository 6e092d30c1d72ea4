package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word tokens of a sentence by rules written for news English, in one pass over its characters (no
 * regular expression, no model: OpenNLP's maximum-entropy tokenizer spent 70% of analysis time on
 * what these rules decide as well for news text).
 *
 * <ul>
 *   <li>A word is a run of letters and digits. It keeps an apostrophe followed by letters ("don't",
 *       "Obama's", "We’re"), number punctuation between digits ("3,000", "1.5", "3:30"), and the dots
 *       of an initialism ("U.S.", "a.m.", "D.C."); a known abbreviation ("Gen.", "Sept.", "St.") or a
 *       single capital initial ("John F. Kennedy") keeps its full stop.
 *   <li>A web or mail address ("www.cnn.com", "info@cnn.com") is one token.
 *   <li>Every other mark is a token of its own; a hyphen splits a compound ("long", "-", "term");
 *       a run of the same mark ("--", "...") is one token.
 * </ul>
 */
public final class WordTokenizer {
    public List<String> tokenize(String sentence) {
        List<String> out = new ArrayList<>(Math.max(8, sentence.length() / 5));
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (isWordChar(sentence, i)) {
                int end = address(sentence, i);
                if (end < 0) {
                    end = word(sentence, i);
                }
                out.add(sentence.substring(i, end));
                i = end;
            } else {
                int end = i + Character.charCount(sentence.codePointAt(i));
                while (end < n && sentence.charAt(end) == c && !Character.isSurrogate(c)) {
                    end++;
                }
                out.add(sentence.substring(i, end));
                i = end;
            }
        }
        return out;
    }

    /** The end of the word starting at {@code start}. */
    private static int word(String s, int start) {
        int n = s.length();
        int i = start;
        int segment = start; // start of the current dot-separated segment, for initialisms
        boolean initialism = false;
        while (i < n) {
            if (isWordChar(s, i)) {
                i += Character.charCount(s.codePointAt(i));
                continue;
            }
            char c = s.charAt(i);
            boolean nextIsWord = i + 1 < n && isWordChar(s, i + 1);
            if ((c == ',' || c == '.' || c == ':')
                    && nextIsWord
                    && isDigit(s.charAt(i - 1))
                    && isDigit(s.charAt(i + 1))) {
                i++; // 3,000  1.5  3:30
            } else if ((c == '\'' || c == '\u2019')
                    && nextIsWord
                    && Character.isLetter(s.charAt(i + 1))
                    && Character.isLetter(s.charAt(i - 1))) {
                i++; // don't, Obama's
            } else if (c == '.'
                    && nextIsWord
                    && Character.isLetter(s.charAt(i + 1))
                    && i - segment <= 2
                    && allLetters(s, segment, i)
                    && shortSegmentFollows(s, i + 1)) {
                i++; // U.S.  a.m.  D.C.
                segment = i;
                initialism = true;
            } else {
                break;
            }
        }
        if (i < n && s.charAt(i) == '.' && keepsFullStop(s, start, i, initialism)) {
            i++;
            if (initialism && possessiveAt(s, i)) {
                i += 2; // "U.N.'s"
            }
        }
        return i;
    }

    private static boolean possessiveAt(String s, int i) {
        return i + 1 < s.length()
                && (s.charAt(i) == '\'' || s.charAt(i) == '\u2019')
                && s.charAt(i + 1) == 's'
                && (i + 2 == s.length() || !isWordChar(s, i + 2));
    }

    /** Whether the segment after an initialism's dot is short too ("U.S" yes, "end.Next" no). */
    private static boolean shortSegmentFollows(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return i - from <= 2 && (i == s.length() || !isWordChar(s, i));
    }

    private static boolean keepsFullStop(String s, int start, int dot, boolean initialism) {
        if (initialism) {
            return true;
        }
        if (dot - start == 1 && Character.isUpperCase(s.charAt(start))) {
            return true; // an initial: "John F. Kennedy"
        }
        String withStop = s.substring(start, dot + 1).toLowerCase(Locale.ROOT);
        return WordLists.NON_FINAL_ABBREVIATIONS.contains(withStop);
    }

    /** The end of a web or mail address starting at {@code start}, or -1 when there is none. */
    private static int address(String s, int start) {
        int end = start;
        boolean mark = s.startsWith("www.", start);
        boolean dot = false;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            char c = s.charAt(end);
            mark |= c == '@' || (c == ':' && s.startsWith("://", end));
            dot |= c == '.';
            end++;
        }
        if (!mark || !dot) {
            return -1;
        }
        while (end > start && !isWordChar(s, end - 1) && s.charAt(end - 1) != '/') {
            end--; // trailing punctuation belongs to the sentence
        }
        return end;
    }

    private static boolean allLetters(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isLetter(s.charAt(k))) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || Character.isDigit(c);
    }

    private static boolean isWordChar(String s, int i) {
        char c = s.charAt(i);
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int cp = s.codePointAt(i);
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
