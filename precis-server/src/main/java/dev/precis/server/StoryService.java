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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service's state: articles pushed in are cleaned, placed in a story ({@link StoryIndex}) and
 * stored ({@link ArticleStore}) before they are acknowledged; reports come from the
 * {@link ReportCache}, so a read is never stale. Off the request threads, one background thread
 * tags each new article's sentences (the report's costliest input) and, when it has nothing else
 * to do, recomputes the reports of stories that grew, so that a reader most often finds the work
 * done. It never recomputes a story per article under load (that cost grows with the square of a
 * story's size), and its queue is bounded: work it drops is only done later, by a reader.
 * Starting on an existing store replays it, so stories keep their numbers and members across
 * restarts.
 */
public final class StoryService implements AutoCloseable {
    private final Precis precis;
    private final ArticleStore store;
    /** Guarded by this. */
    private final StoryIndex index = new StoryIndex();

    private final ReportCache reports;
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
            new ThreadPoolExecutor.DiscardPolicy());

    /** A story with its analysed articles and its report (which includes the summary). */
    public record StoryView(int id, String title, Corpus corpus, StoryReport report) {}

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
        List<Accepted> accepted = new ArrayList<>();
        synchronized (this) {
            StoryIndex.Placed placed = index.place(cleaned, java.time.Instant.now());
            try {
                store.add(placed.batch(), placed.merges()); // committed before anything is acknowledged
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
            for (StoryClusterer.Merge m : placed.merges()) {
                reports.forget(m.from());
                reports.forget(m.into());
            }
            index.commit(placed);
            for (int i = 0; i < cleaned.size(); i++) {
                String id = cleaned.get(i).id();
                accepted.add(
                        new Accepted(id, index.storyOf(id), placed.duplicate().get(i)));
            }
        }
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
            background.execute(() -> prepare(fresh));
        }
        return new Ingested(accepted, problems);
    }

    /** Background: tags new articles, then, with nothing else queued, brings grown stories' reports up to date. */
    private void prepare(List<Document> fresh) {
        try {
            fresh.forEach(reports::tag);
            while (background.getQueue().isEmpty()) {
                Integer story;
                synchronized (grown) {
                    var it = grown.iterator();
                    if (!it.hasNext()) {
                        return;
                    }
                    story = it.next();
                    it.remove();
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

    private void refresh(int id) {
        Snapshot s = snapshot(id);
        if (s != null) { // null: merged into another story meanwhile
            reports.refresh(s.entry(), s.documents());
        }
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
