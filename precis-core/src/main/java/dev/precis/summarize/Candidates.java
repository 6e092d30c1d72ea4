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

    /**
     * Eligible sentences, each in its shortened form where it has one (see
     * {@link dev.precis.analyze.Compression}): the attribution is left to the source markers.
     */
    public static List<Sentence> preferShortened(Corpus corpus) {
        java.util.Map<String, Sentence> shorter = new java.util.HashMap<>();
        for (var d : corpus.documents()) {
            for (Sentence s : d.shortened()) {
                shorter.put(s.doc() + ":" + s.index(), s);
            }
        }
        return of(corpus).stream().map(s -> shorter.getOrDefault(s.doc() + ":" + s.index(), s))
                .filter(Candidates::eligible).toList();
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
