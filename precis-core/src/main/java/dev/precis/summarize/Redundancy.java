package dev.precis.summarize;

import dev.precis.model.Sentence;
import java.util.List;

/** Keeps a summary from saying the same thing twice. */
final class Redundancy {
    /** Sentences more similar than this (tf-idf cosine) say the same thing for a summary's purpose. */
    static final double MAX_SIMILARITY = 0.5;

    private Redundancy() {}

    static boolean repeats(Sentence candidate, List<Sentence> chosen, TermVectors vectors) {
        for (Sentence s : chosen) {
            if (vectors.cosine(candidate, s) > MAX_SIMILARITY) {
                return true;
            }
        }
        return false;
    }
}
