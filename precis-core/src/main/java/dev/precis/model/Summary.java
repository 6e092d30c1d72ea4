package dev.precis.model;

import java.util.List;

/**
 * A multi-document summary: sentences in reading order, each attributed to the documents of the
 * corpus it summarises.
 */
public record Summary(String method, List<SummarySentence> sentences, List<Document> documents) {
    public Summary {
        sentences = List.copyOf(sentences);
        documents = List.copyOf(documents);
    }

    public int wordCount() {
        return sentences.stream().mapToInt(s -> s.sentence().wordCount()).sum();
    }

    /** The summary as plain text, one sentence per line (the form ROUGE scores). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (SummarySentence s : sentences) {
            sb.append(s.text()).append('\n');
        }
        return sb.toString();
    }
}
