package dev.precis.summarize;

import dev.precis.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Takes sentences in order of a fixed score while they fit the budget and say something new. */
final class Greedy {
    private Greedy() {}

    static List<Sentence> byScore(
            List<Sentence> candidates, ToDoubleFunction<Sentence> score, SummaryRequest request, TermVectors vectors) {
        List<Sentence> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(score)
                .reversed()
                .thenComparingInt(Sentence::doc)
                .thenComparingInt(Sentence::index));
        return inOrder(ranked, request, vectors);
    }

    static List<Sentence> inOrder(List<Sentence> ranked, SummaryRequest request, TermVectors vectors) {
        List<Sentence> chosen = new ArrayList<>();
        int words = 0;
        for (Sentence s : ranked) {
            if (!request.fits(words, chosen.size(), s.wordCount())) {
                if (request.maxSentences() > 0 && chosen.size() >= request.maxSentences()) {
                    break;
                }
                continue;
            }
            if (vectors != null && Redundancy.repeats(s, chosen, vectors)) {
                continue;
            }
            chosen.add(s);
            words += s.wordCount();
        }
        return chosen;
    }
}
