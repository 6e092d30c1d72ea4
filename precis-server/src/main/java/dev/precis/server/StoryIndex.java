package dev.precis.server;

import dev.precis.group.StoryClusterer;
import dev.precis.model.Document;
import dev.precis.model.StoryReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which story each stored article belongs to, in memory: the online clustering session, each
 * story's articles in arrival order, and the merges the clustering makes. Rebuilt from the store
 * by {@link #replay}. Not thread-safe: the service guards it.
 */
final class StoryIndex {
    /** One story's articles, in arrival order; identity matters: a replay makes new entries. */
    static final class Entry {
        final int id;
        final List<Document> documents = new ArrayList<>();
        long lastArrival;
        java.time.Instant lastReceived = java.time.Instant.EPOCH;
        /** What a list shows, computed for the first {@code listedSize} articles (a story only grows). */
        private String title;

        private LocalDate first;
        private LocalDate last;
        private int listedSize = -1;
        /** How many articles the story had when its title was chosen. */
        private int titledSize = -1;

        /** Articles joined out of arrival order (a merge): what a list shows is computed afresh. */
        private void forgetListing() {
            listedSize = -1;
            titledSize = -1;
            first = null;
            last = null;
        }

        Entry(int id) {
            this.id = id;
        }

        /**
         * Brings the title and date span up to date: once per change, not once per list request.
         * The title (the most central headline, a pass over all of them) is chosen again when the
         * story has grown by a tenth since it was chosen: a story of hundreds of articles is
         * listed after each arrival, under the service's lock, and one more headline hardly moves
         * its centre.
         */
        private void list() {
            int size = documents.size();
            if (listedSize == size) {
                return;
            }
            if (titledSize < 0 || size > titledSize + titledSize / 10) {
                title = StoryReport.titleOf(documents);
                titledSize = size;
            }
            for (Document d : documents.subList(Math.max(0, Math.min(listedSize, size)), size)) {
                LocalDate p = d.published();
                if (p != null) {
                    first = first == null || p.isBefore(first) ? p : first;
                    last = last == null || p.isAfter(last) ? p : last;
                }
            }
            listedSize = size;
        }
    }

    /**
     * A story as listed: no summary, just what a list shows.
     *
     * @param newArticles articles received after the instant the list was asked for (all without one)
     * @param lastReceived when its latest article was received
     */
    record Header(
            int id,
            String title,
            int articles,
            LocalDate first,
            LocalDate last,
            long lastArrival,
            int newArticles,
            java.time.Instant lastReceived) {}

    /**
     * Where a batch of new articles goes (merges applied), before it is stored.
     *
     * @param ids       every article of the request, in order
     * @param duplicate for each of them, whether it was already known (and so placed nowhere)
     */
    record Placed(
            List<ArticleStore.Stored> batch,
            List<StoryClusterer.Merge> merges,
            List<String> ids,
            List<Boolean> duplicate) {}

    private StoryClusterer.Session session = newSession();
    private final Map<Integer, Entry> stories = new HashMap<>();
    private final Map<String, Integer> storyOfArticle = new HashMap<>();
    private final Map<String, Long> arrivalOf = new HashMap<>();
    private final Map<String, java.time.Instant> receivedOf = new HashMap<>();
    /** Articles placed and not yet stored: a second copy meanwhile is a duplicate too. */
    private final Set<String> placing = new HashSet<>();

    private long arrivals;

    private static StoryClusterer.Session newSession() {
        return new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, 0).session();
    }

    /** Forgets everything and puts back what the store holds, in stored order. */
    void replay(List<ArticleStore.Stored> stored) {
        session = newSession();
        stories.clear();
        storyOfArticle.clear();
        arrivalOf.clear();
        receivedOf.clear();
        placing.clear();
        arrivals = 0;
        for (ArticleStore.Stored s : stored) {
            session.restore(s.document(), s.story());
            remember(s.document(), s.story(), s.received());
        }
    }

    /**
     * Places cleaned articles in stories (an id already known, or repeated in the batch, is a
     * duplicate and placed nowhere, as is one placed by an earlier request not yet stored). The
     * clustering changes at once; {@link #commit} records the batch once it is stored, and a
     * {@link #replay} undoes it if storing failed.
     */
    Placed place(List<Document> cleaned, java.time.Instant received) {
        return place(cleaned, cleaned.stream().map(StoryClusterer::terms).toList(), received);
    }

    /** As {@link #place(List, java.time.Instant)}, with each article's grouping terms computed beforehand. */
    Placed place(List<Document> cleaned, List<StoryClusterer.Terms> terms, java.time.Instant received) {
        List<ArticleStore.Stored> batch = new ArrayList<>();
        List<StoryClusterer.Merge> merges = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        List<Boolean> duplicate = new ArrayList<>();
        for (int i = 0; i < cleaned.size(); i++) {
            Document d = cleaned.get(i);
            boolean known = storyOfArticle.containsKey(d.id()) || placing.contains(d.id()) || !inBatch.add(d.id());
            duplicate.add(known);
            if (!known) {
                StoryClusterer.Placement placed = session.add(d, terms.get(i));
                merges.addAll(placed.merges());
                batch.add(new ArticleStore.Stored(d, placed.story(), received));
            }
        }
        placing.addAll(inBatch);
        // Stories merged while this batch was placed: its articles and the stored ones follow them.
        batch.replaceAll(s -> new ArticleStore.Stored(s.document(), afterMerges(s.story(), merges), s.received()));
        return new Placed(batch, merges, cleaned.stream().map(Document::id).toList(), duplicate);
    }

    /** Records a stored batch: merged stories move, new articles join their stories. */
    void commit(Placed placed) {
        for (StoryClusterer.Merge m : placed.merges()) {
            moveStory(m.from(), m.into());
        }
        for (ArticleStore.Stored s : placed.batch()) {
            remember(s.document(), s.story(), s.received());
            placing.remove(s.document().id());
        }
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
        Entry gone = stories.remove(from);
        if (gone == null) {
            return;
        }
        Entry e = stories.computeIfAbsent(into, Entry::new);
        e.documents.addAll(gone.documents);
        e.documents.sort(Comparator.comparingLong(d -> arrivalOf.get(d.id()))); // as after a restart
        e.forgetListing();
        e.lastArrival = Math.max(e.lastArrival, gone.lastArrival);
        e.lastReceived = later(e.lastReceived, gone.lastReceived);
        for (Document d : gone.documents) {
            storyOfArticle.put(d.id(), into);
        }
    }

    private void remember(Document d, int story, java.time.Instant received) {
        Entry e = stories.computeIfAbsent(story, Entry::new);
        e.documents.add(d);
        receivedOf.put(d.id(), received);
        e.lastReceived = later(e.lastReceived, received);
        e.lastArrival = ++arrivals;
        arrivalOf.put(d.id(), e.lastArrival);
        storyOfArticle.put(d.id(), story);
    }

    private static java.time.Instant later(java.time.Instant a, java.time.Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    Integer storyOf(String articleId) {
        return storyOfArticle.get(articleId);
    }

    Entry story(int id) {
        return stories.get(id);
    }

    /** Stories, newest (latest article date, then latest arrival) or largest first. */
    /** When an article was received (the epoch when the store did not keep it). */
    java.time.Instant received(String articleId) {
        return receivedOf.getOrDefault(articleId, java.time.Instant.EPOCH);
    }

    /**
     * Stories, newest or largest first; with {@code since}, only those that received articles after
     * it, each with their number.
     */
    List<Header> headers(boolean largestFirst, java.time.Instant since) {
        List<Header> out = new ArrayList<>();
        for (Entry e : stories.values()) {
            int fresh = e.documents.size();
            if (since != null) {
                if (!e.lastReceived.isAfter(since)) {
                    continue;
                }
                fresh = 0;
                for (Document d : e.documents) {
                    if (received(d.id()).isAfter(since)) {
                        fresh++;
                    }
                }
            }
            e.list();
            out.add(new Header(
                    e.id, e.title, e.documents.size(), e.first, e.last, e.lastArrival, fresh, e.lastReceived));
        }
        Comparator<Header> newest = Comparator.comparing(Header::last, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(Header::lastArrival)
                .reversed();
        out.sort(
                largestFirst
                        ? Comparator.comparingInt(Header::articles).reversed().thenComparing(newest)
                        : newest);
        return out;
    }

    int articleCount() {
        return storyOfArticle.size();
    }

    int storyCount() {
        return stories.size();
    }
}
