package dev.precis.summarize;

import dev.precis.model.Sentence;
import java.util.List;
import java.util.Map;

/** The teleport distribution of graph methods: uniform, or proportional to query similarity. */
final class QueryPrior {
    private QueryPrior() {
    }

    static double[] of(List<Sentence> candidates, SummaryRequest request, TermVectors vectors) {
        int n = candidates.size();
        if (!request.hasQuery()) {
            return GraphRank.uniform(n);
        }
        Map<String, Double> query = vectors.weigh(request.queryTerms());
        double[] p = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            p[i] = 0.05 + TermVectors.cosine(vectors.of(candidates.get(i)), query); // every sentence stays reachable
            sum += p[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
