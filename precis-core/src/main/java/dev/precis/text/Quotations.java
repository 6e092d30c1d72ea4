package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotations of a sentence (between straight or curly double quotes) and their words made
 * plain, so that one statement printed by two papers compares equal whatever their quote marks,
 * apostrophes and punctuation.
 */
public final class Quotations {
    private static final Pattern QUOTATION = Pattern.compile("[\u201C\"]([^\u201C\u201D\"]+)[\u201D\"]");

    /** @param text  the quotation's words as written
     *  @param plain the same words made plain ({@link #plain}) */
    public record Quoted(String text, String plain) {}

    private Quotations() {}

    /** The quotations a sentence holds, in order. */
    public static List<Quoted> in(String sentence) {
        List<Quoted> out = new ArrayList<>();
        Matcher m = QUOTATION.matcher(sentence);
        while (m.find()) {
            out.add(new Quoted(m.group(1), plain(m.group(1))));
        }
        return out;
    }

    /** Lower case, a curly apostrophe straight, every run of other than letters, digits and apostrophes one space. */
    public static String plain(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^\\p{L}\\p{N}']+", " ")
                .strip();
    }
}
