package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import dev.precis.text.TermVector;
import java.util.ArrayList;
import java.util.List;

/**
 * Maximal Marginal Relevance (Carbonell and Goldstein 1998): repeatedly the sentence most relevant
 * to the cluster centroid (or the query) minus its similarity to what is already chosen.
 */
public final class MmrSummarizer implements Summarizer {
    /** Relevance against novelty; 0.7 is the usual setting for news. */
    static final double LAMBDA = 0.7;

    @Override
    public List<Sentence> select(Corpus corpus, SummaryRequest request) {
        TermVectors vectors = new TermVectors(corpus);
        TermVector target =
                request.hasQuery() ? vectors.weigh(request.queryTerms()) : CentroidSummarizer.centroid(corpus, vectors);
        List<Sentence> left = new ArrayList<>(Candidates.of(corpus, request));
        List<Sentence> chosen = new ArrayList<>();
        int words = 0;
        while (true) {
            Sentence best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Sentence s : left) {
                if (!request.fits(words, chosen.size(), s.wordCount())) {
                    continue;
                }
                double redundancy = 0;
                for (Sentence c : chosen) {
                    redundancy = Math.max(redundancy, vectors.cosine(s, c));
                }
                double score = LAMBDA * vectors.of(s).cosine(target) - (1 - LAMBDA) * redundancy;
                if (score > bestScore) {
                    best = s;
                    bestScore = score;
                }
            }
            if (best == null) {
                return chosen;
            }
            chosen.add(best);
            left.remove(best);
            words += best.wordCount();
        }
    }
}
