package dev.precis.server;

import dev.precis.Precis;
import dev.precis.group.StoryClusterer;
import dev.precis.ingest.IngestResult;
import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.Problem;
import dev.precis.model.Section;
import dev.precis.model.StoryReport;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service's state: articles pushed in are cleaned, placed in a story ({@link StoryIndex}) and
 * stored ({@link ArticleStore}) before they are acknowledged; concurrent requests' articles are
 * stored with one commit (group commit), since a commit costs more than placing an article.
 * Reports come from the {@link ReportCache}: {@link #story} always covers every stored article;
 * {@link #latest}, the HTTP read, does when that report is kept or ready within
 * {@link #READ_WAIT_MILLIS}, and otherwise answers with the report kept and says how many articles
 * it lacks, while the newer one is computed off the request thread (a full report of a large
 * story takes longer than a reader should wait). One background thread tags each new article's
 * sentences, computes the reports readers asked for, and, with nothing else to do, recomputes the
 * reports of stories that grew (each at most once a second), so that a reader most often finds
 * the work done; while articles arrive its report computations are paced to a quarter of its
 * time, so that readers cannot take the CPU from the writers. Its queue is bounded: work it drops
 * is only done later, by a reader.
 * Starting on an existing store replays it, so stories keep their numbers and members across
 * restarts.
 */
public final class StoryService implements AutoCloseable {
    private final Precis precis;
    private final ArticleStore store;
    /** Guarded by this. */
    private final StoryIndex index = new StoryIndex();

    private final ReportCache reports;
    /** Placed writes waiting to be stored, in placement order. Guarded by this. */
    private final List<Write> writes = new ArrayList<>();
    /** Held while a group of writes is stored: one commit at a time. */
    private final Object storing = new Object();

    private final AtomicLong requests = new AtomicLong();
    /** Stories that grew since their report was last computed. Guarded by itself. */
    private final Set<Integer> grown = new LinkedHashSet<>();
    /** Background tasks waiting at most; beyond, new articles' pre-work is dropped (a reader does it). */
    static final int BACKGROUND_QUEUE = 10_000;

    private final ThreadPoolExecutor background = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(BACKGROUND_QUEUE),
            r -> {
                Thread t = new Thread(r, "story-background");
                t.setDaemon(true);
                return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
    /** How long a read waits for a newer report being computed before it takes the one kept. */
    static final long READ_WAIT_MILLIS = 25;
    /** A growing story's report is recomputed ahead of readers at most this often (readers ask sooner). */
    static final long AHEAD_INTERVAL_NANOS = 1_000_000_000L;
    /**
     * While articles arrive, recomputing reports takes at most this share of the background
     * thread's time: a full report of a large story costs as much as ingesting dozens of articles,
     * and readers, who always get the kept report at once (with how many articles it lacks), must
     * not take the CPU from the writers. Without arrivals the thread works without pause.
     */
    static final double REPORT_SHARE_WHILE_INGESTING = 0.25;
    /** Arrivals this recent make the service "ingesting" for {@link #REPORT_SHARE_WHILE_INGESTING}. */
    static final long INGESTING_NANOS = 1_000_000_000L;
    /** The longest pause between two report computations. */
    static final long MAX_PAUSE_NANOS = 2_000_000_000L;
    /** When the last article was acknowledged (System.nanoTime()). */
    private volatile long lastArrivalNanos = System.nanoTime() - INGESTING_NANOS;
    /** The background thread's next report computation starts no earlier (written by that thread only). */
    private volatile long nextReportNanos;
    /** Reports readers asked for that are queued and not started, by story: a later reader joins one. */
    private final java.util.concurrent.ConcurrentMap<Integer, java.util.concurrent.CompletableFuture<Void>> asked =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A story with its analysed articles and its report (which includes the summary).
     *
     * @param pending articles of the story stored after this report was computed (0: it covers them all)
     */
    public record StoryView(int id, String title, Corpus corpus, StoryReport report, int pending) {}

    /** What a push did: which articles were accepted (and where they went), which were skipped and why. */
    public record Ingested(List<Accepted> accepted, List<Problem> skipped) {}

    /** @param duplicate true when an article with this id was already stored (nothing changed) */
    public record Accepted(String id, int story, boolean duplicate) {}

    public StoryService(Path storeDirectory, Precis precis) {
        this(new ArticleStore(storeDirectory), precis);
    }

    /** On a given store (tests give one that can be made to fail). */
    StoryService(ArticleStore store, Precis precis) {
        this.precis = precis;
        this.store = store;
        this.reports = new ReportCache(precis);
        try {
            replayStore();
        } catch (SQLException e) {
            store.close();
            throw new IllegalStateException("cannot read the store in " + store.location() + ": " + e.getMessage(), e);
        }
        warmUp();
    }

    /** Rebuilds the stories from what is stored (at start, and after a write that failed). */
    private synchronized void replayStore() throws SQLException {
        index.replay(store.all());
        reports.clear();
    }

    /** Loads the models and compiles the hot paths now, so the first reader does not wait for them. */
    private void warmUp() {
        String text = "Mayor Lena Ortvik opened the harbour bridge in Ostravale on Tuesday, March 12, 2024.\n\n"
                + "\u201CIt took nine years,\u201D Ortvik said. About 3,000 people watched, the council said.";
        for (int i = 0; i < 3; i++) {
            precis.report(
                    List.of(new Document(
                            "warm-up-" + i, "Bridge opens", null, null, LocalDate.of(2024, 3, 12), text, "warm-up")),
                    Section.all());
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
        cleaned.forEach(reports::analyse);
        // Grouping words are counted here, in parallel across requests; placing itself is serialised.
        List<StoryClusterer.Terms> terms =
                cleaned.stream().map(StoryClusterer::terms).toList();
        Map<String, String> serialized = ArticleStore.serialized(cleaned); // likewise, outside the store's lock
        Write write;
        synchronized (this) {
            write = new Write(index.place(cleaned, terms, java.time.Instant.now()), serialized);
            writes.add(write);
        }
        flush(write); // committed before anything is acknowledged
        List<Accepted> accepted = write.accepted;
        List<Document> fresh = new ArrayList<>();
        for (int i = 0; i < cleaned.size(); i++) {
            if (!accepted.get(i).duplicate()) {
                fresh.add(cleaned.get(i));
                synchronized (grown) {
                    grown.add(accepted.get(i).story());
                }
            }
        }
        if (!fresh.isEmpty()) {
            lastArrivalNanos = System.nanoTime();
            try {
                background.execute(() -> prepare(fresh));
            } catch (java.util.concurrent.RejectedExecutionException full) {
                // Only work ahead of readers is dropped: a report tags what it needs itself.
            }
        }
        return new Ingested(accepted, problems);
    }

    /** A request's placed articles waiting to be stored, and, once stored, where they went. */
    private static final class Write {
        final StoryIndex.Placed placed;
        /** The request's articles as the store keeps them, by id. */
        final Map<String, String> serialized;

        List<Accepted> accepted;
        SQLException failure;

        Write(StoryIndex.Placed placed, Map<String, String> serialized) {
            this.placed = placed;
            this.serialized = serialized;
        }
    }

    /**
     * Stores the writes waiting, in the order they were placed, with one commit (group commit:
     * while one request commits, the others' writes queue and the next to get here stores them
     * all). Returns when {@code mine} is stored; throws if storing it failed. Memory follows the
     * store: stored writes join their stories; when a commit fails, every placed write not stored
     * fails too and the stories go back to what the store holds.
     */
    private void flush(Write mine) throws SQLException {
        synchronized (storing) {
            if (mine.accepted != null || mine.failure != null) {
                if (mine.failure != null) {
                    throw mine.failure;
                }
                return;
            }
            List<Write> group;
            synchronized (this) {
                group = new ArrayList<>(writes);
                writes.clear();
            }
            try {
                // Each placed article in its own request's form (a duplicate id in a later request is not placed).
                Map<String, String> serialized = new HashMap<>();
                for (Write w : group) {
                    for (ArticleStore.Stored placed : w.placed.batch()) {
                        serialized.put(
                                placed.document().id(),
                                w.serialized.get(placed.document().id()));
                    }
                }
                store.add(group.stream().map(w -> w.placed).toList(), serialized);
            } catch (SQLException e) {
                synchronized (this) {
                    // Placed on top of what was not saved: fail them too, and go back to what the store holds.
                    group.addAll(writes);
                    writes.clear();
                    group.forEach(w -> w.failure = e);
                    try {
                        replayStore();
                    } catch (SQLException again) {
                        e.addSuppressed(again);
                    }
                }
                throw e;
            }
            synchronized (this) {
                for (Write w : group) {
                    for (StoryClusterer.Merge m : w.placed.merges()) {
                        reports.forget(m.from());
                    }
                    index.commit(w.placed);
                    List<Accepted> accepted = new ArrayList<>();
                    for (int i = 0; i < w.placed.duplicate().size(); i++) {
                        String id = w.placed.ids().get(i);
                        accepted.add(new Accepted(
                                id, index.storyOf(id), w.placed.duplicate().get(i)));
                    }
                    w.accepted = accepted;
                }
            }
        }
    }

    /**
     * Background: tags new articles, then, with nothing else queued, brings grown stories' reports up
     * to date, each at most once per {@link #AHEAD_INTERVAL_NANOS} (a story that grows all the time
     * would otherwise take the thread from the readers and the writers).
     */
    private void prepare(List<Document> fresh) {
        try {
            fresh.forEach(reports::tag);
            while (background.getQueue().isEmpty()) {
                Integer story = null;
                synchronized (grown) {
                    for (var it = grown.iterator(); it.hasNext(); ) {
                        Integer candidate = it.next();
                        if (!reports.computedWithin(candidate, AHEAD_INTERVAL_NANOS)) {
                            story = candidate;
                            it.remove();
                            break;
                        }
                    }
                }
                if (story == null) {
                    return; // the rest were refreshed recently: the next article's task looks again
                }
                refresh(story);
            }
        } catch (RuntimeException e) {
            // Only work done ahead of readers is lost: a reader computes the report, and reports any failure.
        }
    }

    /** Stories, newest (latest article date, then latest arrival) or largest first. */
    public synchronized List<StoryIndex.Header> stories(boolean largestFirst) {
        return index.headers(largestFirst, null);
    }

    /** The stories that received articles after {@code since}, each with their number. */
    public synchronized List<StoryIndex.Header> stories(boolean largestFirst, java.time.Instant since) {
        return index.headers(largestFirst, since);
    }

    /**
     * What a reader who last looked at {@code since} has not seen: the summary of the articles
     * received after it, given the earlier ones (null when none came), and how many came.
     */
    public record Update(java.time.Instant since, int newArticles, dev.precis.model.Summary summary) {}

    /** The update of a story's view for a reader who last looked at {@code since}. */
    public Update update(StoryView view, java.time.Instant since) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        var documents = view.corpus().documents();
        synchronized (this) {
            for (int i = 0; i < documents.size(); i++) {
                if (!index.received(documents.get(i).document().id()).isAfter(since)) {
                    seen.add(i);
                }
            }
        }
        int fresh = documents.size() - seen.size();
        return new Update(since, fresh, fresh == 0 ? null : precis.summarize(view.corpus(), seen));
    }

    /** The story with its report, covering every article stored when the call began; null when there is no such story. */
    public StoryView story(int id) {
        Snapshot s = snapshot(id);
        return s == null ? null : reports.view(s.entry(), s.documents());
    }

    /**
     * The story with its newest report, for a reader who should not wait on a story that keeps
     * growing: the one covering every stored article when it is kept or computed within
     * {@link #READ_WAIT_MILLIS} (off this thread); else the one kept, whose {@code pending} says
     * how many articles it lacks, while the newer one is computed for the next reader. A story with
     * no report kept yet is computed here. Null when there is no such story.
     */
    public StoryView latest(int id) {
        Snapshot s = snapshot(id);
        if (s == null) {
            return null;
        }
        StoryView view = reports.current(s.entry(), s.documents().size());
        if (view != null) {
            return view;
        }
        StoryView older = reports.older(s.entry(), s.documents().size());
        if (older == null) {
            return reports.view(s.entry(), s.documents());
        }
        java.util.concurrent.CompletableFuture<Void> newer = refreshSoon(id);
        if (newer == null) {
            return older; // the background queue is full: the next reader asks again
        }
        if (pausedFor() > TimeUnit.MILLISECONDS.toNanos(READ_WAIT_MILLIS)) {
            return older; // the background is pacing its reports while articles arrive: no use waiting
        }
        try {
            newer.get(READ_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            // not ready (or failed: the next reader asks again): the kept one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        view = reports.current(s.entry(), s.documents().size());
        return view != null ? view : older;
    }

    /**
     * Asks the background thread for a story's report (one queued request per story: a request
     * not yet started will see every article stored by then); null when its queue is full.
     */
    private java.util.concurrent.CompletableFuture<Void> refreshSoon(int id) {
        java.util.concurrent.CompletableFuture<Void> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Void> queued = asked.putIfAbsent(id, mine);
        if (queued != null) {
            return queued;
        }
        try {
            background.execute(() -> {
                asked.remove(id, mine);
                try {
                    refresh(id);
                } catch (RuntimeException e) {
                    // the reader who waits reports nothing; the next one computes and reports any failure
                } finally {
                    mine.complete(null);
                }
            });
            return mine;
        } catch (java.util.concurrent.RejectedExecutionException full) {
            asked.remove(id, mine);
            return null;
        }
    }

    /** How long the background's next report computation waits (0: none; only while articles arrive). */
    private long pausedFor() {
        long now = System.nanoTime();
        return now - lastArrivalNanos < INGESTING_NANOS ? Math.max(0, nextReportNanos - now) : 0;
    }

    /** Background thread: brings a story's report up to date, paced while articles arrive. */
    private void refresh(int id) {
        Snapshot before = snapshot(id);
        if (before == null || reports.current(before.entry(), before.documents().size()) != null) {
            return; // merged away, or its report is up to date: nothing to compute, nothing to pace
        }
        long wait = pausedFor();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(wait, MAX_PAUSE_NANOS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        long start = System.nanoTime();
        Snapshot s = snapshot(id);
        if (s != null) { // null: merged into another story meanwhile
            reports.refresh(s.entry(), s.documents());
        }
        long end = System.nanoTime();
        nextReportNanos = end + (long) ((end - start) * (1 / REPORT_SHARE_WHILE_INGESTING - 1));
    }

    /** A story entry and its articles as they are now, copied under the lock; null when there is no such story. */
    private record Snapshot(StoryIndex.Entry entry, List<Document> documents) {}

    private synchronized Snapshot snapshot(int id) {
        StoryIndex.Entry entry = index.story(id);
        return entry == null ? null : new Snapshot(entry, List.copyOf(entry.documents));
    }

    /** Stateless: the summary of the articles in a body, nothing stored. */
    public Precis.Report summarize(byte[] body) {
        return precis.report(precis.ingestor().ingest("request", body), Section.summaryOnly());
    }

    public synchronized int articleCount() {
        return index.articleCount();
    }

    public synchronized int storyCount() {
        return index.storyCount();
    }

    @Override
    public void close() {
        background.shutdownNow();
        store.close();
    }
}
