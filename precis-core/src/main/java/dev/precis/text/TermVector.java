package dev.precis.text;

import java.util.Collections;
import java.util.Map;

/**
 * A sparse vector of term weights with dot product, norm and cosine: the one vector type of
 * Precis (sentences for summarising and attribution, centroids, query vectors, articles for
 * grouping). Immutable; its norm is computed once.
 */
public final class TermVector {
    private static final TermVector EMPTY = new TermVector(Map.of());
    private final Map<String, Double> weights;
    private double norm = -1;

    private TermVector(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** A vector of these weights (the map is kept, not copied: the caller hands it over). */
    public static TermVector of(Map<String, Double> weights) {
        return weights.isEmpty() ? EMPTY : new TermVector(weights);
    }

    public Map<String, Double> weights() {
        return Collections.unmodifiableMap(weights);
    }

    public double dot(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        return dot(small, large);
    }

    /** The dot product with a map of weights (a centroid being built), summed over this vector's terms. */
    public double dot(Map<String, Double> other) {
        return dot(weights, other);
    }

    private static double dot(Map<String, Double> iterated, Map<String, Double> looked) {
        double dot = 0;
        for (var e : iterated.entrySet()) {
            Double w = looked.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    public double norm() {
        if (norm < 0) {
            double sum = 0;
            for (double w : weights.values()) {
                sum += w * w;
            }
            norm = Math.sqrt(sum);
        }
        return norm;
    }

    /** Cosine similarity; 0 when the vectors share no term. */
    public double cosine(TermVector other) {
        double dot = dot(other);
        return dot == 0 ? 0 : dot / (norm() * other.norm());
    }
}
