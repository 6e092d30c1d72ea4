package dev.precis.summarize;

import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import dev.precis.model.SummarySentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds, for a summary sentence, the other documents that state the same thing: those holding a
 * sentence close to it in tf-idf space and sharing enough of its content words.
 */
public final class Attributor {
    /** tf-idf cosine above which two sentences of different outlets report the same fact. */
    static final double MIN_SIMILARITY = 0.35;
    /** ... and at least this share of the summary sentence's content terms must appear in the other. */
    static final double MIN_TERM_OVERLAP = 0.4;

    private final Corpus corpus;
    private final TermVectors vectors;

    public Attributor(Corpus corpus) {
        this.corpus = corpus;
        this.vectors = new TermVectors(corpus);
    }

    public SummarySentence attribute(Sentence s) {
        List<Integer> corroborating = new ArrayList<>();
        Set<String> terms = new HashSet<>(s.terms());
        for (int d = 0; d < corpus.size(); d++) {
            if (d == s.doc()) {
                continue;
            }
            AnalyzedDocument other = corpus.documents().get(d);
            for (Sentence o : other.sentences()) {
                if (sameFact(s, terms, o)) {
                    corroborating.add(d);
                    break;
                }
            }
        }
        return new SummarySentence(s, s.doc(), corroborating);
    }

    private boolean sameFact(Sentence s, Set<String> terms, Sentence o) {
        if (vectors.cosine(s, o) < MIN_SIMILARITY) {
            return false;
        }
        Set<String> shared = new HashSet<>(o.terms());
        shared.retainAll(terms);
        return shared.size() >= 3 && shared.size() >= MIN_TERM_OVERLAP * terms.size();
    }
}
