package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import dev.precis.text.StopWords;
import java.util.Arrays;
import java.util.HashMap;
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

    private final Map<String, Integer> stemIds = new HashMap<>(8192);
    /** Each concept id's key: its two stems' ids, for the focus boost. */
    private long[] keys = new long[1024];

    private boolean empty;
    private boolean[] stopWord = new boolean[1024];
    private boolean[] reporting = new boolean[1024];
    private final LongIndex index = new LongIndex();
    private double[] weights;
    /** Each corpus sentence's concepts (ids in {@link #index}), computed once here and reused by the summarizer. */
    private final Map<Sentence, int[]> bySentence;

    /**
     * @param focusTerms stems of what the summary should focus on (a topic, or shared headline words)
     * @param focusBoost extra weight, relative to 1, of concepts holding a focus term
     */
    Concepts(Corpus corpus, List<String> focusTerms, double focusBoost) {
        this(corpus, focusTerms, focusBoost, minimumDocuments(corpus.size()));
    }

    /**
     * @param minDocs documents a concept must be in to weigh anything (an update counts its new
     *                documents: one new article's facts are not yet repeated elsewhere)
     */
    Concepts(Corpus corpus, List<String> focusTerms, double focusBoost, int minDocs) {
        // Sentences come document by document, so counting the documents of a concept only needs
        // the last document it was seen in.
        bySentence = new IdentityHashMap<>(corpus.sentences().size());
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
        boolean[] focus = new boolean[stemIds.size()];
        boolean anyFocus = false;
        for (String t : focusTerms) {
            Integer id = stemIds.get(t);
            if (id != null) {
                focus[id] = true;
                anyFocus = true;
            }
        }
        weights = new double[index.size()];
        for (int c = 0; c < weights.length; c++) {
            if (documents[c] >= minDocs) {
                weights[c] = documents[c];
            }
        }
        if (anyFocus) {
            for (int c = 0; c < weights.length; c++) {
                if (weights[c] > 0 && (focus[(int) (keys[c] >>> 32)] || focus[(int) keys[c]])) {
                    weights[c] *= 1 + focusBoost;
                }
            }
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
                long key = ((long) a << 32) | (b & 0xFFFFFFFFL);
                int c = index.add(key);
                if (c >= keys.length) {
                    keys = Arrays.copyOf(keys, 2 * c + 2);
                }
                keys[c] = key;
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
