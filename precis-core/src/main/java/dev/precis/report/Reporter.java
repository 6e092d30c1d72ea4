package dev.precis.report;

import java.util.ArrayList;
import java.util.List;

import dev.precis.analyze.PartOfSpeech;
import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;

/**
 * Pipeline stage after summarising: builds the {@link StoryReport} of one story from its analysed
 * documents and its summary. Part-of-speech tags are computed here, once per sentence, because only
 * the report needs them.
 */
public final class Reporter {
    private final PartOfSpeech tagger = new PartOfSpeech();

    public StoryReport report(Corpus corpus, Summary summary) {
        List<TaggedSentence> tagged = new ArrayList<>();
        List<List<Sentence>> byDocument = new ArrayList<>();
        List<Sentence> all = new ArrayList<>();
        for (AnalyzedDocument d : corpus.documents()) {
            byDocument.add(d.sentences());
            for (Sentence s : d.sentences()) {
                tagged.add(new TaggedSentence(s, tagger.tag(s.tokens())));
                all.add(s);
            }
        }
        List<Entity> entities = new EntityExtractor().extract(tagged);
        List<Quote> quotes = new QuoteExtractor(entities).extract(
                byDocument.stream().filter(d -> !d.isEmpty()).toList());
        List<TimelineEntry> timeline = new TimelineBuilder().build(corpus.documents());
        List<Disagreement> disagreements = new DisagreementFinder(entities).find(all);
        return new StoryReport(summary, entities, quotes, timeline, disagreements,
                corpus.documents().stream().map(AnalyzedDocument::document).toList());
    }
}
