package dev.precis.group;

import dev.precis.model.Document;
import dev.precis.text.StopWords;
import dev.precis.text.Terms;
import dev.precis.text.Words;
import java.util.HashMap;
import java.util.Map;

/**
 * The words of a whole article for grouping: the toolkit's fast {@link Words} and Porter stems,
 * headline counted twice. Grouping compares whole articles, so it does not need the sentence
 * analysis, which costs far more at tens of thousands of articles.
 */
final class TermBag {
    private TermBag() {}

    /** The toolkit's stems, cached per word type and thread. */
    private static final Terms TERMS = new Terms();

    /**
     * An article's terms and their counts, in two arrays: a batch keeps one per article, and a
     * map per article (boxed counts, hash nodes) took most of the heap of grouping 75,000 articles.
     */
    record Counts(String[] terms, int[] counts) {
        int size() {
            return terms.length;
        }
    }

    static Counts of(Document d) {
        Map<String, Integer> scratch = new HashMap<>(); // fresh: its order is the order ties are cut in
        if (d.title() != null) {
            add(d.title(), scratch, 2);
        }
        add(d.body(), scratch, 1);
        String[] terms = new String[scratch.size()];
        int[] counts = new int[scratch.size()];
        int i = 0;
        for (var e : scratch.entrySet()) {
            terms[i] = e.getKey();
            counts[i++] = e.getValue();
        }
        return new Counts(terms, counts);
    }

    private static void add(String text, Map<String, Integer> counts, int weight) {
        for (String w : Words.of(text)) {
            if (w.length() < 2 || StopWords.contains(w) || Character.isDigit(w.charAt(0))) {
                continue;
            }
            counts.merge(TERMS.stem(w), weight, Integer::sum);
        }
    }
}
