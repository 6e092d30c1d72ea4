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
 * to be as recent as the latest dated one, since it was gathered with them. The first sentence must
 * be able to lead: a quotation, a question, a list item or a sentence opening on a pronoun or a
 * conjunction never does; the first one that can is moved to the front.
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
        List<Sentence> ordered = new java.util.ArrayList<>(sentences.stream()
                .sorted(byDate.thenComparing(byPosition)
                        .thenComparingInt(Sentence::doc)
                        .thenComparingInt(Sentence::index))
                .toList());
        // A sentence that points back follows the sentence before it in its article, when both are in.
        for (int i = 0; i < ordered.size(); i++) {
            Sentence s = ordered.get(i);
            if (!leansOnTheOneBefore(s, corpus)) {
                continue;
            }
            for (int j = 0; j < ordered.size(); j++) {
                Sentence p = ordered.get(j);
                if (j != i - 1 && p.doc() == s.doc() && p.index() == s.index() - 1) {
                    ordered.remove(i);
                    ordered.add(j < i ? j + 1 : j, s);
                    break;
                }
            }
        }
        // The first sentence that can lead moves to the front, with the sentences that lean on it.
        for (int i = 0; i < ordered.size(); i++) {
            if (canLead(ordered.get(i).text()) && !follows(ordered, i, corpus)) {
                int end = i + 1;
                while (end < ordered.size() && follows(ordered, end, corpus)) {
                    end++;
                }
                List<Sentence> lead = new java.util.ArrayList<>(ordered.subList(i, end));
                ordered.subList(i, end).clear();
                ordered.addAll(0, lead);
                break;
            }
        }
        return List.copyOf(ordered);
    }

    /** Whether a sentence points back at something the sentence before it in its article names. */
    private static boolean leansOnTheOneBefore(Sentence s, Corpus corpus) {
        return Candidates.pointsBack(s) || Candidates.definiteReference(s, corpus) != null;
    }

    /** Whether the sentence at {@code i} leans on the one just before it in the list (its article's previous one). */
    private static boolean follows(List<Sentence> ordered, int i, Corpus corpus) {
        if (i == 0) {
            return false;
        }
        Sentence s = ordered.get(i);
        Sentence p = ordered.get(i - 1);
        return p.doc() == s.doc() && p.index() == s.index() - 1 && leansOnTheOneBefore(s, corpus);
    }

    /** Openings that lean on what came before ("He said", "But the talks ...") or are not statements. */
    private static final java.util.Set<String> LEANING_OPENERS = java.util.Set.of(
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "you",
            "his",
            "her",
            "its",
            "their",
            "this",
            "that",
            "these",
            "those",
            "but",
            "and",
            "or",
            "so",
            "yet",
            "also",
            "still",
            "however",
            "meanwhile",
            "instead");

    /** Whether a sentence can open a summary: a statement that stands on its own. */
    static boolean canLead(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.endsWith("?")) {
            return false;
        }
        char first = t.charAt(0);
        if ("\"\u201C\u2018'-*\u2022(".indexOf(first) >= 0 || Character.isDigit(first) && t.matches("^\\d+[.)] .*")) {
            return false; // a quotation, a list item
        }
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        return !LEANING_OPENERS.contains(t.substring(0, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static LocalDate dateOf(Document d, LocalDate fallback) {
        return d.published() != null ? d.published() : fallback;
    }
}
