package dev.precis.eval.group;

import java.util.HashMap;
import java.util.Map;

/**
 * How well a grouping matches reference labels: B-cubed precision, recall and F1 (Bagga and
 * Baldwin 1998; averaged over items) and the adjusted Rand index (Hubert and Arabie 1985).
 */
public record ClusterScores(double precision, double recall, double f1, double adjustedRand) {
    public static ClusterScores of(int[] reference, int[] predicted) {
        int n = reference.length;
        Map<Long, Integer> joint = new HashMap<>();
        Map<Integer, Integer> refSize = new HashMap<>();
        Map<Integer, Integer> predSize = new HashMap<>();
        for (int i = 0; i < n; i++) {
            joint.merge(((long) reference[i] << 32) | (predicted[i] & 0xFFFFFFFFL), 1, Integer::sum);
            refSize.merge(reference[i], 1, Integer::sum);
            predSize.merge(predicted[i], 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int both = joint.get(((long) reference[i] << 32) | (predicted[i] & 0xFFFFFFFFL));
            p += (double) both / predSize.get(predicted[i]);
            r += (double) both / refSize.get(reference[i]);
        }
        p /= n;
        r /= n;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double index = 0;
        for (int c : joint.values()) {
            index += pairs(c);
        }
        double a = 0;
        for (int c : refSize.values()) {
            a += pairs(c);
        }
        double b = 0;
        for (int c : predSize.values()) {
            b += pairs(c);
        }
        double expected = a * b / pairs(n);
        double max = (a + b) / 2;
        double ari = max == expected ? 1 : (index - expected) / (max - expected);
        return new ClusterScores(p, r, f1, ari);
    }

    private static double pairs(long k) {
        return k * (k - 1) / 2.0;
    }
}
