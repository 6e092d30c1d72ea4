package dev.precis.summarize;

import dev.precis.model.Sentence;
import dev.precis.text.TermVector;
import java.util.List;

/** The teleport distribution of graph methods: uniform, or proportional to query similarity. */
final class QueryPrior {
    private QueryPrior() {}

    static double[] of(List<Sentence> candidates, SummaryRequest request, TermVectors vectors) {
        int n = candidates.size();
        if (!request.hasQuery()) {
            return GraphRank.uniform(n);
        }
        TermVector query = vectors.weigh(request.queryTerms());
        double[] p = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            p[i] = 0.05 + vectors.of(candidates.get(i)).cosine(query); // every sentence stays reachable
            sum += p[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
