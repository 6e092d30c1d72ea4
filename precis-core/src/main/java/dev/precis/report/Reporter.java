package dev.precis.report;

import dev.precis.model.StoryReport;
import dev.precis.model.Entity;
import dev.precis.model.Quote;
import dev.precis.model.TimelineEntry;
import dev.precis.model.Disagreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Sentences whose tags are kept: a service reports on growing stories, mostly the same sentences again. */
    private static final int TAG_CACHE_SENTENCES = 200_000;

    private final PartOfSpeech tagger = new PartOfSpeech();
    private final Map<List<String>, List<String>> tagCache = new ConcurrentHashMap<>();

    /** Tags a document's sentences now (a service does it as articles arrive, so reports are quick). */
    public void pretag(AnalyzedDocument document) {
        for (Sentence s : document.sentences()) {
            tagCache.computeIfAbsent(s.tokens(), tagger::tag);
        }
    }

    public StoryReport report(Corpus corpus, Summary summary) {
        List<List<Sentence>> byDocument = new ArrayList<>();
        List<Sentence> all = new ArrayList<>();
        for (AnalyzedDocument d : corpus.documents()) {
            byDocument.add(d.sentences());
            all.addAll(d.sentences());
        }
        if (tagCache.size() > TAG_CACHE_SENTENCES) {
            tagCache.clear();
        }
        // Tagging is most of the report's cost: in parallel, and once per distinct sentence.
        List<TaggedSentence> tagged = all.parallelStream()
                .map(s -> new TaggedSentence(s, tagCache.computeIfAbsent(s.tokens(), tagger::tag)))
                .toList();
        List<Entity> entities = new EntityExtractor().extract(tagged);
        List<Quote> quotes = new QuoteExtractor(entities).extract(
                byDocument.stream().filter(d -> !d.isEmpty()).toList());
        List<TimelineEntry> timeline = new TimelineBuilder().build(corpus.documents());
        List<Disagreement> disagreements = new DisagreementFinder(entities).find(all);
        return new StoryReport(summary, entities, quotes, timeline, disagreements,
                corpus.documents().stream().map(AnalyzedDocument::document).toList());
    }
}
