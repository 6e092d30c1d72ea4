package dev.precis.model;

import java.util.List;

/**
 * One quantity the sources state differently, each version with the sources that give it.
 *
 * @param about    what is counted ("death toll", "duration", or the counted noun)
 * @param versions the differing statements, most widely carried first
 * @param estimatesVary the figures are hedged estimates whose ranges overlap ("as many as a
 *                 half-million", "more than 300,000"): they can all be true, so the sources vary
 *                 rather than contradict each other; listed after the contradictions
 */
public record Disagreement(String about, List<Version> versions, boolean estimatesVary) {
    public Disagreement {
        versions = List.copyOf(versions);
    }

    /** A hard contradiction: the figures cannot all be true. */
    public Disagreement(String about, List<Version> versions) {
        this(about, versions, false);
    }

    /**
     * @param figure    the amount as written ("more than 300,000 people")
     * @param sentence  the sentence it was found in (of the first document)
     * @param documents indexes of the documents that state it
     */
    public record Version(String figure, String sentence, List<Integer> documents) {
        public Version {
            documents = List.copyOf(documents);
        }
    }
}
