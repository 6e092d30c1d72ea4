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
public final class TextRenderer implements Renderer {
    @Override
    public String render(StoryReport report, List<Problem> problems) {
        boolean headed = report.sections().stream().anyMatch(s -> s != Section.SUMMARY);
        StringBuilder sb = new StringBuilder(headed ? "SUMMARY\n" : "");
        if (report.has(Section.SUMMARY)) {
            for (SummarySentence s : report.summary().sentences()) {
                sb.append(s.text()).append(" [")
                        .append(Markers.numbers(s).stream().map(String::valueOf).collect(Collectors.joining(",")))
                        .append("]\n");
            }
        }
        if (report.has(Section.ENTITIES)) {
            sb.append("\nWHO\n");
            for (Entity e : report.entities()) {
                if (Markers.notable(e)) {
                    sb.append("  ").append(e.name()).append(" (").append(e.type().name().toLowerCase(Locale.ROOT));
                    if (e.role() != null) {
                        sb.append("; ").append(e.role());
                    }
                    sb.append(") ").append(e.documents().size()).append(e.documents().size() == 1 ? " source " : " sources ")
                            .append(Markers.sources(e.documents()));
                    if (!Markers.otherSpellings(e).isEmpty()) {
                        sb.append("; also ").append(Markers.otherSpellings(e));
                    }
                    sb.append('\n');
                }
            }
        }
        if (report.has(Section.QUOTES)) {
            sb.append("\nQUOTES\n");
            for (Quote q : report.quotes()) {
                sb.append("  \u201C").append(q.text()).append("\u201D \u2014 ").append(q.speaker()).append(' ')
                        .append(Markers.sources(q.documents())).append('\n');
            }
        }
        if (report.has(Section.TIMELINE)) {
            sb.append("\nTIMELINE\n");
            for (TimelineEntry t : report.timeline()) {
                sb.append(String.format("  %-10s  %s %s  (%s)%n", t.dateLabel(), t.text(), Markers.sources(t.documents()), t.when()));
            }
        }
        if (report.has(Section.DISAGREEMENTS)) {
            sb.append("\nWHERE SOURCES DISAGREE\n");
            if (report.disagreements().isEmpty()) {
                sb.append("  (no figure is stated differently)\n");
            }
            for (Disagreement d : report.disagreements()) {
                sb.append("  ").append(d.about()).append(":\n");
                for (Disagreement.Version v : d.versions()) {
                    sb.append("    ").append(v.figure()).append(' ').append(Markers.sources(v.documents())).append('\n');
                }
            }
        }
        sb.append(headed ? "\nSOURCES\n" : "\nSources\n");
        List<Document> docs = report.documents();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            sb.append(String.format("[%d] %s%n    %s%n", i + 1, Markers.describe(d), d.url() != null ? d.url() : d.origin()));
        }
        return sb.toString();
    }

    @Override
    public String render(List<Story> stories, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            sb.append("=== Story ").append(i + 1).append(": ").append(s.title()).append('\n')
                    .append(Markers.storyHeader(s)).append("\n\n").append(render(s.report(), List.of()));
            Markers.forEachCopy(s, (copy, kept) -> sb.append("folded ").append(copy.origin()).append(" (copy of ")
                    .append(kept.origin()).append(")\n"));
            sb.append('\n');
        }
        return sb.toString();
    }
}
