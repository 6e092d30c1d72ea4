package dev.precis.server;

import dev.precis.Precis;
import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.Section;
import dev.precis.model.Sentence;
import dev.precis.model.StoryReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each article's analysis, computed once as it arrives (part-of-speech tags included, so that a read
 * does not wait for them), and each story's report, computed from those analyses when read and kept
 * until the story grows.
 */
final class ReportCache {
    /** A report of the first {@code size} articles of one story entry. */
    private record Cached(StoryIndex.Entry entry, int size, StoryService.StoryView view) {
        boolean covers(StoryIndex.Entry current, int articles) {
            return entry == current && size >= articles;
        }
    }

    private final Precis precis;
    /**
     * Analyses kept, most recently used first; beyond, the oldest are forgotten and recomputed when
     * a report needs them again (an analysis with its tags takes about 100 KiB).
     */
    static final int MAX_ANALYSES = 4_000;

    private final Map<String, AnalyzedDocument> analyses =
            Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, AnalyzedDocument> eldest) {
                    return size() > MAX_ANALYSES;
                }
            });
    /** Reports kept (the stories read most recently); an evicted one is recomputed on its next read. */
    static final int MAX_REPORTS = 500;

    private final Map<Integer, Cached> reports = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Cached> eldest) {
            return size() > MAX_REPORTS;
        }
    });

    ReportCache(Precis precis) {
        this.precis = precis;
    }

    /** Analyses and tags an arriving article (outside any lock: it is the slow part of an ingest). */
    void analyse(Document d) {
        analysis(d);
    }

    private AnalyzedDocument analysis(Document d) {
        AnalyzedDocument a = analyses.get(d.id());
        if (a == null) {
            a = precis.analyze(d); // outside the map's lock: articles are analysed in parallel
            a.sentences().forEach(Sentence::tags);
            analyses.put(d.id(), a);
        }
        return a;
    }

    /**
     * The report of a story entry's articles (as copied under the service's lock); one computation per
     * story runs at a time, and a read that waited for another's gets its result.
     */
    StoryService.StoryView view(StoryIndex.Entry entry, List<Document> documents) {
        Cached cached = reports.get(entry.id);
        if (cached != null && cached.covers(entry, documents.size())) {
            return cached.view();
        }
        synchronized (entry) {
            cached = reports.get(entry.id);
            if (cached != null && cached.covers(entry, documents.size())) {
                return cached.view();
            }
            List<AnalyzedDocument> analysed = new ArrayList<>();
            for (Document d : documents) {
                analysed.add(analysis(d).withIndex(analysed.size()));
            }
            Corpus corpus = new Corpus(analysed);
            StoryReport report = precis.report(corpus, Section.all());
            StoryService.StoryView view = new StoryService.StoryView(entry.id, report.title(), corpus, report);
            reports.put(entry.id, new Cached(entry, documents.size(), view));
            return view;
        }
    }

    /** Forgets the cached reports (the stories they were made for changed). */
    void forget(int story) {
        reports.remove(story);
    }

    void clear() {
        reports.clear();
    }
}
