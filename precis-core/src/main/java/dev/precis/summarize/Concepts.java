package dev.precis.summarize;

import dev.precis.analyze.StopWords;
import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The information units of Gillick and Favre (2009): stemmed word bigrams, weighted by the number
 * of documents that contain them. A fact many sources repeat is a heavy concept; saying it once
 * earns its weight, saying it again earns nothing. A bigram is kept as one long made of its two
 * stems' ids, which is much cheaper to hash than text.
 */
final class Concepts {
    /** Reporting verbs: "officials said" recurs in every article without being news. */
    private static final Set<String> REPORTING = Set.of("said", "say", "says", "told", "accord", "according");

    private final Map<String, Integer> stemIds = new HashMap<>();
    /** The two stems of each concept id, for the query boost. */
    private final Map<Integer, int[]> stemPairs = new HashMap<>();
    private boolean empty;
    private boolean[] stopWord = new boolean[1024];
    private boolean[] reporting = new boolean[1024];
    private final LongIndex index = new LongIndex();
    private double[] weights;
    /** Each corpus sentence's concepts (ids in {@link #index}), computed once here and reused by the summarizer. */
    private final Map<Sentence, int[]> bySentence = new IdentityHashMap<>();

    Concepts(Corpus corpus, List<String> queryTerms, double queryBoost) {
        // Sentences come document by document, so counting the documents of a concept only needs
        // the last document it was seen in.
        int[] lastDoc = new int[1024];
        int[] documents = new int[1024];
        for (Sentence s : corpus.sentences()) {
            int[] concepts = compute(s);
            bySentence.put(s, concepts);
            for (int c : concepts) {
                if (c >= lastDoc.length) {
                    lastDoc = Arrays.copyOf(lastDoc, 2 * c + 2);
                    documents = Arrays.copyOf(documents, 2 * c + 2);
                }
                if (documents[c] == 0 || lastDoc[c] != s.doc()) {
                    lastDoc[c] = s.doc();
                    documents[c]++;
                }
            }
        }
        int minDocs = minimumDocuments(corpus.size());
        Set<Integer> query = new HashSet<>();
        for (String t : queryTerms) {
            Integer id = stemIds.get(t);
            if (id != null) {
                query.add(id);
            }
        }
        weights = new double[index.size()];
        for (int c = 0; c < weights.length; c++) {
            if (documents[c] >= minDocs) {
                weights[c] = documents[c];
            }
        }
        if (!query.isEmpty()) {
            stemPairs.forEach((c, pair) -> {
                if (weights[c] > 0 && (query.contains(pair[0]) || query.contains(pair[1]))) {
                    weights[c] *= 1 + queryBoost;
                }
            });
        }
        empty = Arrays.stream(weights).allMatch(w -> w == 0);
    }

    /**
     * A concept must recur across documents to count; one document's phrasing is not a shared fact.
     * Three documents for clusters of ten or more (Gillick and Favre's setting; 2 and 4 both scored
     * lower on DUC 2006), two for small piles like five reports of one event.
     */
    static int minimumDocuments(int documents) {
        return documents >= 10 ? 3 : documents >= 2 ? 2 : 1;
    }

    /** The concept ids of a sentence of the corpus, or of a shortened form of one. */
    int[] conceptsOf(Sentence s) {
        int[] known = bySentence.get(s);
        return known != null ? known : compute(s);
    }

    /**
     * The distinct bigram concepts of a sentence. Pairs of two stop words carry nothing, and pairs
     * with a reporting verb carry who spoke rather than what happened.
     */
    private int[] compute(Sentence s) {
        List<String> stems = s.stems();
        int[] ids = new int[stems.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(stems.get(i));
        }
        int[] out = new int[Math.max(0, ids.length - 1)];
        int n = 0;
        for (int i = 0; i + 1 < ids.length; i++) {
            int a = ids[i];
            int b = ids[i + 1];
            if (!(stopWord[a] && stopWord[b]) && !reporting[a] && !reporting[b]) {
                int before = index.size();
                int c = index.add(((long) a << 32) | (b & 0xFFFFFFFFL));
                if (index.size() > before) {
                    stemPairs.put(c, new int[] {a, b});
                }
                out[n++] = c;
            }
        }
        Arrays.sort(out, 0, n);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || out[unique - 1] != out[i]) {
                out[unique++] = out[i];
            }
        }
        return Arrays.copyOf(out, unique);
    }

    /** The stem's id; a new stem's stop-word and reporting-verb flags are looked up once, here. */
    private int id(String stem) {
        Integer known = stemIds.get(stem);
        if (known != null) {
            return known;
        }
        int id = stemIds.size();
        stemIds.put(stem, id);
        if (id >= stopWord.length) {
            stopWord = Arrays.copyOf(stopWord, 2 * id + 2);
            reporting = Arrays.copyOf(reporting, 2 * id + 2);
        }
        stopWord[id] = StopWords.contains(stem);
        reporting[id] = REPORTING.contains(stem);
        return id;
    }

    /** Weight of a concept id; 0 for concepts too rare to count, and for ids of concepts first seen after construction. */
    double weight(int concept) {
        return concept < weights.length ? weights[concept] : 0;
    }

    /** Number of concept ids handed out so far. */
    int size() {
        return index.size();
    }

    boolean isEmpty() {
        return empty;
    }
}
