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

/** Markdown: the summary with linked source markers, tables for who and the timeline, quotes, disagreements, sources, skipped inputs. */
public final class MarkdownRenderer implements Renderer {
    @Override
    public String render(StoryReport report, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        if (report.has(Section.SUMMARY)) {
            sb.append("## Summary\n\n");
            for (SummarySentence s : report.summary().sentences()) {
                sb.append(cell(s.text())).append(' ').append(links(Markers.numbers(s).stream().map(n -> n - 1).toList())).append('\n');
            }
        }
        if (report.has(Section.ENTITIES)) {
            sb.append("\n## Who\n\n| name | type | role | sources | also written |\n|---|---|---|---|---|\n");
            for (Entity e : report.entities()) {
                if (Markers.notable(e)) {
                    sb.append("| ").append(cell(e.name())).append(" | ").append(e.type().name().toLowerCase(Locale.ROOT))
                            .append(" | ").append(e.role() == null ? "" : cell(e.role()))
                            .append(" | ").append(links(e.documents()))
                            .append(" | ").append(cell(Markers.otherSpellings(e))).append(" |\n");
                }
            }
        }
        if (report.has(Section.QUOTES)) {
            sb.append("\n## Quotes\n");
            for (Quote q : report.quotes()) {
                sb.append("\n> ").append(cell(q.text())).append("\n>\n> \u2014 ").append(cell(q.speaker())).append(' ')
                        .append(links(q.documents())).append('\n');
            }
        }
        if (report.has(Section.TIMELINE)) {
            sb.append("\n## Timeline\n\n| date | event | sources |\n|---|---|---|\n");
            for (TimelineEntry t : report.timeline()) {
                sb.append("| ").append(t.dateLabel()).append(" | ").append(cell(t.text())).append(" *(").append(cell(t.when()))
                        .append(")* | ").append(links(t.documents())).append(" |\n");
            }
        }
        if (report.has(Section.DISAGREEMENTS)) {
            sb.append("\n## Where sources disagree\n");
            if (report.disagreements().isEmpty()) {
                sb.append("\nNo figure is stated differently.\n");
            }
            for (Disagreement d : report.disagreements()) {
                sb.append("\n**").append(cell(d.about())).append("**\n\n");
                for (Disagreement.Version v : d.versions()) {
                    sb.append("- ").append(cell(v.figure())).append(' ').append(links(v.documents())).append('\n');
                }
            }
        }
        sb.append("\n## Sources\n\n");
        List<Document> docs = report.documents();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            String label = cell(Markers.describe(d));
            String url = Markers.linkableUrl(d);
            sb.append(i + 1).append(". <a id=\"source-").append(i + 1).append("\"></a>")
                    .append(url != null ? "[" + label + "](" + url + ")" : label + " (`" + d.origin() + "`)").append('\n');
        }
        if (!problems.isEmpty()) {
            sb.append("\n## Skipped\n\n");
            problems.forEach(p -> sb.append("- `").append(p.name()).append("`: ").append(cell(p.reason())).append('\n'));
        }
        return sb.toString();
    }

    @Override
    public String render(List<Story> stories, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Story s : stories) {
            sb.append("# ").append(s.title()).append("\n\n").append(Markers.storyHeader(s)).append("\n\n")
                    .append(render(s.report(), List.of()));
            Markers.forEachCopy(s, (copy, kept) -> sb.append("folded ").append(copy.origin()).append(" (copy of ")
                    .append(kept.origin()).append(")\n"));
            sb.append('\n');
        }
        if (!problems.isEmpty()) {
            sb.append("## Skipped\n\n");
            problems.forEach(p -> sb.append("- `").append(p.name()).append("`: ").append(cell(p.reason())).append('\n'));
        }
        return sb.toString();
    }

    /** Source markers that link to the numbered list: [\[1\]](#source-1). */
    private static String links(List<Integer> documents) {
        StringBuilder sb = new StringBuilder();
        for (int d : documents) {
            sb.append("[\\[").append(d + 1).append("\\]](#source-").append(d + 1).append(')');
        }
        return sb.toString();
    }

    /** Text with Markdown's special characters escaped, on one line (safe in a table cell too). */
    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("[", "\\[").replace("]", "\\]").replace("\n", " ");
    }
}
