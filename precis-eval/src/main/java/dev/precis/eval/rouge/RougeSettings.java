package dev.precis.eval.rouge;

import java.util.Set;

/**
 * ROUGE-1.5.5 options.
 *
 * @param maxN         ROUGE-N for N = 1..maxN ({@code -n})
 * @param stem         Porter stemming with WordNet exceptions ({@code -m})
 * @param stopwords    words removed before counting ({@code -s}); empty to keep all
 * @param wordLimit    peer and models cut to this many words ({@code -l}); 0 for none
 * @param byteLimit    ... or to this many bytes ({@code -b}); 0 for none
 * @param skipDistance maximum gap of skip-bigrams ({@code -2}); negative for no ROUGE-S
 * @param skipUnigrams count unigrams in skip-bigram scores, i.e. ROUGE-SU ({@code -u})
 * @param wlcsWeight   weight of ROUGE-W ({@code -w}); 0 for no ROUGE-W
 * @param bestModel    score against the best-matching model ({@code -f B}) instead of all models pooled ({@code -f A})
 * @param alpha        weight of precision in F ({@code -p})
 */
public record RougeSettings(
        int maxN,
        boolean stem,
        Set<String> stopwords,
        int wordLimit,
        int byteLimit,
        int skipDistance,
        boolean skipUnigrams,
        double wlcsWeight,
        boolean bestModel,
        double alpha) {
    public RougeSettings {
        stopwords = Set.copyOf(stopwords);
        if (wordLimit > 0 && byteLimit > 0) {
            throw new IllegalArgumentException("limit length in words or in bytes, not both");
        }
    }

    /**
     * NIST's DUC 2005–2007 settings: {@code -n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 250}.
     */
    public static RougeSettings duc(int words) {
        return new RougeSettings(4, true, Set.of(), words, 0, 4, true, 1.2, false, 0.5);
    }
}
