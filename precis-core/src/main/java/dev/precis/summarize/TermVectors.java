package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** tf-idf vectors of sentences' content terms and their cosine similarity. */
public final class TermVectors {
    private final Corpus corpus;
    private final Map<Sentence, Map<String, Double>> cache = new IdentityHashMap<>();
    private final Map<Sentence, Double> norms = new IdentityHashMap<>();

    public TermVectors(Corpus corpus) {
        this.corpus = corpus;
    }

    public Map<String, Double> of(Sentence s) {
        return cache.computeIfAbsent(s, x -> weigh(x.terms()));
    }

    public Map<String, Double> weigh(List<String> terms) {
        Map<String, Double> v = new HashMap<>();
        for (String t : terms) {
            v.merge(t, 1.0, Double::sum);
        }
        v.replaceAll((t, tf) -> tf * corpus.idf(t));
        return v;
    }

    /** Cosine of two sentences' vectors (their norms computed once). */
    public double cosine(Sentence a, Sentence b) {
        double dot = dot(of(a), of(b));
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private double norm(Sentence s) {
        return norms.computeIfAbsent(s, x -> norm(of(x)));
    }

    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = dot(a, b);
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double w : v.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
