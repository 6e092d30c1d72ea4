package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.List;

/**
 * Sentences fit to stand in a summary: long enough to say something, short enough to read, and
 * complete (not a question, not a fragment of a quotation left open).
 */
public final class Candidates {
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 60;

    private Candidates() {
    }

    public static List<Sentence> of(Corpus corpus) {
        List<Sentence> out = corpus.sentences().stream().filter(Candidates::eligible).toList();
        // A corpus of only short sentences still gets a summary.
        return out.isEmpty() ? corpus.sentences() : out;
    }

    static boolean eligible(Sentence s) {
        int words = s.wordCount();
        String t = s.text().strip();
        return words >= MIN_WORDS && words <= MAX_WORDS && !t.endsWith("?") && s.terms().size() >= 3
                && balancedQuotes(t);
    }

    private static boolean balancedQuotes(String t) {
        long open = t.chars().filter(c -> c == '\u201C').count();
        long close = t.chars().filter(c -> c == '\u201D').count();
        long straight = t.chars().filter(c -> c == '"').count();
        return open == close && straight % 2 == 0;
    }
}
