package dev.precis.render;

import java.util.List;
import java.util.Locale;

import dev.precis.model.Problem;
import dev.precis.model.Disagreement;
import dev.precis.model.Entity;
import dev.precis.model.Quote;
import dev.precis.model.StoryReport;
import dev.precis.model.TimelineEntry;

/** Markdown: the summary (with linked source markers), then tables for who, quotes, timeline, disagreements. */
public final class ReportMarkdownRenderer implements ReportRenderer {
    @Override
    public String render(StoryReport report, List<Problem> problems) {
        String summary = new MarkdownRenderer().render(report.summary(), problems);
        int sourcesAt = summary.indexOf("\n## Sources\n");
        StringBuilder sb = new StringBuilder(summary.substring(0, sourcesAt + 1));

        sb.append("\n## Who\n\n| name | type | role | sources | also written |\n|---|---|---|---|---|\n");
        for (Entity e : report.entities()) {
            if (ReportRenderer.notable(e)) {
                sb.append("| ").append(cell(e.name())).append(" | ").append(e.type().name().toLowerCase(Locale.ROOT))
                        .append(" | ").append(e.role() == null ? "" : cell(e.role()))
                        .append(" | ").append(links(e.documents()))
                        .append(" | ").append(cell(String.join(", ", e.aliases().stream().filter(a -> !a.equals(e.name())).toList())))
                        .append(" |\n");
            }
        }
        sb.append("\n## Quotes\n\n");
        for (Quote q : report.quotes()) {
            sb.append("> ").append(cell(q.text())).append("\n>\n> \u2014 ").append(cell(q.speaker())).append(' ')
                    .append(links(q.documents())).append("\n\n");
        }
        sb.append("## Timeline\n\n| date | event | sources |\n|---|---|---|\n");
        for (TimelineEntry t : report.timeline()) {
            sb.append("| ").append(t.dateLabel()).append(" | ").append(cell(t.text())).append(" *(").append(cell(t.when()))
                    .append(")* | ").append(links(t.documents())).append(" |\n");
        }
        sb.append("\n## Where sources disagree\n\n");
        if (report.disagreements().isEmpty()) {
            sb.append("No figure is stated differently.\n");
        }
        for (Disagreement d : report.disagreements()) {
            sb.append("**").append(cell(d.about())).append("**\n\n");
            for (Disagreement.Version v : d.versions()) {
                sb.append("- ").append(cell(v.figure())).append(' ').append(links(v.documents())).append('\n');
            }
            sb.append('\n');
        }
        sb.append(summary.substring(sourcesAt));
        return sb.toString();
    }

    private static String links(List<Integer> documents) {
        StringBuilder sb = new StringBuilder();
        for (int d : documents) {
            sb.append("[\\[").append(d + 1).append("\\]](#source-").append(d + 1).append(')');
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("[", "\\[").replace("]", "\\]").replace("\n", " ");
    }
}
