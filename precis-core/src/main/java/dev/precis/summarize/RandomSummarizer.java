package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A lower bound: sentences drawn uniformly at random (seeded, so repeatable) from all sentences of
 * the cluster, with no judgement of any kind, not even of length.
 */
public final class RandomSummarizer implements Summarizer {
    @Override
    public List<Sentence> select(Corpus corpus, SummaryRequest request) {
        List<Sentence> shuffled = new ArrayList<>(
                corpus.sentences().stream().filter(request::isNew).toList());
        Collections.shuffle(shuffled, new Random(request.seed()));
        return Greedy.inOrder(shuffled, request, null);
    }
}
