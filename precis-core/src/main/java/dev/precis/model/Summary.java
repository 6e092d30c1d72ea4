package dev.precis.model;

import java.util.List;

/**
 * A multi-document summary: sentences in reading order, each attributed to the documents of the
 * corpus it summarises. An update summary says what the documents not {@code seen} add to those
 * the reader had read (their indexes, in order); none of its sentences comes from a seen one.
 */
public record Summary(String method, List<SummarySentence> sentences, List<Document> documents, List<Integer> seen) {
    public Summary {
        sentences = List.copyOf(sentences);
        documents = List.copyOf(documents);
        seen = seen.stream().sorted().toList();
    }

    /** A summary of everything, nothing seen before. */
    public Summary(String method, List<SummarySentence> sentences, List<Document> documents) {
        this(method, sentences, documents, List.of());
    }

    public boolean isUpdate() {
        return !seen.isEmpty();
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
