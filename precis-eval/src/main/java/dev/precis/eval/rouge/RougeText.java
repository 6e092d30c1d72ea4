package dev.precis.eval.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A summary as ROUGE-1.5.5 sees it: one sentence per line, cut to the length limit, lower-cased,
 * every character other than ASCII letters and digits made a space (hyphens become separate tokens
 * that are then ignored), stop words removed on request, and words longer than three characters
 * stemmed.
 */
final class RougeText {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_TOKEN = Pattern.compile("[^A-Za-z0-9\\-]");
    private static final Pattern COUNTED = Pattern.compile("^[a-z0-9$].*");

    /** Tokens of the whole text (ROUGE-N, -S and unigram clipping work on the text as one unit). */
    final List<String> tokens;
    /** Tokens of each sentence (ROUGE-L and -W compare sentence by sentence). */
    final List<List<String>> sentences;

    private RougeText(List<String> tokens, List<List<String>> sentences) {
        this.tokens = tokens;
        this.sentences = sentences;
    }

    static RougeText of(List<String> lines, RougeSettings settings) {
        List<String> spl = new ArrayList<>();
        for (String line : lines) {
            // ROUGE reads bytes: a non-ASCII character is several bytes, each one a space later.
            String bytes = new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            bytes = bytes.replace("\n", "");
            if (!bytes.isEmpty()) {
                spl.add(asciiLowerCase(bytes));
            }
        }
        String joined = String.join(" ", truncateJoined(spl, settings));
        List<String> tokens = tokenize(joined, settings);
        List<List<String>> sentences = new ArrayList<>();
        for (String s : truncateSentences(spl, settings)) {
            sentences.add(tokenize(s, settings));
        }
        return new RougeText(tokens, sentences);
    }

    /** readText: the first sentences that fit, and the first words (or bytes) of the next one. */
    private static List<String> truncateJoined(List<String> spl, RougeSettings settings) {
        if (settings.wordLimit() == 0 && settings.byteLimit() == 0) {
            return spl;
        }
        List<String> out = new ArrayList<>();
        int used = 0;
        for (String s : spl) {
            if (settings.wordLimit() != 0) {
                String[] words = perlSplit(s);
                if (used + words.length < settings.wordLimit()) {
                    out.add(s);
                    used += words.length;
                } else {
                    out.add(String.join(" ", Arrays.copyOfRange(words, 0, settings.wordLimit() - used)));
                    break;
                }
            } else {
                if (used + s.length() < settings.byteLimit()) {
                    out.add(s);
                    used += s.length();
                } else {
                    out.add(s.substring(0, settings.byteLimit() - used));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * readText_LCS: the same cut for words; for bytes ROUGE-1.5.5 never advances its byte count, so
     * every sentence shorter than the limit is kept whole. Reproduced as is, for comparable figures.
     */
    private static List<String> truncateSentences(List<String> spl, RougeSettings settings) {
        if (settings.wordLimit() != 0) {
            return truncateJoined(spl, settings);
        }
        if (settings.byteLimit() == 0) {
            return spl;
        }
        List<String> out = new ArrayList<>();
        for (String s : spl) {
            if (s.length() < settings.byteLimit()) {
                out.add(s);
            } else {
                out.add(s.substring(0, settings.byteLimit()));
                break;
            }
        }
        return out;
    }

    private static List<String> tokenize(String text, RougeSettings settings) {
        String t = NOT_TOKEN.matcher(text.replace("-", " - ")).replaceAll(" ").strip();
        List<String> out = new ArrayList<>();
        if (t.isEmpty()) {
            return out;
        }
        for (String token : WHITESPACE.split(t)) {
            if (settings.stopwords().contains(token) || !COUNTED.matcher(token).matches()) {
                continue;
            }
            out.add(settings.stem() && token.length() > 3 ? stem(token) : token);
        }
        return out;
    }

    static String stem(String token) {
        String base = WordNetExceptions.BASE_FORMS.get(token);
        return base != null ? base : PerlPorterStemmer.stem(token);
    }

    /** Perl's split(/\s+/, s): a leading empty field is kept, trailing ones dropped. */
    static String[] perlSplit(String s) {
        String[] parts = WHITESPACE.split(s);
        return parts.length == 1 && parts[0].isEmpty() ? new String[0] : parts;
    }

    private static String asciiLowerCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }
}
