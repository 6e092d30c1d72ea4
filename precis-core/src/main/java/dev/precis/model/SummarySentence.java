package dev.precis.model;

import java.util.List;

/**
 * A sentence chosen for a summary, with its attribution.
 *
 * @param sentence      the sentence as analysed
 * @param source        index (in the corpus) of the document it was taken from
 * @param corroborating indexes of the other documents that state the same thing
 */
public record SummarySentence(Sentence sentence, int source, List<Integer> corroborating) {
    public SummarySentence {
        corroborating = List.copyOf(corroborating);
    }

    public String text() {
        return sentence.text();
    }
}
