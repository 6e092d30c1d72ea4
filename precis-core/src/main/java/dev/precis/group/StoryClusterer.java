package dev.precis.group;


import dev.precis.model.Document;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles into stories by their words. Online: articles arrive in date order; each joins
 * the open story whose centroid (the sum of its articles' normalised tf-idf vectors) is most
 * similar, if similar enough, or starts a new one; a story closes when no article joined it
 * within the time window. A story that began before its neighbour had grown enough to take its
 * articles is not kept apart for ever: when a story grows, a small neighbour merges into it once
 * every one of the neighbour's articles would now join it (the join rule, applied late). Candidate
 * stories come from an inverted index over each story's salient terms, so an article is compared
 * with the few stories that share its words, not with all of them. Batch: the same pass with
 * document frequencies from the whole collection, then articles are moved to their most similar
 * story until nothing moves (k-means style).
 */
public final class StoryClusterer {
    /**
     * Cosine to a story's centroid needed to join it; set on the DUC 2006 collection as a whole
     * (B-cubed F1 batch/online with 60-term vectors and small stories merging: 0.12 gives
     * 0.931/0.854, 0.13 0.925/0.851, 0.14 0.914/0.911, 0.15 0.920/0.896, 0.16 0.918/0.899; online
     * below 0.14 loses precision as unrelated stories join early).
     */
    public static final double DEFAULT_THRESHOLD = 0.14;
    /**
     * Terms of each article indexed to find candidate stories. Enough that an article shares some
     * with its story even when its most distinctive words are its own (12 split the seeds).
     */
    private static final int SALIENT_TERMS = 25;
    private static final int REFINEMENT_ROUNDS = 3;
    /**
     * Largest story that may merge into a growing neighbour. Checking a story costs one comparison
     * per article, on every arrival next to it, so only small ones are checked; on DUC 2006 stories
     * of 3, 10 or any size give the same grouping (online B-cubed F1 0.872 without merging, 0.905
     * for single articles only, 0.911 from 3 up).
     */
    private static final int MERGEABLE_SIZE = 10;
    /** Terms kept per article vector (before merging: 30: F1 0.799 batch; 60: 0.912; 100: 0.898; all: 0.861). */
    static final int VECTOR_TERMS = 60;

    private final double threshold;
    private final int windowDays;

    /**
     * @param threshold  minimum cosine similarity to join a story
     * @param windowDays days without a new article after which a story closes (0: never)
     */
    public StoryClusterer(double threshold, int windowDays) {
        this.threshold = threshold;
        this.windowDays = windowDays;
    }

    /** Story number of each document (same order as the input), batch mode. */
    public int[] batch(List<Document> documents) {
        List<Map<String, Integer>> bags = bags(documents);
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Integer> bag : bags) {
            bag.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = documents.size();
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        for (Map<String, Integer> bag : bags) {
            vectors.add(tfidf(bag, df, n));
        }
        State state = new State();
        for (int i : dateOrder(documents)) {
            state.assign(i, vectors.get(i), documents.get(i).published());
        }
        for (int round = 0; round < REFINEMENT_ROUNDS && state.refine(vectors); round++) {
            // each round moves articles to their most similar story; stop when none moves
        }
        return state.labels(n);
    }

    /**
     * Story number of each document, online mode: each article sees only those before it (an
     * article's story may later merge into another, as in a {@link Session}).
     */
    public int[] online(List<Document> documents) {
        List<Map<String, Integer>> bags = bags(documents);
        Map<String, Integer> df = new HashMap<>();
        State state = new State();
        int seen = 0;
        for (int i : dateOrder(documents)) {
            bags.get(i).keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            seen++;
            state.assign(i, tfidf(bags.get(i), df, seen), documents.get(i).published());
        }
        return state.labels(documents.size());
    }

    /** A clustering that articles join one at a time as they arrive (a service's stream). */
    public Session session() {
        return new Session();
    }

    /**
     * Where an arriving article went, and the stories its arrival merged into others (story number
     * to the number of the story that took its articles, in the order they happened).
     */
    public record Placement(int story, List<Merge> merges) {
    }

    /** Every article of story {@code from} now belongs to story {@code into}; {@code from} is empty. */
    public record Merge(int from, int into) {
    }

    /**
     * Online clustering of a stream: each article joins the open story most like it, or starts one,
     * seeing only the articles before it; its arrival may merge a small neighbour into its story.
     * Stories are numbered from 0 in order of creation; a merged story's number is not reused. Not
     * thread-safe: callers add one article at a time.
     */
    public final class Session {
        private final State state = new State();
        private final Map<String, Integer> df = new HashMap<>();
        private final TermBag terms = new TermBag();
        private int seen;

        /** Places a new article. */
        public Placement add(Document document) {
            state.merges.clear();
            int story = place(document, -1);
            return new Placement(story, List.copyOf(state.merges));
        }

        /**
         * Puts back an article placed before (replaying a store after a restart) in the story it
         * belongs to now, merges included; nothing merges while stories are put back.
         */
        public void restore(Document document, int story) {
            if (story < 0) {
                throw new IllegalArgumentException("story numbers start at 0: " + story);
            }
            place(document, story);
        }

        private int place(Document document, int story) {
            Map<String, Integer> bag = terms.of(document);
            bag.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            int doc = seen++;
            Map<String, Double> v = tfidf(bag, df, seen);
            if (story < 0) {
                state.assign(doc, v, document.published());
            } else {
                state.assignTo(doc, v, story, document.published());
            }
            return state.storyOf.get(doc);
        }
    }

    private static List<Map<String, Integer>> bags(List<Document> documents) {
        ThreadLocal<TermBag> terms = ThreadLocal.withInitial(TermBag::new);
        return documents.parallelStream().map(d -> terms.get().of(d)).toList();
    }

    private static List<Integer> dateOrder(List<Document> documents) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> documents.get(i).published(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return order;
    }

    /**
     * Sublinear tf times smoothed idf (1 + log), cut to the article's {@link #VECTOR_TERMS} heaviest
     * terms and normalised to unit length. The 1 keeps a story's own vocabulary weighty in a small
     * pile, where it is in most articles; the cut keeps a long article's incidental words from
     * diluting what it is about.
     */
    private static Map<String, Double> tfidf(Map<String, Integer> bag, Map<String, Integer> df, int documents) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (var e : bag.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * (1 + Math.log((1.0 + documents) / (1.0 + df.getOrDefault(e.getKey(), 0))));
            if (w > 0) {
                v.put(e.getKey(), w);
                norm += w * w;
            }
        }
        if (v.size() > VECTOR_TERMS) {
            Map<String, Double> kept = new HashMap<>();
            v.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(VECTOR_TERMS)
                    .forEach(e -> kept.put(e.getKey(), e.getValue()));
            v = kept;
            norm = kept.values().stream().mapToDouble(w -> w * w).sum();
        }
        double n = Math.sqrt(norm);
        if (n > 0) {
            v.replaceAll((t, w) -> w / n);
        }
        return v;
    }

    private static List<String> salient(Map<String, Double> v) {
        return v.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(SALIENT_TERMS).map(Map.Entry::getKey).toList();
    }

    /** The stories found so far, their centroids, and the index from terms to stories. */
    private final class State {
        private final List<Map<String, Double>> centroids = new ArrayList<>();
        private final List<Double> norms = new ArrayList<>();
        private final List<LocalDate> lastSeen = new ArrayList<>();
        private final List<Set<Integer>> members = new ArrayList<>();
        private final Map<String, Set<Integer>> storiesWithTerm = new HashMap<>();
        private final Map<Integer, Integer> storyOf = new HashMap<>();
        private final Map<Integer, Map<String, Double>> vectorOf = new HashMap<>();
        /** Merges since the caller last cleared the list. */
        private final List<Merge> merges = new ArrayList<>();

        void assign(int doc, Map<String, Double> v, LocalDate date) {
            int best = -1;
            double bestSim = threshold;
            for (int s : candidates(v)) {
                if (closed(s, date)) {
                    continue;
                }
                double sim = similarity(v, s);
                if (sim >= bestSim) {
                    best = s;
                    bestSim = sim;
                }
            }

            if (best < 0) {
                best = newStory(date);
            }
            add(doc, v, best, date);
            mergeSmallNeighbours(best, v, date);
        }

        /**
         * After an article joined {@code story}: each open story sharing the article's terms merges
         * with it, the smaller into the larger, when the smaller has at most
         * {@link #MERGEABLE_SIZE} articles and each of them is now as similar to the larger as a
         * newcomer must be to join.
         */
        private void mergeSmallNeighbours(int story, Map<String, Double> v, LocalDate date) {
            for (int other : candidates(v)) {
                if (other == story || members.get(other).isEmpty() || closed(other, date)) {
                    continue;
                }
                boolean otherSmaller = members.get(other).size() <= members.get(story).size();
                int small = otherSmaller ? other : story;
                int large = otherSmaller ? story : other;
                if (members.get(small).size() <= MERGEABLE_SIZE && wouldAllJoin(small, large)) {
                    merge(small, large);
                    story = large;
                }
            }
        }

        private boolean wouldAllJoin(int small, int large) {
            for (int doc : members.get(small)) {
                if (similarity(vectorOf.get(doc), large) < threshold) {
                    return false;
                }
            }
            return true;
        }

        private void merge(int from, int into) {
            for (int doc : List.copyOf(members.get(from))) {
                Map<String, Double> v = vectorOf.get(doc);
                remove(doc, v, from);
                add(doc, v, into, null);
            }
            if (lastSeen.get(from) != null && (lastSeen.get(into) == null || lastSeen.get(from).isAfter(lastSeen.get(into)))) {
                lastSeen.set(into, lastSeen.get(from));
            }
            centroids.set(from, new HashMap<>());
            norms.set(from, 0.0);
            merges.add(new Merge(from, into));
        }

        /** Adds an article to a given story, creating stories up to that number if need be. */
        void assignTo(int doc, Map<String, Double> v, int story, LocalDate date) {
            while (centroids.size() <= story) {
                newStory(date);
            }
            add(doc, v, story, date);
        }

        private int newStory(LocalDate date) {
            centroids.add(new HashMap<>());
            norms.add(0.0);
            lastSeen.add(date);
            members.add(new HashSet<>());
            return centroids.size() - 1;
        }

        /** Moves each article to its most similar story; true when any moved. */
        boolean refine(List<Map<String, Double>> vectors) {
            boolean moved = false;
            for (var e : new ArrayList<>(storyOf.entrySet())) {
                int doc = e.getKey();
                int current = e.getValue();
                Map<String, Double> v = vectors.get(doc);
                int best = current;
                double bestSim = similarityWithout(v, current);
                for (int s : candidates(v)) {
                    if (s != current && !members.get(s).isEmpty()) {
                        double sim = similarity(v, s);
                        if (sim > bestSim + 1e-9) {
                            best = s;
                            bestSim = sim;
                        }
                    }
                }
                if (best != current) {
                    remove(doc, v, current);
                    add(doc, v, best, lastSeen.get(best));
                    moved = true;
                }
            }
            return moved;
        }

        private Set<Integer> candidates(Map<String, Double> v) {
            Set<Integer> out = new HashSet<>();
            for (String t : salient(v)) {
                out.addAll(storiesWithTerm.getOrDefault(t, Set.of()));
            }
            return out;
        }

        private boolean closed(int story, LocalDate date) {
            LocalDate last = lastSeen.get(story);
            return windowDays > 0 && date != null && last != null && ChronoUnit.DAYS.between(last, date) > windowDays;
        }

        private double similarity(Map<String, Double> v, int story) {
            Map<String, Double> c = centroids.get(story);
            double dot = 0;
            for (var e : v.entrySet()) {
                Double w = c.get(e.getKey());
                if (w != null) {
                    dot += e.getValue() * w;
                }
            }
            double norm = Math.sqrt(norms.get(story));
            return norm == 0 ? 0 : dot / norm;
        }

        /** Similarity to a story as it would be without this article (so it is not compared with itself). */
        private double similarityWithout(Map<String, Double> v, int story) {
            Map<String, Double> c = centroids.get(story);
            double dot = 0;
            double norm2 = norms.get(story);
            for (var e : v.entrySet()) {
                double w = c.getOrDefault(e.getKey(), 0.0);
                double without = w - e.getValue();
                dot += e.getValue() * without;
                norm2 += without * without - w * w;
            }
            return norm2 <= 1e-12 ? 0 : dot / Math.sqrt(norm2);
        }

        private void add(int doc, Map<String, Double> v, int story, LocalDate date) {
            Map<String, Double> c = centroids.get(story);
            double norm2 = norms.get(story);
            for (var e : v.entrySet()) {
                double old = c.getOrDefault(e.getKey(), 0.0);
                double now = old + e.getValue();
                c.put(e.getKey(), now);
                norm2 += now * now - old * old;
            }
            norms.set(story, norm2);
            for (String t : salient(v)) {
                storiesWithTerm.computeIfAbsent(t, k -> new HashSet<>()).add(story);
            }
            if (date != null && (lastSeen.get(story) == null || date.isAfter(lastSeen.get(story)))) {
                lastSeen.set(story, date);
            }
            members.get(story).add(doc);
            storyOf.put(doc, story);
            vectorOf.put(doc, v);
        }

        private void remove(int doc, Map<String, Double> v, int story) {
            Map<String, Double> c = centroids.get(story);
            double norm2 = norms.get(story);
            for (var e : v.entrySet()) {
                double old = c.getOrDefault(e.getKey(), 0.0);
                double now = old - e.getValue();
                c.put(e.getKey(), now);
                norm2 += now * now - old * old;
            }
            norms.set(story, Math.max(0, norm2));
            members.get(story).remove(doc);
        }

        int[] labels(int n) {
            int[] out = new int[n];
            Map<Integer, Integer> renumber = new HashMap<>();
            for (int i = 0; i < n; i++) {
                out[i] = renumber.computeIfAbsent(storyOf.get(i), k -> renumber.size());
            }
            return out;
        }
    }
}
