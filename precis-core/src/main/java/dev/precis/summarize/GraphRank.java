package dev.precis.summarize;

/** PageRank over a weighted sentence graph (power iteration), as LexRank and TextRank use it. */
final class GraphRank {
    static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-6;

    private GraphRank() {}

    /**
     * @param weights symmetric edge weights; row i holds the edges of sentence i
     * @param prior   teleport distribution (uniform for generic summaries, query relevance otherwise)
     */
    static double[] rank(double[][] weights, double[] prior) {
        int n = weights.length;
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowSum[i] += weights[i][j];
            }
        }
        double[] score = prior.clone();
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = (1 - DAMPING) * prior[i];
            }
            for (int j = 0; j < n; j++) {
                if (rowSum[j] == 0) {
                    for (int i = 0; i < n; i++) {
                        next[i] += DAMPING * score[j] * prior[i];
                    }
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    if (weights[j][i] != 0) {
                        next[i] += DAMPING * score[j] * weights[j][i] / rowSum[j];
                    }
                }
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                delta += Math.abs(next[i] - score[i]);
            }
            score = next;
            if (delta < TOLERANCE) {
                break;
            }
        }
        return score;
    }

    /** Ranks the candidates on the graph and takes them best first, within budget and without repeats. */
    static java.util.List<dev.precis.model.Sentence> select(
            java.util.List<dev.precis.model.Sentence> candidates,
            double[][] weights,
            SummaryRequest request,
            TermVectors vectors) {
        double[] rank = rank(weights, QueryPrior.of(candidates, request, vectors));
        java.util.Map<dev.precis.model.Sentence, Double> score = new java.util.IdentityHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            score.put(candidates.get(i), rank[i]);
        }
        return Greedy.byScore(candidates, score::get, request, vectors);
    }

    static double[] uniform(int n) {
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / Math.max(1, n));
        return p;
    }
}
