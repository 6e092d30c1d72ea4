package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.Sentence;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Orders summary sentences so they read as a story: by the date of their article, then by how
 * early in its article each sentence stands (leads before background). An undated article is taken
 * to be as recent as the latest dated one, since it was gathered with them.
 */
public final class StoryOrder {
    private StoryOrder() {}

    public static List<Sentence> sort(List<Sentence> sentences, Corpus corpus) {
        LocalDate latest = corpus.documents().stream()
                .map(d -> d.document().published())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.MIN);
        Comparator<Sentence> byDate = Comparator.comparing(s -> dateOf(corpus.document(s.doc()), latest));
        Comparator<Sentence> byPosition = Comparator.comparingDouble(s ->
                (double) s.index() / corpus.documents().get(s.doc()).sentences().size());
        return sentences.stream()
                .sorted(byDate.thenComparing(byPosition)
                        .thenComparingInt(Sentence::doc)
                        .thenComparingInt(Sentence::index))
                .toList();
    }

    private static LocalDate dateOf(Document d, LocalDate fallback) {
        return d.published() != null ? d.published() : fallback;
    }
}
