package dev.precis.summarize;

import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.report.EventDates;
import java.util.List;

/**
 * Runs a summarizer and turns its choice into a {@link Summary}: story order, attribution, then
 * "today" written as the day it names ({@link TimePhrases}).
 */
public final class SummaryBuilder {
    private SummaryBuilder() {}

    public static Summary build(Summarizer method, Corpus corpus, SummaryRequest request) {
        // The days the story's sentences tell of, found once for the order and the time phrases.
        EventDates days = EventDates.of(corpus.documents());
        List<Sentence> chosen = StoryOrder.sort(method.select(corpus, request), corpus, days);
        Attributor attributor = new Attributor(corpus, chosen);
        List<SummarySentence> attributed =
                TimePhrases.anchor(chosen.stream().map(attributor::attribute).toList(), corpus, days, request);
        return new Summary(
                method.name(),
                attributed,
                corpus.documents().stream().map(AnalyzedDocument::document).toList(),
                List.copyOf(request.seen()));
    }
}
