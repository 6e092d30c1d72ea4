package dev.precis.render;

import dev.precis.model.Disagreement;
import dev.precis.model.Document;
import dev.precis.model.Entity;
import dev.precis.model.Problem;
import dev.precis.model.Quote;
import dev.precis.model.Section;
import dev.precis.model.Story;
import dev.precis.model.StoryReport;
import dev.precis.model.SummarySentence;
import dev.precis.model.TimelineEntry;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Plain text: each summary sentence followed by {@code [2,1,4]} (the document it was taken from
 * first, then the others that state it), then who, quotes, timeline and disagreements when the
 * report holds them (under capital headings), then the numbered sources. Skipped inputs are not
 * shown: the CLI lists them on stderr.
 */
public final class TextRenderer extends SectionRenderer {
    /** A report with more than its summary gets capital headings; a summary alone reads as plain text. */
    private static boolean headed(StoryReport report) {
        return report.sections().stream().anyMatch(s -> s != Section.SUMMARY);
    }

    @Override
    String heading(StoryReport report, Section section) {
        return switch (section) {
            case SUMMARY ->
                report.summary().isUpdate()
                        ? (headed(report)
                                        ? ("NEW SINCE " + Markers.seenBefore(report.summary())).toUpperCase(Locale.ROOT)
                                        : "New since " + Markers.seenBefore(report.summary()))
                                + "\n"
                        : headed(report) ? "SUMMARY\n" : "";
            case ENTITIES -> "\nWHO\n";
            case QUOTES -> "\nQUOTES\n";
            case TIMELINE -> "\nTIMELINE\n";
            case DISAGREEMENTS -> "\nWHERE SOURCES DISAGREE\n";
        };
    }

    @Override
    String sentence(SummarySentence s) {
        return s.text() + " ["
                + Markers.numbers(s).stream().map(String::valueOf).collect(Collectors.joining(",")) + "]\n";
    }

    /** "  Sergey Lavrov (person; Russian Foreign Minister) 3 sources [1,2,4]; also Lavrov". */
    @Override
    String entity(Entity e) {
        String role = e.role() != null ? "; " + e.role() : "";
        String count = e.documents().size() + (e.documents().size() == 1 ? " source " : " sources ");
        String also = Markers.otherSpellings(e).isEmpty() ? "" : "; also " + Markers.otherSpellings(e);
        String type = e.type().name().toLowerCase(Locale.ROOT);
        return "  " + e.name() + " (" + type + role + ") " + count + Markers.sources(e.documents()) + also + "\n";
    }

    @Override
    String moreEntities(int hidden) {
        return "  ... and " + hidden + " more named once in one source (--format json lists them)\n";
    }

    @Override
    String quote(Quote q) {
        return "  \u201C" + q.text() + "\u201D \u2014 " + q.speaker() + " " + Markers.sources(q.documents()) + "\n";
    }

    @Override
    String event(TimelineEntry t) {
        return String.format(
                "  %-10s  %s %s  (%s)%n", t.dateLabel(), t.text(), Markers.sources(t.documents()), t.when());
    }

    @Override
    String disagreement(Disagreement d) {
        StringBuilder sb = new StringBuilder("  " + d.about() + (d.estimatesVary() ? " (estimates vary)" : "") + ":\n");
        d.versions().forEach(v -> sb.append("    " + v.figure() + " " + Markers.sources(v.documents()) + "\n"));
        return sb.toString();
    }

    @Override
    String noDisagreement() {
        return "  (no figure is stated differently)\n";
    }

    @Override
    String sourcesHeading(StoryReport report) {
        return headed(report) ? "\nSOURCES\n" : "\nSources\n";
    }

    @Override
    String source(int index, Document d) {
        String where = d.url() != null ? d.url() : d.origin();
        return String.format("[%d] %s%n    %s%n", index + 1, Markers.describe(d), where);
    }

    /** Skipped inputs and notices are not written: the CLI lists them on stderr. */
    @Override
    String problems(String heading, List<Problem> problems) {
        return "";
    }

    @Override
    String storyHeading(int index, Story s) {
        return "=== Story " + (index + 1) + ": " + s.title() + "\n" + Markers.storyHeader(s) + "\n\n";
    }
}
