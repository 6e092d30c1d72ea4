package dev.precis.model;

import dev.precis.text.Weighting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysed documents of one story: the input of every summarizer. Corpus-wide term statistics
 * are computed on first use and cached, so every stage shares them.
 */
public final class Corpus {
    private final List<AnalyzedDocument> documents;
    private final List<Sentence> sentences;
    private Map<String, Integer> documentFrequency;

    public Corpus(List<AnalyzedDocument> documents) {
        this.documents = List.copyOf(documents);
        List<Sentence> all = new ArrayList<>();
        for (AnalyzedDocument d : this.documents) {
            all.addAll(d.sentences());
        }
        this.sentences = Collections.unmodifiableList(all);
    }

    public List<AnalyzedDocument> documents() {
        return documents;
    }

    public Document document(int index) {
        return documents.get(index).document();
    }

    public int size() {
        return documents.size();
    }

    /** All sentences, document by document, in text order. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** Number of documents in which each stemmed term occurs. */
    public synchronized Map<String, Integer> documentFrequency() {
        if (documentFrequency == null) {
            Map<String, Integer> df = new HashMap<>();
            for (AnalyzedDocument d : documents) {
                Set<String> seen = new HashSet<>();
                for (Sentence s : d.sentences()) {
                    seen.addAll(s.terms());
                }
                for (String t : seen) {
                    df.merge(t, 1, Integer::sum);
                }
            }
            documentFrequency = Collections.unmodifiableMap(df);
        }
        return documentFrequency;
    }

    /** Smoothed inverse document frequency of a stemmed term within this corpus. */
    public double idf(String term) {
        return Weighting.idf(documentFrequency().getOrDefault(term, 0), size());
    }
}
