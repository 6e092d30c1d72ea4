package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.List;

/**
 * Pipeline stage: chooses the sentences of a summary. Implementations differ only in what they
 * choose; attribution and ordering are done once, for all of them, by {@link SummaryBuilder}.
 */
public interface Summarizer {
    /**
     * The name users select it by ({@code --method}): by default the class name without
     * "Summarizer", in lower case ({@code LexRankSummarizer} is "lexrank").
     */
    default String name() {
        return getClass().getSimpleName().replaceFirst("Summarizer$", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Sentences that fit the request's budget, in any order. */
    List<Sentence> select(Corpus corpus, SummaryRequest request);
}
