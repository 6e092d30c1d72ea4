package dev.precis.ingest;

/**
 * Finds SGML tags by name, in any case, with a scan for {@code '<'} and a region compare: DUC and
 * TREC files are read tag by tag, and case-insensitive regular expressions over whole files were
 * most of the time spent reading them.
 */
final class SgmlTags {
    private SgmlTags() {}

    /** A tag's element: where the tag starts, where its content starts and ends, and where the element ends. */
    record Element(int start, int contentStart, int contentEnd, int end) {}

    /**
     * The position of the next opening tag {@code <name>} at or after {@code from}, or -1; with
     * {@code attributes}, also {@code <name attr=...>}.
     */
    static int open(String s, String name, int from, boolean attributes) {
        int i = from;
        int n = s.length();
        while ((i = s.indexOf('<', i)) >= 0) {
            int after = i + 1 + name.length();
            if (after < n && s.regionMatches(true, i + 1, name, 0, name.length())) {
                char c = s.charAt(after);
                if (c == '>' || attributes && Character.isWhitespace(c)) {
                    return i;
                }
            }
            i++;
        }
        return -1;
    }

    /** The position of the next closing tag {@code </name>} at or after {@code from}, or -1. */
    static int close(String s, String name, int from) {
        int i = from;
        int n = s.length();
        while ((i = s.indexOf("</", i)) >= 0) {
            int after = i + 2 + name.length();
            if (after < n && s.charAt(after) == '>' && s.regionMatches(true, i + 2, name, 0, name.length())) {
                return i;
            }
            i += 2;
        }
        return -1;
    }

    /**
     * The first {@code <name ...>} element at or after {@code from}, its content running to its
     * closing tag or, when it has none, to the end of the text; null when there is no such tag.
     */
    static Element first(String s, String name, int from) {
        int start = open(s, name, from, true);
        if (start < 0) {
            return null;
        }
        int gt = s.indexOf('>', start);
        int contentStart = gt + 1;
        int close = close(s, name, contentStart);
        return close < 0
                ? new Element(start, contentStart, s.length(), s.length())
                : new Element(start, contentStart, close, close + name.length() + 3);
    }

    /**
     * The {@code <name>} element whose opening tag is at {@code start}, for an element that may be
     * left unclosed: its content runs to its closing tag, or to the next {@code <name>} or the end of
     * the text when it has none; its end is after the closing tag, or where the content ends.
     */
    static Element unclosable(String s, String name, int start) {
        int from = start + name.length() + 2;
        int close = close(s, name, from);
        int next = open(s, name, from, false);
        if (close >= 0 && (next < 0 || close < next)) {
            return new Element(start, from, close, close + name.length() + 3);
        }
        int end = next >= 0 ? next : s.length();
        return new Element(start, from, end, end);
    }

    /** The text with each tag ({@code <...>}) replaced by a space; a '<' never closed stays. */
    static String strip(String s) {
        int lt = s.indexOf('<');
        if (lt < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (lt >= 0) {
            int gt = s.indexOf('>', lt + 1);
            if (gt < 0) {
                break;
            }
            out.append(s, i, lt).append(' ');
            i = gt + 1;
            lt = s.indexOf('<', i);
        }
        return out.append(s, i, s.length()).toString();
    }
}
