package dev.precis.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides a file's format from its content first and its extension second: a scraped page saved
 * as {@code .txt} is still HTML, and DUC files carry no extension at all.
 */
public final class FormatDetector {
    private static final Pattern HTML_TAG =
            Pattern.compile("(?is)<(!doctype\\s+html|html|head|body|article|div|p|meta|title)[\\s>]");

    private FormatDetector() {}

    public static Format detect(String fileName, String content) {
        String head = stripLeading(content.length() > 4096 ? content.substring(0, 4096) : content);
        // JSON first, before the head is lower-cased for the markup checks (a server reads a JSON
        // body per request, and none of the markup formats starts with a brace or a bracket).
        if (head.startsWith("{") && looksLikeJsonLines(head)
                || head.startsWith("[") && stripLeading(head.substring(1)).startsWith("{")) {
            return Format.JSONL; // JSON Lines, or a JSON array of articles
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<doc>") || lower.startsWith("<doc ")) {
            return Format.DUC_SGML;
        }
        if (lower.startsWith("<?xml")
                || lower.startsWith("<rss")
                || lower.startsWith("<feed")
                || lower.startsWith("<rdf:rdf")) {
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
                return Format.FEED;
            }
        }
        if (lower.startsWith("<") && HTML_TAG.matcher(head).find()) {
            return Format.HTML;
        }
        String ext = extension(fileName);
        return switch (ext) {
            case "html", "htm", "xhtml" -> Format.HTML;
            case "jsonl", "ndjson", "json" -> Format.JSONL;
            case "rss", "atom" -> Format.FEED;
            case "sgml", "sgm" -> Format.DUC_SGML;
            default -> Format.TEXT;
        };
    }

    /** Whether a file starting with these bytes holds a single article (plain text or a web page). */
    static boolean holdsOneArticle(String fileName, byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
        Format f = detect(fileName, start);
        return f == Format.TEXT || f == Format.HTML;
    }

    /** Whether text starting like this is JSON (Lines): binary bytes in one line must not lose the others. */
    static boolean startsLikeJson(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 64); i++) {
            int b = bytes[i] & 0xFF;
            if (b == '{' || b == '[') {
                return true;
            }
            if (!(b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF)) {
                return false;
            }
        }
        return false;
    }

    private static boolean looksLikeJsonLines(String head) {
        String firstLine = head.lines().findFirst().orElse("").trim();
        return firstLine.startsWith("{") && (firstLine.endsWith("}") || firstLine.contains("\":"));
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return dot > slash ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
            i++;
        }
        return s.substring(i);
    }
}
