package dev.precis.model;

import java.util.List;

/** A cleaned document with its sentences. */
public record AnalyzedDocument(Document document, List<Sentence> sentences) {
    public AnalyzedDocument {
        sentences = List.copyOf(sentences);
    }
}
