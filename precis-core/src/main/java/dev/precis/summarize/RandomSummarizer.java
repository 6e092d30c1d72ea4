package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A lower bound: eligible sentences in a random (seeded, repeatable) order. */
public final class RandomSummarizer implements Summarizer {
    @Override
    public String name() {
        return "random";
    }

    @Override
    public List<Sentence> select(Corpus corpus, SummaryRequest request) {
        List<Sentence> shuffled = new ArrayList<>(Candidates.of(corpus));
        Collections.shuffle(shuffled, new Random(request.seed()));
        return Greedy.inOrder(shuffled, request, null);
    }
}
