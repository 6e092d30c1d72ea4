package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precis.Precis;
import dev.precis.model.Document;
import dev.precis.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A sentence written for a test, analysed as an article of March 15, 2024 holding only it. */
final class OneSentence {
    private OneSentence() {}

    static Sentence of(String text) {
        Document d = new Document("t", null, "Ostravale Post", null, LocalDate.of(2024, 3, 15), text, "t");
        List<Sentence> sentences = Precis.builder()
                .build()
                .prepare(List.of(d), new ArrayList<>())
                .documents()
                .get(0)
                .sentences();
        assertEquals(1, sentences.size(), sentences.toString());
        return sentences.get(0);
    }
}
