package dev.precis.model;

import java.util.List;

/**
 * A sentence of an analysed document. The analysis (tokens, stemmed content terms) is computed
 * once and shared by every later stage.
 *
 * @param doc       index of its document in the {@link Corpus}
 * @param index     position of the sentence within its document (0-based)
 * @param paragraph paragraph number within the document (0-based)
 * @param text      the sentence as written
 * @param tokens    word tokens as written
 * @param stems     lower-cased Porter stems of every word token (punctuation removed), in text order
 * @param terms     lower-cased Porter stems of the content words (stop words and punctuation removed),
 *                  in text order
 */
public record Sentence(int doc, int index, int paragraph, String text, List<String> tokens, List<String> stems, List<String> terms) {

    public Sentence {
        tokens = List.copyOf(tokens);
        stems = List.copyOf(stems);
        terms = List.copyOf(terms);
    }

    public Sentence withDoc(int newDoc) {
        return new Sentence(newDoc, index, paragraph, text, tokens, stems, terms);
    }

    /** Length in words as a reader counts them (whitespace-separated). */
    public int wordCount() {
        return WordCount.of(text);
    }
}
