package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The default method: budgeted maximum coverage of weighted concepts (Gillick and Favre 2009),
 * solved greedily. At each step it takes the sentence that adds the most uncovered concept weight
 * per word, with a mild preference for sentences early in their article (where news states its
 * main facts); a fact already covered earns nothing, so the summary says each thing once.
 * Sentences are taken in their shortened form (trailing attribution dropped) where they have one,
 * so the budget goes to news rather than to "officials said"; the source markers say who said it.
 */
public final class CoverageSummarizer implements Summarizer {
    /** Weight of concepts touching the query, relative to others, in topic-focused mode. */
    static final double QUERY_BOOST = 1.0;
    /**
     * How strongly sentence length is discounted: gain / words^LENGTH_EXPONENT. 1 would be the
     * plain ratio of budgeted coverage, which favours short fragments; 0.7 was best on the DUC 2006
     * dev split as a whole (0.5-0.8 all within 0.002 ROUGE-2).
     */
    static final double LENGTH_EXPONENT = 0.7;
    /**
     * Bonus for early sentences, 1 + POSITION_BONUS / (1 + index): news states its main facts first.
     * 0.5 on DUC 2006 (0 and 1.0 both lost about 0.004 ROUGE-2).
     */
    static final double POSITION_BONUS = 0.5;

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public List<Sentence> select(Corpus corpus, SummaryRequest request) {
        Concepts concepts = new Concepts(corpus, request.queryTerms(), QUERY_BOOST);
        List<Sentence> candidates = Candidates.preferShortened(corpus);
        int n = candidates.size();
        int[][] conceptsOf = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] cs = concepts.conceptsOf(candidates.get(i));
            int k = 0;
            int[] weighted = new int[cs.length];
            for (int c : cs) {
                if (concepts.weight(c) > 0) {
                    weighted[k++] = c;
                }
            }
            conceptsOf[i] = java.util.Arrays.copyOf(weighted, k);
        }
        boolean[] covered = new boolean[concepts.size()];
        double[] prior = new double[n];
        for (int i = 0; i < n; i++) {
            Sentence s = candidates.get(i);
            prior[i] = (1 + POSITION_BONUS / (1 + s.index())) / Math.pow(s.wordCount(), LENGTH_EXPONENT);
        }
        // Lazy greedy (Minoux 1978): a sentence's gain can only fall as coverage grows, so a stale
        // score is an upper bound and most candidates are never re-scored.
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(y[0], x[0]));
        for (int i = 0; i < n; i++) {
            double score = concepts.isEmpty() ? prior[i] * candidates.get(i).terms().size() : prior[i] * gain(conceptsOf[i], concepts, covered);
            if (score > 0) {
                queue.add(new double[] {score, i});
            }
        }
        TermVectors vectors = new TermVectors(corpus);
        List<Sentence> chosen = new ArrayList<>();
        int words = 0;
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int i = (int) top[1];
            Sentence s = candidates.get(i);
            if (!request.fits(words, chosen.size(), s.wordCount())) {
                if (request.maxSentences() > 0 && chosen.size() >= request.maxSentences()) {
                    break;
                }
                continue; // budgets only shrink: it will never fit
            }
            double current = concepts.isEmpty() ? top[0] : prior[i] * gain(conceptsOf[i], concepts, covered);
            if (current <= 0) {
                continue;
            }
            if (!queue.isEmpty() && current < queue.peek()[0]) {
                queue.add(new double[] {current, i}); // stale: re-queue with its true score
                continue;
            }
            if (Redundancy.repeats(s, chosen, vectors)) {
                continue; // the chosen set only grows: it will always repeat
            }
            chosen.add(s);
            words += s.wordCount();
            for (int c : conceptsOf[i]) {
                covered[c] = true;
            }
        }
        return chosen;
    }

    private static double gain(int[] ids, Concepts concepts, boolean[] covered) {
        double g = 0;
        for (int c : ids) {
            if (!covered[c]) {
                g += concepts.weight(c);
            }
        }
        return g;
    }
}
