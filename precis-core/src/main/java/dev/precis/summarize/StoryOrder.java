package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import dev.precis.report.EventDates;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Orders summary sentences so they read as a story: by the day each tells of ({@link EventDates}:
 * the day its own time expression names, else its article's), then by how early in its article
 * each sentence stands (leads before background). A sentence of an article whose day is unknown is
 * taken to be as recent as the latest dated article, since it was gathered with them. The first sentence must
 * be able to lead: a quotation, a question, a list item or a sentence opening on a pronoun or a
 * conjunction never does; the summarizer's first choice that can (its most central sentence, the
 * main event) is moved to the front, unless most of the story's articles state another one.
 */
public final class StoryOrder {
    private StoryOrder() {}

    public static List<Sentence> sort(List<Sentence> sentences, Corpus corpus) {
        return sort(sentences, corpus, EventDates.of(corpus.documents()));
    }

    /** As {@link #sort(List, Corpus)}, with the story's event days already found. */
    static List<Sentence> sort(List<Sentence> sentences, Corpus corpus, EventDates days) {
        return sort(sentences, corpus, days, null);
    }

    /**
     * As {@link #sort(List, Corpus, EventDates)}, leading with {@code consensus} when it can lead:
     * the sentence most of the story's articles state is its main event.
     */
    static List<Sentence> sort(List<Sentence> sentences, Corpus corpus, EventDates days, Sentence consensus) {
        LocalDate latest = corpus.documents().stream()
                .map(d -> d.document().published())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.MIN);
        java.util.Map<Sentence, LocalDate> dayOf = new java.util.IdentityHashMap<>();
        for (Sentence s : sentences) {
            LocalDate day = days.of(s.doc(), s.index());
            dayOf.put(s, day != null ? day : latest);
        }
        Comparator<Sentence> byDate = Comparator.comparing(dayOf::get);
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
        // The lead is the summarizer's first choice that can lead (the story's main event, not the
        // earliest background): it moves to the front, with the sentences that lean on it.
        Sentence lead = java.util.stream.Stream.concat(
                        java.util.stream.Stream.ofNullable(consensus), sentences.stream())
                .filter(s -> canLead(s.text()) && !following.contains(s))
                .findFirst()
                .orElse(null);
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i) == lead) {
                int end = i + 1;
                while (end < ordered.size() && following.contains(ordered.get(end))) {
                    end++;
                }
                List<Sentence> leading = new java.util.ArrayList<>(ordered.subList(i, end));
                ordered.subList(i, end).clear();
                ordered.addAll(0, leading);
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
            "instead",
            "then",
            "later",
            "thus",
            "therefore",
            "moreover",
            "furthermore",
            "nevertheless",
            "nonetheless",
            "besides");

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
}
