package dev.precis.group;

import dev.precis.analyze.StopWords;
import dev.precis.model.Document;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The words of a whole article for grouping: a fast regular-expression tokenizer and Porter stems,
 * headline counted twice. Grouping compares whole articles, so it does not need the sentence
 * analysis, which costs far more at tens of thousands of articles.
 */
final class TermBag {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");
    private final PorterStemmer stemmer = new PorterStemmer();

    Map<String, Integer> of(Document d) {
        Map<String, Integer> counts = new HashMap<>();
        if (d.title() != null) {
            add(d.title(), counts, 2);
        }
        add(d.body(), counts, 1);
        return counts;
    }

    /** The text's words in order (lower case), for shingling. */
    static java.util.List<String> words(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private void add(String text, Map<String, Integer> counts, int weight) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() < 2 || StopWords.contains(w) || Character.isDigit(w.charAt(0))) {
                continue;
            }
            counts.merge(stemmer.stem(w), weight, Integer::sum);
        }
    }
}
