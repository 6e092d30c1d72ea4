package dev.precis.model;

import java.util.List;

/**
 * A cleaned document with its sentences, shortened forms of some of them (same document and
 * position, trailing attribution left out) that a summarizer may use instead, and the content terms
 * (stems) of its headline.
 */
public record AnalyzedDocument(
        Document document, List<Sentence> sentences, List<Sentence> shortened, List<String> headlineTerms) {
    public AnalyzedDocument {
        sentences = List.copyOf(sentences);
        shortened = List.copyOf(shortened);
        headlineTerms = List.copyOf(headlineTerms);
    }

    public AnalyzedDocument(Document document, List<Sentence> sentences) {
        this(document, sentences, List.of(), List.of());
    }

    /** The same analysis as document {@code index} of another corpus. */
    public AnalyzedDocument withIndex(int index) {
        if (sentences.isEmpty() || sentences.get(0).doc() == index) {
            return this;
        }
        return new AnalyzedDocument(
                document,
                sentences.stream().map(s -> s.withDoc(index)).toList(),
                shortened.stream().map(s -> s.withDoc(index)).toList(),
                headlineTerms);
    }
}
