package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TextRank (Mihalcea and Tarau 2004): weighted PageRank where two sentences are linked by their
 * word overlap normalised by their lengths, |common| / (log|a| + log|b|).
 */
public final class TextRankSummarizer implements Summarizer {
    @Override
    public List<Sentence> select(Corpus corpus, SummaryRequest request) {
        List<Sentence> candidates = Candidates.of(corpus, request);
        int n = candidates.size();
        List<Set<String>> words = candidates.stream()
                .map(s -> (Set<String>) new HashSet<>(s.terms()))
                .toList();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Set<String> small = words.get(i).size() <= words.get(j).size() ? words.get(i) : words.get(j);
                Set<String> large = small == words.get(i) ? words.get(j) : words.get(i);
                int common = 0;
                for (String t : small) {
                    if (large.contains(t)) {
                        common++;
                    }
                }
                double norm = Math.log(Math.max(2, words.get(i).size()))
                        + Math.log(Math.max(2, words.get(j).size()));
                w[i][j] = w[j][i] = common / norm;
            }
        }
        return GraphRank.select(candidates, w, request, new TermVectors(corpus));
    }
}
