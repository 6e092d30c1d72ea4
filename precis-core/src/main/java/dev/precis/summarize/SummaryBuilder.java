package dev.precis.summarize;

import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.report.EventDates;
import java.util.List;

/**
 * Runs a summarizer and turns its choice into a {@link Summary}: attribution (which also names
 * the sentence most sources state, to lead), story order, then "today" written as the day it names
 * ({@link TimePhrases}).
 */
public final class SummaryBuilder {
    private SummaryBuilder() {}

    public static Summary build(Summarizer method, Corpus corpus, SummaryRequest request) {
        // The days the story's sentences tell of, found once for the order and the time phrases.
        EventDates days = EventDates.of(corpus.documents());
        List<Sentence> selected = method.select(corpus, request);
        Attributor attributor = new Attributor(corpus, selected);
        java.util.Map<Sentence, SummarySentence> sourced = new java.util.IdentityHashMap<>();
        selected.forEach(s -> sourced.put(s, attributor.attribute(s)));
        List<Sentence> chosen = StoryOrder.sort(
                selected,
                corpus,
                days,
                consensus(selected.stream().map(sourced::get).toList(), corpus));
        List<SummarySentence> attributed =
                TimePhrases.anchor(chosen.stream().map(sourced::get).toList(), corpus, days, request);
        return new Summary(
                method.name(),
                attributed,
                corpus.documents().stream().map(AnalyzedDocument::document).toList(),
                List.copyOf(request.seen()));
    }

    /**
     * The chosen sentence that at least half of the story's articles state (its own and those
     * corroborating it), the most of them, the summarizer's earlier choice on a tie; null when none
     * does. "EgyptAir Flight 990 crashed ..., killing 217 people on board" (23 of D0617H's 25
     * articles) is the story's main event.
     */
    static Sentence consensus(List<SummarySentence> selected, Corpus corpus) {
        Sentence best = null;
        int most = 0;
        for (SummarySentence s : selected) {
            int stating = 1 + s.corroborating().size();
            if (stating * 2 >= corpus.size() && stating >= 3 && stating > most) {
                best = s.sentence();
                most = stating;
            }
        }
        return best;
    }
}
