package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Centroid-based summarization (Radev et al. 2004): sentences closest, in tf-idf space, to the
 * centroid of the whole cluster (or to the query, in topic-focused mode, mixed half and half).
 */
public final class CentroidSummarizer implements Summarizer {
    @Override
    public String name() {
        return "centroid";
    }

    @Override
    public List<Sentence> select(Corpus corpus, SummaryRequest request) {
        TermVectors vectors = new TermVectors(corpus);
        Map<String, Double> centroid = centroid(corpus, vectors);
        Map<String, Double> query = vectors.weigh(request.queryTerms());
        return Greedy.byScore(Candidates.of(corpus), s -> {
            double c = TermVectors.cosine(vectors.of(s), centroid);
            return request.hasQuery() ? 0.5 * c + 0.5 * TermVectors.cosine(vectors.of(s), query) : c;
        }, request, vectors);
    }

    static Map<String, Double> centroid(Corpus corpus, TermVectors vectors) {
        Map<String, Double> sum = new HashMap<>();
        for (Sentence s : corpus.sentences()) {
            vectors.of(s).forEach((t, w) -> sum.merge(t, w, Double::sum));
        }
        sum.replaceAll((t, w) -> w / Math.max(1, corpus.size()));
        return sum;
    }
}
