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
        List<Sentence> sorted = sentences.stream()
                .sorted(byDate.thenComparing(byPosition)
                        .thenComparingInt(Sentence::doc)
                        .thenComparingInt(Sentence::index))
                .toList();
        // A sentence that points back follows the sentence before it in its article, when both are in.
        java.util.Map<Sentence, Sentence> follower = new java.util.IdentityHashMap<>();
        for (Sentence s : sorted) {
            if (leansOnTheOneBefore(s, corpus)) {
                for (Sentence p : sorted) {
                    if (p.doc() == s.doc() && p.index() == s.index() - 1) {
                        follower.put(p, s);
                        break;
                    }
                }
            }
        }
        java.util.Set<Sentence> following = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        following.addAll(follower.values());
        List<Sentence> ordered = new java.util.ArrayList<>();
        for (Sentence s : sorted) {
            for (Sentence next = following.contains(s) ? null : s; next != null; next = follower.get(next)) {
                ordered.add(next);
            }
        }
        // The first sentence that can lead moves to the front, with the sentences that lean on it.
        for (int i = 0; i < ordered.size(); i++) {
            if (canLead(ordered.get(i).text()) && !following.contains(ordered.get(i))) {
                int end = i + 1;
                while (end < ordered.size() && following.contains(ordered.get(end))) {
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
