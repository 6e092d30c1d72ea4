package dev.precis.group;

import dev.precis.text.TermVector;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one {@link StoryClusterer} run: the stories found so far (numbered by position),
 * which article is in which, and the index from salient terms to stories that finds an article's
 * candidate stories. Not thread-safe.
 */
final class Clusters {
    /**
     * Terms of each article indexed to find candidate stories. Enough that an article shares some
     * with its story even when its most distinctive words are its own (12 split the seeds).
     */
    private static final int SALIENT_TERMS = 25;
    /**
     * Largest story that may merge into a growing neighbour. Checking a story costs one comparison
     * per article, on every arrival next to it, so only small ones are checked; on DUC 2006 stories
     * of 3, 10 or any size give the same grouping (online B-cubed F1 0.872 without merging, 0.905
     * for single articles only, 0.911 from 3 up).
     */
    private static final int MERGEABLE_SIZE = 10;

    /** One story being built: the sum of its articles' vectors, its squared norm, its members, its last date. */
    static final class Cluster {
        final Map<String, Double> centroid = new HashMap<>();
        double norm2;
        LocalDate lastSeen;
        final Set<Integer> members = new HashSet<>();

        Cluster(LocalDate lastSeen) {
            this.lastSeen = lastSeen;
        }

        /** Cosine of a unit vector with the centroid. */
        double similarity(TermVector v) {
            double norm = Math.sqrt(norm2);
            return norm == 0 ? 0 : v.dot(centroid) / norm;
        }

        /** Similarity as it would be without this article (so it is not compared with itself). */
        double similarityWithout(TermVector v) {
            double dot = 0;
            double n2 = norm2;
            for (var e : v.weights().entrySet()) {
                double w = centroid.getOrDefault(e.getKey(), 0.0);
                double without = w - e.getValue();
                dot += e.getValue() * without;
                n2 += without * without - w * w;
            }
            return n2 <= 1e-12 ? 0 : dot / Math.sqrt(n2);
        }

        void add(TermVector v, double sign) {
            for (var e : v.weights().entrySet()) {
                double old = centroid.getOrDefault(e.getKey(), 0.0);
                double now = old + sign * e.getValue();
                centroid.put(e.getKey(), now);
                norm2 += now * now - old * old;
            }
            if (sign < 0) {
                norm2 = Math.max(0, norm2);
            }
        }

        void seen(LocalDate date) {
            if (date != null && (lastSeen == null || date.isAfter(lastSeen))) {
                lastSeen = date;
            }
        }

        /** A merged-away story: empty, never a candidate again. */
        void clear() {
            centroid.clear();
            norm2 = 0;
        }
    }

    private final double threshold;
    private final int windowDays;
    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, Set<Integer>> storiesWithTerm = new HashMap<>();
    private final Map<Integer, Integer> storyOf = new HashMap<>();
    private final Map<Integer, TermVector> vectorOf = new HashMap<>();
    /** Each article's {@link #salient} terms, sorted once (a merge moves articles and re-indexes them). */
    private final Map<Integer, List<String>> salientOf = new HashMap<>();
    /** Merges since the caller last cleared the list. */
    private final List<StoryClusterer.Merge> merges = new ArrayList<>();

    void assign(int doc, TermVector v, LocalDate date) {
        int best = -1;
        double bestSim = threshold;
        List<String> terms = salient(v);
        Set<Integer> candidates = candidates(terms);
        for (int s : candidates) {
            if (closed(s, date)) {
                continue;
            }
            double sim = clusters.get(s).similarity(v);
            if (sim >= bestSim) {
                best = s;
                bestSim = sim;
            }
        }
        if (best < 0) {
            best = newStory(date);
        }
        add(doc, v, terms, best, date);
        mergeSmallNeighbours(best, candidates, date);
    }

    /**
     * After an article joined {@code story}: each open story sharing the article's terms (its
     * {@code candidates}, found before it joined) merges with it, the smaller into the larger, when
     * the smaller has at most {@link #MERGEABLE_SIZE} articles and each of them is now as similar
     * to the larger as a newcomer must be to join.
     */
    private void mergeSmallNeighbours(int story, Set<Integer> candidates, LocalDate date) {
        for (int other : candidates) {
            if (other == story || clusters.get(other).members.isEmpty() || closed(other, date)) {
                continue;
            }
            boolean otherSmaller = clusters.get(other).members.size()
                    <= clusters.get(story).members.size();
            int small = otherSmaller ? other : story;
            int large = otherSmaller ? story : other;
            if (clusters.get(small).members.size() <= MERGEABLE_SIZE && wouldAllJoin(small, large)) {
                merge(small, large);
                story = large;
            }
        }
    }

    private boolean wouldAllJoin(int small, int large) {
        for (int doc : clusters.get(small).members) {
            if (clusters.get(large).similarity(vectorOf.get(doc)) < threshold) {
                return false;
            }
        }
        return true;
    }

    private void merge(int from, int into) {
        Cluster gone = clusters.get(from);
        for (int doc : List.copyOf(gone.members)) {
            TermVector v = vectorOf.get(doc);
            remove(doc, v, from);
            add(doc, v, salientOf.get(doc), into, null);
        }
        clusters.get(into).seen(gone.lastSeen);
        gone.clear();
        merges.add(new StoryClusterer.Merge(from, into));
    }

    /** Adds an article to a given story, creating stories up to that number if need be. */
    void assignTo(int doc, TermVector v, int story, LocalDate date) {
        while (clusters.size() <= story) {
            newStory(date);
        }
        add(doc, v, salient(v), story, date);
    }

    private int newStory(LocalDate date) {
        clusters.add(new Cluster(date));
        return clusters.size() - 1;
    }

    /** Moves each article to its most similar story; true when any moved. */
    boolean refine(List<TermVector> vectors) {
        boolean moved = false;
        for (var e : new ArrayList<>(storyOf.entrySet())) {
            int doc = e.getKey();
            int current = e.getValue();
            TermVector v = vectors.get(doc);
            int best = current;
            double bestSim = clusters.get(current).similarityWithout(v);
            for (int s : candidates(salientOf.get(doc))) {
                if (s != current && !clusters.get(s).members.isEmpty()) {
                    double sim = clusters.get(s).similarity(v);
                    if (sim > bestSim + 1e-9) {
                        best = s;
                        bestSim = sim;
                    }
                }
            }
            if (best != current) {
                remove(doc, v, current);
                add(doc, v, salientOf.get(doc), best, clusters.get(best).lastSeen);
                moved = true;
            }
        }
        return moved;
    }

    private Set<Integer> candidates(List<String> salientTerms) {
        Set<Integer> out = new HashSet<>();
        for (String t : salientTerms) {
            out.addAll(storiesWithTerm.getOrDefault(t, Set.of()));
        }
        return out;
    }

    private boolean closed(int story, LocalDate date) {
        LocalDate last = clusters.get(story).lastSeen;
        return windowDays > 0 && date != null && last != null && ChronoUnit.DAYS.between(last, date) > windowDays;
    }

    private void add(int doc, TermVector v, List<String> salientTerms, int story, LocalDate date) {
        Cluster c = clusters.get(story);
        c.add(v, 1);
        for (String t : salientTerms) {
            storiesWithTerm.computeIfAbsent(t, k -> new HashSet<>()).add(story);
        }
        c.seen(date);
        c.members.add(doc);
        storyOf.put(doc, story);
        vectorOf.put(doc, v);
        salientOf.put(doc, salientTerms);
    }

    private void remove(int doc, TermVector v, int story) {
        Cluster c = clusters.get(story);
        c.add(v, -1);
        c.members.remove(doc);
    }

    int[] labels(int n) {
        int[] out = new int[n];
        Map<Integer, Integer> renumber = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out[i] = renumber.computeIfAbsent(storyOf.get(i), k -> renumber.size());
        }
        return out;
    }

    Clusters(double threshold, int windowDays) {
        this.threshold = threshold;
        this.windowDays = windowDays;
    }

    /** Where an article went. */
    int storyOf(int doc) {
        return storyOf.get(doc);
    }

    /** The merges since the last call, which forgets them. */
    List<StoryClusterer.Merge> takeMerges() {
        List<StoryClusterer.Merge> out = List.copyOf(merges);
        merges.clear();
        return out;
    }

    static List<String> salient(TermVector v) {
        return v.weights().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(SALIENT_TERMS)
                .map(Map.Entry::getKey)
                .toList();
    }
}
