package dev.precis.text;

/**
 * The term weightings of Precis, named once: which one a stage uses is a choice about what it
 * compares.
 */
public enum Weighting {
    /**
     * Raw term frequency times smoothed idf, {@code tf * (ln((1 + N) / (1 + df)) + 1)}: sentences
     * within one story (summarizers, attribution, redundancy), where terms repeat little.
     */
    TF_IDF {
        @Override
        public double weight(double tf, int df, int documents) {
            return tf * idf(df, documents);
        }
    },
    /**
     * Sublinear tf times smoothed idf, {@code (1 + ln tf) * (1 + ln((1 + N) / (1 + df)))}: whole
     * articles in a stream (story grouping), where a long article repeats its words. The 1 keeps a
     * story's own vocabulary weighty in a small pile, where it is in most articles.
     */
    SUBLINEAR_TF_IDF {
        @Override
        public double weight(double tf, int df, int documents) {
            return (1 + Math.log(tf)) * (1 + Math.log((1.0 + documents) / (1.0 + df)));
        }
    };

    /** The weight of a term seen {@code tf} times, in {@code df} of {@code documents} documents. */
    public abstract double weight(double tf, int df, int documents);

    /** Smoothed inverse document frequency, {@code ln((1 + N) / (1 + df)) + 1}. */
    public static double idf(int df, int documents) {
        return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
    }
}
