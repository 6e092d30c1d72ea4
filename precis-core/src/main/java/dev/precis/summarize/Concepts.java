package dev.precis.summarize;

import dev.precis.analyze.StopWords;
import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The information units of Gillick and Favre (2009): stemmed word bigrams, weighted by the number
 * of documents that contain them. A fact many sources repeat is a heavy concept; saying it once
 * earns its weight, saying it again earns nothing.
 */
final class Concepts {
    private final Map<String, Double> weights = new HashMap<>();

    Concepts(Corpus corpus, List<String> queryTerms, double queryBoost) {
        Map<String, Set<Integer>> docs = new HashMap<>();
        for (Sentence s : corpus.sentences()) {
            for (String c : of(s)) {
                docs.computeIfAbsent(c, k -> new HashSet<>()).add(s.doc());
            }
        }
        int minDocs = minimumDocuments(corpus.size());
        Set<String> query = new HashSet<>(queryTerms);
        docs.forEach((concept, in) -> {
            if (in.size() >= minDocs) {
                double w = in.size();
                if (!query.isEmpty() && touches(concept, query)) {
                    w *= 1 + queryBoost;
                }
                weights.put(concept, w);
            }
        });
    }

    /**
     * A concept must recur across documents to count; one document's phrasing is not a shared fact.
     * Three documents for clusters of ten or more (Gillick and Favre's setting; 2 and 4 both scored
     * lower on DUC 2006), two for small piles like five reports of one event.
     */
    static int minimumDocuments(int documents) {
        return documents >= 10 ? 3 : documents >= 2 ? 2 : 1;
    }

    /** Reporting verbs: "officials said" recurs in every article without being news. */
    private static final Set<String> REPORTING = Set.of("said", "say", "says", "told", "accord", "according");

    /**
     * The distinct bigram concepts of a sentence. Pairs of two stop words carry nothing, and pairs
     * with a reporting verb carry who spoke rather than what happened.
     */
    static Set<String> of(Sentence s) {
        Set<String> out = new LinkedHashSet<>();
        List<String> stems = s.stems();
        for (int i = 0; i + 1 < stems.size(); i++) {
            String a = stems.get(i);
            String b = stems.get(i + 1);
            if (!(StopWords.contains(a) && StopWords.contains(b)) && !REPORTING.contains(a) && !REPORTING.contains(b)) {
                out.add(a + ' ' + b);
            }
        }
        return out;
    }

    double weight(String concept) {
        return weights.getOrDefault(concept, 0.0);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    private static boolean touches(String concept, Set<String> query) {
        int space = concept.indexOf(' ');
        return query.contains(concept.substring(0, space)) || query.contains(concept.substring(space + 1));
    }
}
