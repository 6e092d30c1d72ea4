package dev.precis.summarize;

import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The default method: budgeted maximum coverage of weighted concepts (Gillick and Favre 2009),
 * solved greedily. At each step it takes the sentence that adds the most uncovered concept weight
 * per word, with a mild preference for sentences early in their article (where news states its
 * main facts); a fact already covered earns nothing, so the summary says each thing once.
 * Sentences are taken in their shortened form (trailing attribution dropped) where they have one,
 * so the budget goes to news rather than to "officials said"; the source markers say who said it.
 * Concepts about the topic weigh more: the user's query, or without one the words the articles'
 * headlines share. In an update (some articles seen before) the concepts of the seen articles
 * start covered: what is new (developments, changed figures, new voices) is all that earns.
 */
public final class CoverageSummarizer implements Summarizer {
    /** Weight of concepts touching the query, relative to others, in topic-focused mode. */
    static final double QUERY_BOOST = 1.0;
    /**
     * Generic mode: stems in the headlines of at least this share of the articles (and of three)
     * stand in for a topic — what the desks that titled the articles agreed the story is about
     * (three, since two of five headlines sharing a word can be chance).
     * On DUC 2006 (generic, ROUGE-2 / SU4 recall, 0.0979 / 0.1479 without): 0.15 gives
     * 0.0984 / 0.1490, 0.2 gives 0.0997 / 0.1500, 0.25 gives 0.0981 / 0.1495, 0.3 gives 0.0981 / 0.1494.
     */
    static final double HEADLINE_SHARE = 0.2;
    /**
     * Extra weight of concepts holding a shared headline stem: lighter than a user's query, since
     * headlines also carry wordplay. At share 0.2: 0.2 gives 0.1002 / 0.1499, 0.3 gives
     * 0.0997 / 0.1500, 0.5 gives 0.0993 / 0.1500, 1.0 gives 0.0996 / 0.1497.
     */
    static final double HEADLINE_BOOST = 0.3;
    /**
     * How strongly sentence length is discounted: gain / words^LENGTH_EXPONENT. 1 would be the
     * plain ratio of budgeted coverage, which favours short fragments; 0.7 was best on the DUC 2006
     * dev split as a whole (0.5-0.8 all within 0.002 ROUGE-2).
     */
    static final double LENGTH_EXPONENT = 0.7;
    /**
     * Bonus for early sentences, 1 + POSITION_BONUS / (1 + index): news states its main facts first.
     * 0.3 on the DUC 2006 dev split as a whole since sentences that point back go in with the one
     * before them (0.3: generic ROUGE-2 0.1004, SU4 0.1503, topic 0.1012 / 0.1529; 0.5: 0.0991,
     * 0.1500, 0.1002 / 0.1523; before pairing, 0.5 was best).
     */
    static final double POSITION_BONUS = 0.3;

    @Override
    public List<Sentence> select(Corpus corpus, SummaryRequest request) {
        int minDocs = Concepts.minimumDocuments(corpus.size() - request.seen().size());
        Concepts concepts = request.hasQuery()
                ? new Concepts(corpus, request.queryTerms(), QUERY_BOOST, minDocs)
                : new Concepts(corpus, sharedHeadlineTerms(corpus), HEADLINE_BOOST, minDocs);
        // A sentence that points back ("He", "The two") is a candidate only with the sentence before
        // it in its article, which names what it points at: the two are weighed, and go in, together.
        List<Sentence> candidates = new ArrayList<>();
        List<Sentence> antecedents = new ArrayList<>();
        for (Sentence c : Candidates.preferShortened(corpus, request)) {
            boolean pointsBack = Candidates.pointsBack(c);
            Sentence before = pointsBack ? antecedent(corpus, c) : null;
            if (pointsBack && before == null) {
                continue;
            }
            candidates.add(c);
            antecedents.add(before);
        }
        int n = candidates.size();
        int[][] conceptsOf = new int[n][];
        int[] length = new int[n];
        double[] prior = new double[n];
        for (int i = 0; i < n; i++) {
            Sentence s = candidates.get(i);
            Sentence before = antecedents.get(i);
            conceptsOf[i] = weighted(concepts, s, before);
            length[i] = s.wordCount() + (before == null ? 0 : before.wordCount());
            Sentence first = before == null ? s : before;
            prior[i] = (1 + POSITION_BONUS / (1 + first.index())) / Math.pow(length[i], LENGTH_EXPONENT);
        }
        boolean[] covered = new boolean[concepts.size()];
        // An update: what the seen articles told is known, and earns nothing.
        for (Sentence s : corpus.sentences()) {
            if (!request.isNew(s)) {
                for (int c : concepts.conceptsOf(s)) {
                    covered[c] = true;
                }
            }
        }
        // Lazy greedy (Minoux 1978): a sentence's gain can only fall as coverage grows, so a stale
        // score is an upper bound and most candidates are never re-scored.
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(y[0], x[0]));
        for (int i = 0; i < n; i++) {
            double score = concepts.isEmpty()
                    ? prior[i] * candidates.get(i).terms().size()
                    : prior[i] * gain(conceptsOf[i], concepts, covered);
            if (score > 0) {
                queue.add(new double[] {score, i});
            }
        }
        TermVectors vectors = new TermVectors(corpus);
        Attributor facts = new Attributor(corpus, vectors);
        List<Sentence> chosen = new ArrayList<>();
        int words = 0;
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int i = (int) top[1];
            Sentence s = candidates.get(i);
            Sentence before = antecedents.get(i);
            if (before != null && chosen.contains(before)) {
                before = null; // already in: only the sentence itself is added
            }
            int adds = before == null ? 1 : 2;
            int added = s.wordCount() + (before == null ? 0 : before.wordCount());
            if (!request.fits(words, chosen.size() + adds - 1, added)) {
                if (request.maxSentences() > 0 && chosen.size() >= request.maxSentences()) {
                    break;
                }
                continue; // budgets only shrink: it will never fit
            }
            double current = concepts.isEmpty() ? top[0] : prior[i] * gain(conceptsOf[i], concepts, covered);
            if (current <= 0) {
                continue;
            }
            if (!queue.isEmpty() && current < queue.peek()[0]) {
                queue.add(new double[] {current, i}); // stale: re-queue with its true score
                continue;
            }
            if (before == null && !precededByItsSentence(s, chosen)) {
                // "The growers say ...": a noun the sentence before it introduced. Without that
                // sentence it goes in only if the summary already names the noun.
                String noun = Candidates.definiteReference(s, corpus);
                if (noun != null && chosen.stream().noneMatch(c -> c.stems().contains(noun))) {
                    before = antecedent(corpus, s);
                    if (before == null) {
                        continue;
                    }
                    added += before.wordCount();
                    if (!request.fits(words, chosen.size() + 1, added)) {
                        continue;
                    }
                }
            }
            if (Redundancy.repeats(s, chosen, vectors)
                    || before != null && Redundancy.repeats(before, chosen, vectors)) {
                continue; // the chosen set only grows: it will always repeat
            }
            if (chosen.stream().anyMatch(c -> facts.states(c, s))) {
                continue; // its fact is in already, told another way ("All 217 people aboard were killed")
            }
            if (!s.hasVerb() || before != null && !before.hasVerb()) {
                continue; // a fragment (tagged only now, for the few sentences that get this far)
            }
            if (before != null) {
                chosen.add(before);
                for (int c : concepts.conceptsOf(before)) {
                    covered[c] = true;
                }
            }
            chosen.add(s);
            words += added;
            for (int c : conceptsOf[i]) {
                covered[c] = true;
            }
        }
        return chosen;
    }

    /** The concepts of positive weight in a sentence (and the sentence before it, when it goes in with it). */
    private static int[] weighted(Concepts concepts, Sentence s, Sentence before) {
        java.util.LinkedHashSet<Integer> ids = new java.util.LinkedHashSet<>();
        for (Sentence x : before == null ? List.of(s) : List.of(before, s)) {
            for (int c : concepts.conceptsOf(x)) {
                if (concepts.weight(c) > 0) {
                    ids.add(c);
                }
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether the sentence before {@code s} in its article is already chosen. */
    private static boolean precededByItsSentence(Sentence s, List<Sentence> chosen) {
        for (Sentence c : chosen) {
            if (c.doc() == s.doc() && c.index() == s.index() - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence that names what {@code s} points back at: the one before it in its article; null
     * when there is none a summary can take (the first sentence, a fragment, debris, or one that
     * points back too).
     */
    private static Sentence antecedent(Corpus corpus, Sentence s) {
        List<Sentence> article = corpus.documents().get(s.doc()).sentences();
        if (s.index() == 0 || s.index() - 1 >= article.size()) {
            return null;
        }
        Sentence before = article.get(s.index() - 1);
        return Candidates.eligible(before) && !Candidates.pointsBack(before) ? before : null;
    }

    /** Stems in the headlines of at least {@link #HEADLINE_SHARE} of the articles, and of three. */
    static List<String> sharedHeadlineTerms(Corpus corpus) {
        Map<String, Integer> articles = new HashMap<>();
        for (AnalyzedDocument d : corpus.documents()) {
            new HashSet<>(d.headlineTerms()).forEach(t -> articles.merge(t, 1, Integer::sum));
        }
        double needed = Math.max(3, HEADLINE_SHARE * corpus.size());
        return articles.entrySet().stream()
                .filter(e -> e.getValue() >= needed)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static double gain(int[] ids, Concepts concepts, boolean[] covered) {
        double g = 0;
        for (int c : ids) {
            if (!covered[c]) {
                g += concepts.weight(c);
            }
        }
        return g;
    }
}
