package dev.precis.summarize;

import java.util.List;
import java.util.Set;

/**
 * What a summary must fit and be about.
 *
 * @param maxWords     word budget (whitespace-separated words); 0 for none
 * @param maxSentences sentence budget; 0 for none
 * @param queryTerms   content terms of the topic the summary should focus on (empty: generic)
 * @param seed         seed for methods that draw at random, so runs are repeatable
 * @param seen         indexes of the corpus documents the reader has already read: an update
 *                     summary says what the others add, and takes no sentence from these
 */
public record SummaryRequest(int maxWords, int maxSentences, List<String> queryTerms, long seed, Set<Integer> seen) {
    /** A summary of everything (nothing seen before). */
    public SummaryRequest(int maxWords, int maxSentences, List<String> queryTerms, long seed) {
        this(maxWords, maxSentences, queryTerms, seed, Set.of());
    }

    public SummaryRequest {
        if (maxWords < 0 || maxSentences < 0) {
            throw new IllegalArgumentException("budgets must not be negative");
        }
        if (maxWords == 0 && maxSentences == 0) {
            throw new IllegalArgumentException("give a word budget, a sentence budget, or both");
        }
        queryTerms = List.copyOf(queryTerms);
        seen = Set.copyOf(seen);
    }

    /** Whether this is an update: some documents were seen before. */
    public boolean isUpdate() {
        return !seen.isEmpty();
    }

    /** Whether a sentence may be chosen: not from a document already seen. */
    public boolean isNew(dev.precis.model.Sentence s) {
        return !seen.contains(s.doc());
    }

    public boolean hasQuery() {
        return !queryTerms.isEmpty();
    }

    /** Whether a sentence of {@code words} words still fits after {@code usedWords} in {@code count} sentences. */
    public boolean fits(int usedWords, int count, int words) {
        return (maxWords == 0 || usedWords + words <= maxWords) && (maxSentences == 0 || count < maxSentences);
    }
}
