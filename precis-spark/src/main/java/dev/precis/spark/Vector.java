package dev.precis.spark;

import dev.precis.text.TermVector;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** A grouping vector as it travels between tasks: the core {@link TermVector}'s terms and weights in arrays. */
record Vector(String[] terms, double[] weights) implements Serializable {
    static Vector of(TermVector v) {
        return of(v.weights());
    }

    /** A map of weights (a sum being built) as a vector. */
    static Vector of(Map<String, Double> weights) {
        String[] terms = new String[weights.size()];
        double[] w = new double[terms.length];
        int i = 0;
        for (var e : weights.entrySet()) {
            terms[i] = e.getKey();
            w[i++] = e.getValue();
        }
        return new Vector(terms, w);
    }

    TermVector termVector() {
        Map<String, Double> m = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            m.put(terms[i], weights[i]);
        }
        return TermVector.of(m);
    }

    /** The heaviest term (the first in term order among equals), or null for an empty vector. */
    String heaviest() {
        int best = -1;
        for (int i = 0; i < terms.length; i++) {
            if (best < 0
                    || weights[i] > weights[best]
                    || weights[i] == weights[best] && terms[i].compareTo(terms[best]) < 0) {
                best = i;
            }
        }
        return best < 0 ? null : terms[best];
    }
}
