package dev.precis.server;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.precis.Precis;
import dev.precis.group.StoryClusterer;
import dev.precis.ingest.IngestResult;
import dev.precis.model.Problem;
import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.StoryReport;

/**
 * The service's state: articles pushed in are cleaned, placed in a story by online clustering, and
 * stored before they are acknowledged; each is analysed (sentences, tokens, part-of-speech tags)
 * once, as it arrives. Stories are read back with their summary and report, computed from those
 * analyses when read and cached until the story grows, so a read is never stale. Starting on an existing store replays it,
 * so stories keep their numbers and members across restarts.
 */
public final class StoryService implements AutoCloseable {
    private final Precis precis;
    private final ArticleStore store;
    /** Guarded by this; replaced when a failed write makes memory and store disagree. */
    private StoryClusterer.Session session = newSession();
    /** Guarded by this. */
    private final Map<Integer, StoryEntry> stories = new HashMap<>();
    /** Guarded by this: article id to story. */
    private final Map<String, Integer> storyOfArticle = new HashMap<>();
    /** Guarded by this: article id to its arrival number (stories list their articles in arrival order). */
    private final Map<String, Long> arrivalOf = new HashMap<>();
    private final Map<Integer, CachedReport> reports = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    /** Each article's analysis (as document 0; re-indexed per story), computed once as it arrives. */
    private final Map<String, AnalyzedDocument> analyses = new ConcurrentHashMap<>();
    private long arrivals;

    /** One story's articles, in arrival order; its monitor serialises the story's report computation. */
    private static final class StoryEntry {
        final int id;
        final List<Document> documents = new ArrayList<>();
        long lastArrival;

        StoryEntry(int id) {
            this.id = id;
        }
    }

    /** A story as listed: no summary, just what a list shows. */
    public record StoryHeader(int id, String title, int articles, LocalDate first, LocalDate last, long lastArrival) {
    }

    /** A story with its analysed articles and its report (which includes the summary). */
    public record StoryView(int id, String title, Corpus corpus, StoryReport report) {
    }

    /** What a push did: which articles were accepted (and where they went), which were skipped and why. */
    public record Ingested(List<Accepted> accepted, List<Problem> skipped) {
    }

    /** @param duplicate true when an article with this id was already stored (nothing changed) */
    public record Accepted(String id, int story, boolean duplicate) {
    }

    /** A report of the first {@code size} articles of one story entry (a replayed store makes new entries). */
    private record CachedReport(StoryEntry entry, int size, StoryView view) {
        boolean covers(StoryEntry current, int articles) {
            return entry == current && size >= articles;
        }
    }

    public StoryService(Path storeDirectory, Precis precis) {
        this(new ArticleStore(storeDirectory), precis);
    }

    /** On a given store (tests give one that can be made to fail). */
    StoryService(ArticleStore store, Precis precis) {
        this.precis = precis;
        this.store = store;
        try {
            replayStore();
        } catch (SQLException e) {
            store.close();
            throw new IllegalStateException("cannot read the store in " + store.location() + ": " + e.getMessage(), e);
        }
        warmUp();
    }

    private static StoryClusterer.Session newSession() {
        return new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, 0).session();
    }

    /** Rebuilds the stories from what is stored (at start, and after a write that failed). */
    private synchronized void replayStore() throws SQLException {
        List<ArticleStore.Stored> stored = store.all();
        session = newSession();
        stories.clear();
        storyOfArticle.clear();
        arrivalOf.clear();
        reports.clear();
        arrivals = 0;
        for (ArticleStore.Stored s : stored) {
            session.restore(s.document(), s.story());
            remember(s.document(), s.story());
        }
    }

    /** Loads the models and compiles the hot paths now, so the first reader does not wait for them. */
    private void warmUp() {
        String text = "Mayor Lena Ortvik opened the harbour bridge in Ostravale on Tuesday, March 12, 2024.\n\n"
                + "\u201CIt took nine years,\u201D Ortvik said. About 3,000 people watched, the council said.";
        for (int i = 0; i < 3; i++) {
            precis.report(List.of(new Document("warm-up-" + i, "Bridge opens", null, null, LocalDate.of(2024, 3, 12), text, "warm-up")));
        }
    }

    /**
     * Reads a request body (JSON object or array, JSON Lines, HTML, or plain text), cleans, places
     * and stores each article. Articles already stored (same id) are acknowledged as duplicates.
     */
    public Ingested ingest(byte[] body) throws SQLException {
        String name = "post-" + System.currentTimeMillis() + "-" + requests.incrementAndGet();
        IngestResult read = precis.ingestor().ingest(name, body);
        List<Problem> problems = new ArrayList<>(read.problems());
        List<Document> cleaned = precis.clean(read.documents(), problems);
        for (Document d : cleaned) {
            // Analysed and tagged before the lock, so that reads of its story stay quick.
            analyses.computeIfAbsent(d.id(), id -> precis.analyzeForReport(0, d));
        }
        List<Accepted> accepted = new ArrayList<>();
        synchronized (this) {
            List<ArticleStore.Stored> batch = new ArrayList<>();
            List<StoryClusterer.Merge> merges = new ArrayList<>();
            Set<String> inBatch = new HashSet<>();
            List<Boolean> duplicate = new ArrayList<>();
            for (Document d : cleaned) {
                boolean known = storyOfArticle.containsKey(d.id()) || !inBatch.add(d.id());
                duplicate.add(known);
                if (!known) {
                    StoryClusterer.Placement placed = session.add(d);
                    merges.addAll(placed.merges());
                    batch.add(new ArticleStore.Stored(d, placed.story()));
                }
            }
            // Stories merged while this batch was placed: its articles and the stored ones follow them.
            batch.replaceAll(s -> new ArticleStore.Stored(s.document(), afterMerges(s.story(), merges)));
            try {
                store.add(batch, merges); // committed before anything is acknowledged
            } catch (SQLException e) {
                // The clustering has already placed (and maybe merged) what was not saved: go back to
                // what the store holds, so memory never shows an article the store lost.
                try {
                    replayStore();
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
            for (StoryClusterer.Merge m : merges) {
                moveStory(m.from(), m.into());
            }
            for (ArticleStore.Stored s : batch) {
                remember(s.document(), s.story());
            }
            for (int i = 0; i < cleaned.size(); i++) {
                String id = cleaned.get(i).id();
                accepted.add(new Accepted(id, storyOfArticle.get(id), duplicate.get(i)));
            }
        }
        return new Ingested(accepted, problems);
    }

    private static int afterMerges(int story, List<StoryClusterer.Merge> merges) {
        for (StoryClusterer.Merge m : merges) {
            if (m.from() == story) {
                story = m.into();
            }
        }
        return story;
    }

    /** Every article of one story now belongs to another (the clustering merged them). */
    private void moveStory(int from, int into) {
        StoryEntry gone = stories.remove(from);
        reports.remove(from);
        reports.remove(into);
        if (gone == null) {
            return;
        }
        StoryEntry e = stories.computeIfAbsent(into, StoryEntry::new);
        e.documents.addAll(gone.documents);
        e.documents.sort(Comparator.comparingLong(d -> arrivalOf.get(d.id()))); // as after a restart
        e.lastArrival = Math.max(e.lastArrival, gone.lastArrival);
        for (Document d : gone.documents) {
            storyOfArticle.put(d.id(), into);
        }
    }

    private void remember(Document d, int story) {
        StoryEntry e = stories.computeIfAbsent(story, StoryEntry::new);
        e.documents.add(d);
        e.lastArrival = ++arrivals;
        arrivalOf.put(d.id(), e.lastArrival);
        storyOfArticle.put(d.id(), story);
    }

    /** Stories, newest (latest article date, then latest arrival) or largest first. */
    public synchronized List<StoryHeader> stories(boolean largestFirst) {
        List<StoryHeader> out = new ArrayList<>();
        for (StoryEntry e : stories.values()) {
            List<LocalDate> dates = e.documents.stream().map(Document::published).filter(Objects::nonNull).sorted().toList();
            out.add(new StoryHeader(e.id, title(e.documents), e.documents.size(),
                    dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1), e.lastArrival));
        }
        Comparator<StoryHeader> newest = Comparator.comparing(StoryHeader::last, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(StoryHeader::lastArrival).reversed();
        out.sort(largestFirst ? Comparator.comparingInt(StoryHeader::articles).reversed().thenComparing(newest) : newest);
        return out;
    }

    /**
     * The story with its summary and report, covering every article stored when the call began;
     * null when there is no such story. Reports are cached until the story grows; one computation
     * per story runs at a time, and a read that waited for another's gets its result.
     */
    public StoryView story(int id) {
        StoryEntry entry;
        List<Document> documents;
        synchronized (this) {
            entry = stories.get(id);
            if (entry == null) {
                return null;
            }
            documents = List.copyOf(entry.documents);
        }
        CachedReport cached = reports.get(id);
        if (cached != null && cached.covers(entry, documents.size())) {
            return cached.view();
        }
        synchronized (entry) {
            cached = reports.get(id);
            if (cached != null && cached.covers(entry, documents.size())) {
                return cached.view();
            }
            List<AnalyzedDocument> analysed = new ArrayList<>();
            for (Document d : documents) {
                int index = analysed.size();
                analysed.add(analyses.computeIfAbsent(d.id(), k -> precis.analyzeForReport(0, d)).withIndex(index));
            }
            Corpus corpus = new Corpus(analysed);
            StoryView view = new StoryView(id, title(documents), corpus, precis.report(corpus));
            reports.put(id, new CachedReport(entry, documents.size(), view));
            return view;
        }
    }

    /** Stateless: the summary and report of the articles in a body, nothing stored. */
    public Precis.Report summarize(byte[] body) {
        IngestResult read = precis.ingestor().ingest("request", body);
        List<Problem> problems = new ArrayList<>(read.problems());
        Corpus corpus = precis.prepare(read.documents(), problems);
        return new Precis.Report(corpus.size() == 0 ? null : precis.report(corpus), problems);
    }

    public synchronized int articleCount() {
        return storyOfArticle.size();
    }

    public synchronized int storyCount() {
        return stories.size();
    }

    private static String title(List<Document> documents) {
        return documents.stream().map(Document::title).filter(t -> t != null && !t.isBlank()).findFirst()
                .orElse(documents.isEmpty() ? "" : documents.get(0).label());
    }

    @Override
    public void close() {
        store.close();
    }
}
