package dev.precis.group;

import dev.precis.model.Document;
import dev.precis.text.TermVector;
import dev.precis.text.Weighting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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

    private static final int REFINEMENT_ROUNDS = 3;
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
        List<TermBag.Counts> bags = bags(documents);
        Map<String, Integer> df = new HashMap<>();
        for (TermBag.Counts bag : bags) {
            countDocuments(bag, df);
        }
        int n = documents.size();
        List<TermVector> vectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            vectors.add(tfidf(bags.get(i), df::get, n));
            bags.set(i, null); // done with it: the heap holds vectors, not bags
        }
        return batch(vectors, documents.stream().map(Document::published).toList());
    }

    /**
     * Batch mode over vectors made elsewhere ({@link #vector}, or centroids of groups made apart):
     * each joins the most similar story in date order, then articles move to their most similar
     * story until nothing moves. A distributed run clusters blocks with it, then the blocks' stories.
     *
     * @param dates each vector's date (null: undated, last)
     */
    public int[] batch(List<TermVector> vectors, List<LocalDate> dates) {
        Clusters state = new Clusters(threshold, windowDays);
        for (int i : dateOrder(dates)) {
            state.assign(i, vectors.get(i), dates.get(i));
        }
        for (int round = 0; round < REFINEMENT_ROUNDS && state.refine(vectors); round++) {
            // each round moves articles to their most similar story; stop when none moves
        }
        return state.labels(vectors.size());
    }

    /** The distinct terms an article is grouped by: what document frequencies count. */
    public static Set<String> groupingTerms(Document d) {
        return Set.of(TermBag.of(d).terms());
    }

    /**
     * An article's grouping vector ({@link #tfidf}) from document frequencies counted elsewhere.
     *
     * @param df        articles containing a term, null for none
     * @param documents articles counted
     */
    public static TermVector vector(Document d, Function<String, Integer> df, int documents) {
        return tfidf(TermBag.of(d), df, documents);
    }

    /**
     * The centroid of unit vectors, cut to the {@link #VECTOR_TERMS} heaviest terms and normalised
     * as an article's vector is: a group made apart, standing for its articles.
     */
    public static TermVector centroid(List<TermVector> vectors) {
        Map<String, Double> sum = new HashMap<>();
        for (TermVector v : vectors) {
            v.weights().forEach((t, w) -> sum.merge(t, w, Double::sum));
        }
        return cutAndNormalise(
                sum, sum.values().stream().mapToDouble(w -> w * w).sum());
    }

    /**
     * Story number of each document, online mode: each article sees only those before it (an
     * article's story may later merge into another, as in a {@link Session}).
     */
    public int[] online(List<Document> documents) {
        List<TermBag.Counts> bags = bags(documents);
        Map<String, Integer> df = new HashMap<>();
        Clusters state = new Clusters(threshold, windowDays);
        int seen = 0;
        for (int i : dateOrder(documents.stream().map(Document::published).toList())) {
            countDocuments(bags.get(i), df);
            seen++;
            state.assign(i, tfidf(bags.get(i), df::get, seen), documents.get(i).published());
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
    public record Placement(int story, List<Merge> merges) {}

    /** Every article of story {@code from} now belongs to story {@code into}; {@code from} is empty. */
    public record Merge(int from, int into) {}

    /**
     * An article's words as grouping counts them: {@link Session#add(Document, Terms)} takes them
     * computed beforehand, outside whatever lock guards the session (they need none of its state).
     */
    public static final class Terms {
        private final TermBag.Counts counts;

        private Terms(TermBag.Counts counts) {
            this.counts = counts;
        }
    }

    /** The words of an article, for {@link Session#add(Document, Terms)}. */
    public static Terms terms(Document document) {
        return new Terms(TermBag.of(document));
    }

    /**
     * Online clustering of a stream: each article joins the open story most like it, or starts one,
     * seeing only the articles before it; its arrival may merge a small neighbour into its story.
     * Stories are numbered from 0 in order of creation; a merged story's number is not reused. Not
     * thread-safe: callers add one article at a time.
     */
    public final class Session {
        private final Clusters state = new Clusters(threshold, windowDays);
        private final Map<String, Integer> df = new HashMap<>();
        private int seen;

        /** Places a new article. */
        public Placement add(Document document) {
            return add(document, terms(document));
        }

        /** Places a new article whose {@link #terms} were computed beforehand. */
        public Placement add(Document document, Terms terms) {
            state.takeMerges();
            int story = place(document, terms.counts, -1);
            return new Placement(story, state.takeMerges());
        }

        /**
         * Puts back an article placed before (replaying a store after a restart) in the story it
         * belongs to now, merges included; nothing merges while stories are put back.
         */
        public void restore(Document document, int story) {
            if (story < 0) {
                throw new IllegalArgumentException("story numbers start at 0: " + story);
            }
            place(document, TermBag.of(document), story);
        }

        private int place(Document document, TermBag.Counts bag, int story) {
            countDocuments(bag, df);
            int doc = seen++;
            TermVector v = tfidf(bag, df::get, seen);
            if (story < 0) {
                state.assign(doc, v, document.published());
            } else {
                state.assignTo(doc, v, story, document.published());
            }
            return state.storyOf(doc);
        }
    }

    private static List<TermBag.Counts> bags(List<Document> documents) {
        return new ArrayList<>(documents.parallelStream().map(TermBag::of).toList());
    }

    private static void countDocuments(TermBag.Counts bag, Map<String, Integer> df) {
        for (String t : bag.terms()) {
            df.merge(t, 1, Integer::sum);
        }
    }

    private static List<Integer> dateOrder(List<LocalDate> dates) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(dates::get, Comparator.nullsLast(Comparator.naturalOrder())));
        return order;
    }

    /**
     * {@link Weighting#SUBLINEAR_TF_IDF}, cut to the article's {@link #VECTOR_TERMS} heaviest terms
     * and normalised to unit length. The cut keeps a long article's incidental words from diluting
     * what it is about.
     */
    private static TermVector tfidf(TermBag.Counts bag, Function<String, Integer> df, int documents) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (int i = 0; i < bag.size(); i++) {
            Integer f = df.apply(bag.terms()[i]);
            double w = Weighting.SUBLINEAR_TF_IDF.weight(bag.counts()[i], f == null ? 0 : f, documents);
            if (w > 0) {
                v.put(bag.terms()[i], w);
                norm += w * w;
            }
        }
        return cutAndNormalise(v, norm);
    }

    /** @param norm the squared norm of {@code v} (recomputed when terms are cut) */
    private static TermVector cutAndNormalise(Map<String, Double> v, double norm) {
        if (v.size() > VECTOR_TERMS) {
            Map<String, Double> kept = new HashMap<>();
            v.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(VECTOR_TERMS)
                    .forEach(e -> kept.put(e.getKey(), e.getValue()));
            v = kept;
            norm = kept.values().stream().mapToDouble(w -> w * w).sum();
        }
        double n = Math.sqrt(norm);
        if (n > 0) {
            v.replaceAll((t, w) -> w / n);
        }
        return TermVector.of(v);
    }
}
