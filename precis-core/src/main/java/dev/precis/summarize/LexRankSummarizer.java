package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.List;

/**
 * LexRank (Erkan and Radev 2004): sentences ranked by PageRank on the graph of tf-idf cosine
 * similarities above a threshold; in topic-focused mode the random jumps favour sentences that
 * resemble the query (Otterbacher et al. 2005). All pairs are compared: this is the naive
 * quadratic form, kept as the reference point for speed.
 */
public final class LexRankSummarizer implements Summarizer {
    static final double THRESHOLD = 0.1;

    @Override
    public List<Sentence> select(Corpus corpus, SummaryRequest request) {
        List<Sentence> candidates = Candidates.of(corpus, request);
        TermVectors vectors = new TermVectors(corpus);
        int n = candidates.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double sim = vectors.cosine(candidates.get(i), candidates.get(j));
                if (sim > THRESHOLD) {
                    w[i][j] = 1;
                    w[j][i] = 1;
                }
            }
        }
        return GraphRank.select(candidates, w, request, vectors);
    }
}
