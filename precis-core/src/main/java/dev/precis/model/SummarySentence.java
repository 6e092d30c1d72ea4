package dev.precis.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence chosen for a summary, with its attribution.
 *
 * @param sentence      the sentence as analysed
 * @param source        index (in the corpus) of the document it was taken from
 * @param corroborating indexes of the other documents that state the same thing
 * @param text          the sentence as the summary prints it: its text, or that text with "today"
 *                      written as the day it names ("said Sunday")
 */
public record SummarySentence(Sentence sentence, int source, List<Integer> corroborating, String text) {
    public SummarySentence {
        corroborating = List.copyOf(corroborating);
        Objects.requireNonNull(text, "text");
    }

    public SummarySentence(Sentence sentence, int source, List<Integer> corroborating) {
        this(sentence, source, corroborating, sentence.text());
    }

    /** The same sentence and attribution, printed as {@code printed}. */
    public SummarySentence withText(String printed) {
        return new SummarySentence(sentence, source, corroborating, printed);
    }
}
