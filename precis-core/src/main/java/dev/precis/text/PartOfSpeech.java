package dev.precis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * Universal Dependencies part-of-speech tags (PROPN, NOUN, VERB, ...) for a sentence's tokens, by
 * OpenNLP's maximum-entropy tagger trained on the English Web Treebank (the same corpus as the
 * sentence model, shipped in {@code opennlp-models-pos-en}).
 *
 * <p>Decoded greedily: each token takes the likeliest tag the model's tag dictionary allows, given
 * the tags before it. That is what OpenNLP's beam search does with a beam of one; on the 20,137
 * sentences of the DUC 2006 articles it gives the same tag to every token as the model's default
 * beam of three.
 *
 * <p>The model's features of a token are its own (prefixes, suffixes, the word, its class), its
 * neighbours' words two either side, its distance from the sentence start, and the two tags before
 * it. All but the last depend on words alone, so each word type's features are looked up in the
 * model once: its own features' rows are summed, with the classifier's uniform prior, into one
 * score per tag, and its window features are kept as parameter rows. Tagging a token starts from
 * its type's sums and adds the four window rows, the sentence-start row and the previous tags'
 * sums, with no feature strings built. The sums are the classifier's in another order, so a tie
 * broken by rounding could differ; {@code PartOfSpeechIT} compares the tags with the model's own
 * decoding on the seeds and five DUC clusters, token for token. On the 750 DUC dev articles about
 * 0.4 ms per article, one thread (the sparse rows, added per token, took twice as long).
 */
public final class PartOfSpeech {
    private static final String MAXENT_ENTRY = "pos.model";
    private static final AbstractModel CLASSIFIER =
            (AbstractModel) Models.PartsOfSpeech.MODEL.getArtifact(MAXENT_ENTRY);
    private static final SequenceValidator<String> ALLOWED =
            Models.PartsOfSpeech.MODEL.getFactory().getSequenceValidator();
    /** Each feature's parameter row, as the classifier keeps them. */
    @SuppressWarnings("unchecked")
    private static final Map<String, Context> ROWS =
            (Map<String, Context>) CLASSIFIER.getDataStructures()[1];

    private static final int OUTCOMES = CLASSIFIER.getNumOutcomes();
    private static final double UNIFORM_PRIOR = Math.log(1.0 / OUTCOMES);
    /** The sentence-start features of the first three positions ("S=begin", "p1S=begin", "p2S=begin"). */
    private static final String BEGIN = "S=begin";

    private static final Context[] START = {row(BEGIN), row("p1" + BEGIN), row("p2" + BEGIN)};
    /**
     * Scores per tag of "t=" + the previous tag and "t2=" + the two previous tags, by the tags'
     * outcome indices: the previous tag's and the two previous tags' contributions in one sum.
     */
    private static final double[][][] PREVIOUS_TWO = new double[OUTCOMES][OUTCOMES][];

    private static final double[][] PREVIOUS = new double[OUTCOMES][];

    static {
        for (int a = 0; a < OUTCOMES; a++) {
            PREVIOUS[a] = sum(0, row("t=" + CLASSIFIER.getOutcome(a)));
            for (int b = 0; b < OUTCOMES; b++) {
                PREVIOUS_TWO[a][b] = sum(
                        0,
                        row("t=" + CLASSIFIER.getOutcome(b)),
                        row("t2=" + CLASSIFIER.getOutcome(a) + "," + CLASSIFIER.getOutcome(b)));
            }
        }
    }

    /** Word types kept; beyond, the table starts again (a type takes about 250 bytes). */
    static final int MAX_TYPES = 200_000;

    private static final Map<String, WordType> TYPES = new ConcurrentHashMap<>();

    /** Context generators keep per-sentence caches: one per thread. */
    private static final ThreadLocal<POSContextGenerator> CONTEXTS = ThreadLocal.withInitial(
            () -> Models.PartsOfSpeech.MODEL.getFactory().getPOSContextGenerator(0));

    /**
     * One word type: the prior and its own features (definition, suffixes, prefixes, the word, its
     * class) summed per tag, and its word's rows as the window sees it from each side (two before,
     * one before, one after, two after); null where the model lacks the feature.
     */
    private record WordType(double[] own, Context[] window) {}

    public List<String> tag(List<String> tokens) {
        int n = tokens.size();
        WordType[] types = new WordType[n];
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = tokens.get(i);
            types[i] = type(words[i]);
        }
        String[] tags = new String[n];
        int[] tagIndex = new int[n];
        double[] score = new double[OUTCOMES];
        for (int i = 0; i < n; i++) {
            System.arraycopy(types[i].own, 0, score, 0, OUTCOMES);
            if (i >= 1) {
                add(score, types[i - 1].window[1]);
            }
            if (i >= 2) {
                add(score, types[i - 2].window[0]);
            }
            if (i + 1 < n) {
                add(score, types[i + 1].window[2]);
            }
            if (i + 2 < n) {
                add(score, types[i + 2].window[3]);
            }
            if (i < START.length) {
                add(score, START[i]);
            }
            if (i >= 2) {
                add(score, PREVIOUS_TWO[tagIndex[i - 2]][tagIndex[i - 1]]);
            } else if (i == 1) {
                add(score, PREVIOUS[tagIndex[0]]);
            }
            tagIndex[i] = likeliestAllowed(score, i, words, tags);
            tags[i] = CLASSIFIER.getOutcome(tagIndex[i]);
        }
        return List.of(tags);
    }

    private static void add(double[] score, double[] sums) {
        for (int o = 0; o < OUTCOMES; o++) {
            score[o] += sums[o];
        }
    }

    /** A start value plus the rows' parameters, per tag. */
    private static double[] sum(double start, Context... rows) {
        double[] sums = new double[OUTCOMES];
        Arrays.fill(sums, start);
        for (Context r : rows) {
            add(sums, r);
        }
        return sums;
    }

    private static void add(double[] score, Context row) {
        if (row != null) {
            int[] outcomes = row.getOutcomes();
            double[] parameters = row.getParameters();
            for (int k = 0; k < outcomes.length; k++) {
                score[outcomes[k]] += parameters[k];
            }
        }
    }

    /** The highest-scoring tag the dictionary allows (the classifier's probabilities rank as its scores). */
    private static int likeliestAllowed(double[] score, int i, String[] words, String[] tags) {
        int best = 0;
        for (int o = 1; o < OUTCOMES; o++) {
            if (score[o] > score[best]) {
                best = o;
            }
        }
        if (ALLOWED.validSequence(i, words, tags, CLASSIFIER.getOutcome(best))) {
            return best;
        }
        // The dictionary rules the likeliest tag out: the likeliest it allows (as the beam search falls back).
        int allowed = -1;
        for (int o = 0; o < OUTCOMES; o++) {
            if ((allowed < 0 || score[o] > score[allowed])
                    && ALLOWED.validSequence(i, words, tags, CLASSIFIER.getOutcome(o))) {
                allowed = o;
            }
        }
        return allowed < 0 ? best : allowed;
    }

    private static WordType type(String word) {
        WordType t = TYPES.get(word);
        if (t == null) {
            t = describe(word);
            if (TYPES.size() >= MAX_TYPES) {
                TYPES.clear();
            }
            TYPES.put(word, t);
        }
        return t;
    }

    /**
     * A word's features as the model's generator lists them for a one-word sentence: its own,
     * around the sentence-start feature that stands where the window's would; the window's word
     * is the value of its "w=" feature.
     */
    private static WordType describe(String word) {
        String[] features = CONTEXTS.get().getContext(0, new String[] {word}, new String[0], null);
        List<Context> own = new ArrayList<>();
        String value = word;
        for (String f : features) {
            if (f.startsWith("w=")) {
                value = f.substring(2);
            }
            if (!f.equals(BEGIN)) {
                own.add(row(f));
            }
        }
        Context[] window = {row("p2w=" + value), row("p1w=" + value), row("n1w=" + value), row("n2w=" + value)};
        return new WordType(sum(UNIFORM_PRIOR, own.toArray(Context[]::new)), window);
    }

    private static Context row(String feature) {
        return ROWS.get(feature);
    }
}
