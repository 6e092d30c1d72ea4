package dev.precis.render;

import dev.precis.model.Document;
import dev.precis.model.DuplicateGroup;
import dev.precis.model.Entity;
import dev.precis.model.Story;
import dev.precis.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** What every renderer writes the same way: source numbers (from 1, in corpus order), labels, safe links. */
public final class Markers {
    private Markers() {}

    /** Source number first, then the corroborating documents' numbers. */
    static List<Integer> numbers(SummarySentence s) {
        List<Integer> out = new ArrayList<>();
        out.add(s.source() + 1);
        s.corroborating().forEach(d -> out.add(d + 1));
        return out;
    }

    /** Document indexes as the 1-based source numbers the renderers print: [1,4]. */
    static String sources(List<Integer> documents) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < documents.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(documents.get(i) + 1);
        }
        return sb.append(']').toString();
    }

    /** The entities worth a reader's attention: named in two sources, or twice; all of them in JSON. */
    static boolean notable(Entity e) {
        return e.documents().size() >= 2 || e.mentions() >= 2;
    }

    /** The entity's other spellings, comma-separated. */
    static String otherSpellings(Entity e) {
        return String.join(
                ", ", e.aliases().stream().filter(a -> !a.equals(e.name())).toList());
    }

    /** The article's address when it is safe to link to (http or https), else null: no "javascript:" links. */
    public static String linkableUrl(Document d) {
        String url = d.url();
        return url != null && url.matches("(?i)https?://[^\\s\"<>]+") ? url : null;
    }

    /** Whether an item comes only from articles the reader had not seen (an update summary's report). */
    public static boolean isNew(List<Integer> documents, dev.precis.model.Summary summary) {
        return summary != null && summary.isUpdate() && documents.stream().noneMatch(summary.seen()::contains);
    }

    /** An event still to come, its time written so: "(on Friday; expected)". */
    static dev.precis.model.TimelineEntry markExpected(dev.precis.model.TimelineEntry t) {
        return t.expected()
                ? new dev.precis.model.TimelineEntry(
                        t.date(), t.precision(), t.when() + "; expected", t.text(), t.documents(), true)
                : t;
    }

    /** In an update, a timeline entry only new articles report, marked so ("new: ..."). */
    static dev.precis.model.TimelineEntry markNew(dev.precis.model.TimelineEntry t, dev.precis.model.Summary s) {
        return isNew(t.documents(), s)
                ? new dev.precis.model.TimelineEntry(
                        t.date(), t.precision(), t.when(), "new: " + t.text(), t.documents(), t.expected())
                : t;
    }

    /** In an update, the figures of a disagreement only new articles state, marked "(new)". */
    static dev.precis.model.Disagreement markNew(dev.precis.model.Disagreement d, dev.precis.model.Summary s) {
        if (s == null || !s.isUpdate()) {
            return d;
        }
        return new dev.precis.model.Disagreement(
                d.about(),
                d.versions().stream()
                        .map(v -> isNew(v.documents(), s)
                                ? new dev.precis.model.Disagreement.Version(
                                        v.figure() + " (new)", v.sentence(), v.documents())
                                : v)
                        .toList(),
                d.estimatesVary());
    }

    /** "the 3 articles seen before ([1], [2], [4])": what an update summary is new against. */
    static String seenBefore(dev.precis.model.Summary summary) {
        List<Integer> seen = summary.seen();
        String numbers =
                String.join(", ", seen.stream().map(i -> "[" + (i + 1) + "]").toList());
        return (seen.size() == 1 ? "the article" : "the " + seen.size() + " articles") + " seen before (" + numbers
                + ")";
    }

    static String describe(Document d) {
        StringBuilder sb = new StringBuilder(d.label());
        if (d.source() != null) {
            sb.append(" \u2014 ").append(d.source());
        }
        if (d.published() != null) {
            sb.append(", ").append(d.published());
        }
        return sb.toString();
    }

    /** "3 article(s), 2016-09-04 to 2016-09-05". */
    static String storyHeader(Story s) {
        String span = s.first() == null
                ? "undated"
                : s.first().equals(s.last()) ? s.first().toString() : s.first() + " to " + s.last();
        return s.size() + " article(s), " + span;
    }

    /** A line "folded COPY (copy of KEPT)" for each copy folded into the story. */
    static String foldedLines(Story s) {
        StringBuilder sb = new StringBuilder();
        forEachCopy(s, (copy, kept) -> sb.append("folded " + copy.origin() + " (copy of " + kept.origin() + ")\n"));
        return sb.toString();
    }

    /** Each folded copy with the article it is a copy of. */
    static void forEachCopy(Story s, BiConsumer<Document, Document> copyAndKept) {
        for (DuplicateGroup g : s.folded()) {
            for (Document copy : g.copies()) {
                copyAndKept.accept(copy, g.kept());
            }
        }
    }
}
