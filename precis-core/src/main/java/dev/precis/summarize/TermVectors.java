package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import dev.precis.text.TermVector;
import dev.precis.text.Weighting;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** {@link Weighting#TF_IDF} vectors of sentences' content terms within one corpus, each computed once. */
public final class TermVectors {
    private final Corpus corpus;
    private final Map<Sentence, TermVector> cache = new IdentityHashMap<>();

    public TermVectors(Corpus corpus) {
        this.corpus = corpus;
    }

    public TermVector of(Sentence s) {
        return cache.computeIfAbsent(s, x -> weigh(x.terms()));
    }

    public TermVector weigh(List<String> terms) {
        Map<String, Double> v = new HashMap<>();
        for (String t : terms) {
            v.merge(t, 1.0, Double::sum);
        }
        v.replaceAll((t, tf) ->
                Weighting.TF_IDF.weight(tf, corpus.documentFrequency().getOrDefault(t, 0), corpus.size()));
        return TermVector.of(v);
    }

    /** Cosine of two sentences' vectors. */
    public double cosine(Sentence a, Sentence b) {
        return of(a).cosine(of(b));
    }
}
