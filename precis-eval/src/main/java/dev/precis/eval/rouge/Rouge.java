package dev.precis.eval.rouge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE (Lin 2004) with the semantics of ROUGE-1.5.5: ROUGE-N, ROUGE-L (union LCS over model
 * sentences, clipped by unigram counts), ROUGE-W, and ROUGE-S/SU with a gap limit; several models
 * pooled ({@code -f A}) or the best one taken ({@code -f B}). Validated line by line against NIST's
 * official DUC 2006 output (see RougeOfficialFiguresIT).
 */
public final class Rouge {
    private final RougeSettings settings;

    public Rouge(RougeSettings settings) {
        this.settings = settings;
    }

    public RougeSettings settings() {
        return settings;
    }

    /**
     * Scores one peer summary against its models.
     *
     * @param peer   the peer's sentences, one per element
     * @param models each model's sentences
     * @return scores by measure name ("ROUGE-1" ... "ROUGE-L", "ROUGE-W-1.2", "ROUGE-SU4"), in that order
     */
    public Map<String, RougeScore> score(List<String> peer, List<List<String>> models) {
        RougeText p = RougeText.of(peer, settings);
        List<RougeText> ms = new ArrayList<>();
        for (List<String> m : models) {
            ms.add(RougeText.of(m, settings));
        }
        Map<String, RougeScore> out = new LinkedHashMap<>();
        for (int n = 1; n <= settings.maxN(); n++) {
            final int size = n;
            out.put("ROUGE-" + n, countScore(p, ms, t -> ngrams(t.tokens, size)));
        }
        out.put("ROUGE-L", lcsScore(p, ms, false));
        if (settings.wlcsWeight() > 0) {
            out.put("ROUGE-W-" + weightLabel(settings.wlcsWeight()), lcsScore(p, ms, true));
        }
        if (settings.skipDistance() >= 0) {
            String name = (settings.skipUnigrams() ? "ROUGE-SU" : "ROUGE-S") + settings.skipDistance();
            out.put(
                    name,
                    countScore(p, ms, t -> skipBigrams(t.tokens, settings.skipDistance(), settings.skipUnigrams())));
        }
        return out;
    }

    private static String weightLabel(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }

    /** A bag of units with its total count (ROUGE's "_cn_"). */
    record Bag(Map<String, Integer> counts, int total) {}

    private interface Units {
        Bag of(RougeText text);
    }

    private RougeScore countScore(RougeText peer, List<RougeText> models, Units units) {
        Bag p = units.of(peer);
        long hits = 0;
        long modelTotal = 0;
        long peerTotal = 0;
        double best = -1;
        for (RougeText m : models) {
            Bag mb = units.of(m);
            long hit = 0;
            for (var e : mb.counts().entrySet()) {
                Integer pc = p.counts().get(e.getKey());
                if (pc != null) {
                    hit += Math.min(pc, e.getValue());
                }
            }
            if (settings.bestModel()) {
                double score = mb.total() == 0 ? 0 : RougeScore.round5((double) hit / mb.total());
                if (score > best) {
                    best = score;
                    hits = hit;
                    modelTotal = mb.total();
                    peerTotal = p.total();
                }
            } else {
                hits += hit;
                modelTotal += mb.total();
                peerTotal += p.total();
            }
        }
        return RougeScore.of(ratio(hits, modelTotal), ratio(hits, peerTotal), settings.alpha());
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    static Bag ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
            total++;
        }
        return new Bag(counts, total);
    }

    /** Skip-bigrams with at most {@code gap} words between; like ROUGE-1.5.5, the last word's unigram is not counted. */
    static Bag skipBigrams(List<String> tokens, int gap, boolean unigrams) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (unigrams) {
                counts.merge(tokens.get(i), 1, Integer::sum);
                total++;
            }
            for (int j = i + 1; j < tokens.size() && (gap < 0 || j <= i + gap + 1); j++) {
                counts.merge(tokens.get(i) + ' ' + tokens.get(j), 1, Integer::sum);
                total++;
            }
        }
        return new Bag(counts, total);
    }

    private RougeScore lcsScore(RougeText peer, List<RougeText> models, boolean weighted) {
        double w = settings.wlcsWeight();
        Bag peerUnigrams = ngrams(peer.tokens, 1);
        double hits = 0;
        double modelTotal = 0;
        double peerTotal = 0;
        double best = -1;
        for (RougeText m : models) {
            Map<String, Integer> modelLeft = new HashMap<>(ngrams(m.tokens, 1).counts());
            Map<String, Integer> peerLeft = new HashMap<>(peerUnigrams.counts());
            double hit = 0;
            double base = 0;
            for (List<String> sentence : m.sentences) {
                boolean[] mask = new boolean[sentence.size()];
                base += weighted ? Math.pow(sentence.size(), w) : sentence.size();
                for (List<String> ps : peer.sentences) {
                    markLcs(sentence, ps, mask, weighted ? w : 0);
                }
                hit += weighted
                        ? weightedHits(sentence, mask, modelLeft, peerLeft, w)
                        : plainHits(sentence, mask, modelLeft, peerLeft);
            }
            // ROUGE-1.5.5 weighs the already weighted ROUGE-W base once more; reproduced as is.
            double modelCount = weighted ? Math.pow(base, w) : base;
            double peerCount = weighted ? Math.pow(peerUnigrams.total(), w) : peerUnigrams.total();
            if (settings.bestModel()) {
                double score = base == 0 ? 0 : (weighted ? Math.pow(hit / base, 1 / w) : hit / base);
                if (score > best) {
                    best = score;
                    hits = hit;
                    modelTotal = modelCount;
                    peerTotal = peerCount;
                }
            } else {
                hits += hit;
                modelTotal += modelCount;
                peerTotal += peerCount;
            }
        }
        double r = ratio(hits, modelTotal);
        double p = ratio(hits, peerTotal);
        if (weighted) {
            r = Math.pow(r, 1 / w);
            p = Math.pow(p, 1 / w);
        }
        return RougeScore.of(r, p, settings.alpha());
    }

    private static int plainHits(
            List<String> sentence, boolean[] mask, Map<String, Integer> modelLeft, Map<String, Integer> peerLeft) {
        int hit = 0;
        for (int j = 0; j < sentence.size(); j++) {
            if (mask[j] && take(sentence.get(j), modelLeft, peerLeft)) {
                hit++;
            }
        }
        return hit;
    }

    /** Consecutive hits of length k score k^w; the run bookkeeping follows ROUGE-1.5.5 exactly. */
    private static double weightedHits(
            List<String> sentence,
            boolean[] mask,
            Map<String, Integer> modelLeft,
            Map<String, Integer> peerLeft,
            double w) {
        double hit = 0;
        int run = 0;
        for (int j = 0; j < sentence.size(); j++) {
            if (mask[j] && take(sentence.get(j), modelLeft, peerLeft)) {
                run++;
                if ((j + 1 < sentence.size() && !mask[j + 1]) || j + 1 == sentence.size()) {
                    hit += Math.pow(run, w);
                    run = 0;
                }
            }
        }
        return hit;
    }

    /** A hit counts only while both texts still have an unused occurrence of the word (clipping). */
    private static boolean take(String token, Map<String, Integer> modelLeft, Map<String, Integer> peerLeft) {
        Integer m = modelLeft.get(token);
        Integer p = peerLeft.get(token);
        if (m == null || p == null || m <= 0 || p <= 0) {
            return false;
        }
        modelLeft.put(token, m - 1);
        peerLeft.put(token, p - 1);
        return true;
    }

    /**
     * Marks in {@code mask} the model positions on one longest common subsequence with the peer
     * sentence (weighted by consecutive runs when {@code weight > 0}), tracing back as ROUGE does.
     */
    static void markLcs(List<String> model, List<String> peer, boolean[] mask, double weight) {
        int m = model.size();
        int n = peer.size();
        if (m == 0) {
            return;
        }
        double[][] c = new double[m + 1][n + 1];
        int[][] run = weight > 0 ? new int[m + 1][n + 1] : null;
        byte[][] move = new byte[m + 1][n + 1]; // 1 diagonal, 2 up, 3 left
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                if (model.get(i - 1).equals(peer.get(j - 1))) {
                    if (run != null) {
                        int k = run[i - 1][j - 1];
                        c[i][j] = c[i - 1][j - 1] + Math.pow(k + 1, weight) - Math.pow(k, weight);
                        run[i][j] = k + 1;
                    } else {
                        c[i][j] = c[i - 1][j - 1] + 1;
                    }
                    move[i][j] = 1;
                } else if (c[i - 1][j] >= c[i][j - 1]) {
                    c[i][j] = c[i - 1][j];
                    move[i][j] = 2;
                } else {
                    c[i][j] = c[i][j - 1];
                    move[i][j] = 3;
                }
            }
        }
        int i = m;
        int j = n;
        while (i != 0 && j != 0) {
            switch (move[i][j]) {
                case 1 -> {
                    i--;
                    j--;
                    mask[i] = true;
                }
                case 2 -> i--;
                default -> j--;
            }
        }
    }
}
