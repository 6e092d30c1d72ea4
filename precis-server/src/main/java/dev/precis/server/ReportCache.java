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
 * Each article's analysis, computed once as it arrives, and each story's report, computed from
 * those analyses and kept until the story grows. Part-of-speech tags (the report's costliest input)
 * are not computed on the request thread: the report that needs them computes them once per
 * sentence, most often in the service's background refresh.
 */
final class ReportCache {
    /** A report of the first {@code size} articles of one story entry, computed at {@code nanos}. */
    private record Cached(StoryIndex.Entry entry, int size, StoryService.StoryView view, long nanos) {
        boolean covers(StoryIndex.Entry current, int articles) {
            return entry == current && size >= articles;
        }
    }

    private final Precis precis;
    /**
     * Analyses kept, most recently used first; beyond, the oldest are forgotten and recomputed when
     * a report needs them again (an analysis of a news article takes about 30 KiB with its tags).
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

    /** Analyses an arriving article (outside any lock: articles are analysed in parallel). */
    void analyse(Document d) {
        analysis(d);
    }

    /** Computes an article's part-of-speech tags ahead of the report that needs them. */
    void tag(Document d) {
        analysis(d).sentences().forEach(Sentence::tags);
    }

    private AnalyzedDocument analysis(Document d) {
        AnalyzedDocument a = analyses.get(d.id());
        if (a == null) {
            a = precis.analyze(d); // outside the map's lock: articles are analysed in parallel
            analyses.put(d.id(), a);
        }
        return a;
    }

    /**
     * The report of a story entry's articles (as copied under the service's lock); one computation per
     * story runs at a time among readers, and a read that waited for another's gets its result.
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
            return compute(entry, documents);
        }
    }

    /** The kept report that covers a story entry's first {@code articles} articles; null when there is none. */
    StoryService.StoryView current(StoryIndex.Entry entry, int articles) {
        Cached cached = reports.get(entry.id);
        return cached != null && cached.covers(entry, articles) ? cached.view() : null;
    }

    /**
     * The kept report of a story entry covering fewer than its {@code articles} articles, marked
     * with how many it lacks; null when none is kept.
     */
    StoryService.StoryView older(StoryIndex.Entry entry, int articles) {
        Cached cached = reports.get(entry.id);
        if (cached == null || cached.entry != entry) {
            return null;
        }
        StoryService.StoryView v = cached.view();
        return new StoryService.StoryView(v.id(), v.title(), v.corpus(), v.report(), articles - cached.size);
    }

    /** Whether a story's kept report was computed less than {@code nanos} ago. */
    boolean computedWithin(int story, long nanos) {
        Cached cached = reports.get(story);
        return cached != null && System.nanoTime() - cached.nanos < nanos;
    }

    /**
     * Computes a story's report ahead of its readers, without holding them up: a reader that comes
     * meanwhile computes its own (the tags this computation has made are already there for it).
     */
    void refresh(StoryIndex.Entry entry, List<Document> documents) {
        Cached cached = reports.get(entry.id);
        if (cached == null || !cached.covers(entry, documents.size())) {
            compute(entry, documents);
        }
    }

    private StoryService.StoryView compute(StoryIndex.Entry entry, List<Document> documents) {
        List<AnalyzedDocument> analysed = new ArrayList<>();
        for (Document d : documents) {
            analysed.add(analysis(d).withIndex(analysed.size()));
        }
        Corpus corpus = new Corpus(analysed);
        StoryReport report = precis.report(corpus, Section.all());
        StoryService.StoryView view = new StoryService.StoryView(entry.id, report.title(), corpus, report, 0);
        // Keep the report that covers the most articles of the current entry (a slower, older computation never wins).
        reports.merge(
                entry.id,
                new Cached(entry, documents.size(), view, System.nanoTime()),
                (old, fresh) -> old.entry == fresh.entry && old.size > fresh.size ? old : fresh);
        return view;
    }

    /** Forgets the cached reports (the stories they were made for changed). */
    void forget(int story) {
        reports.remove(story);
    }

    void clear() {
        reports.clear();
    }
}
