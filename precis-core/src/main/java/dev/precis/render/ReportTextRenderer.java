package dev.precis.render;

import java.util.List;
import java.util.Locale;

import dev.precis.model.Problem;
import dev.precis.model.Disagreement;
import dev.precis.model.Entity;
import dev.precis.model.Quote;
import dev.precis.model.StoryReport;
import dev.precis.model.TimelineEntry;

/** Plain text: the summary with its source markers, then who, quotes, timeline, disagreements, sources. */
public final class ReportTextRenderer implements ReportRenderer {
    @Override
    public String render(StoryReport report, List<Problem> problems) {
        StringBuilder sb = new StringBuilder("SUMMARY\n");
        String summary = new TextRenderer().render(report.summary(), problems);
        int sourcesAt = summary.indexOf("\nSources\n");
        sb.append(sourcesAt >= 0 ? summary.substring(0, sourcesAt) : summary);

        sb.append("\nWHO\n");
        for (Entity e : report.entities()) {
            if (!ReportRenderer.notable(e)) {
                continue;
            }
            sb.append("  ").append(e.name()).append(" (").append(e.type().name().toLowerCase(Locale.ROOT));
            if (e.role() != null) {
                sb.append("; ").append(e.role());
            }
            sb.append(") ").append(e.documents().size()).append(e.documents().size() == 1 ? " source " : " sources ")
                    .append(ReportRenderer.sources(e.documents()));
            List<String> others = e.aliases().stream().filter(a -> !a.equals(e.name())).toList();
            if (!others.isEmpty()) {
                sb.append("; also ").append(String.join(", ", others));
            }
            sb.append('\n');
        }

        sb.append("\nQUOTES\n");
        for (Quote q : report.quotes()) {
            sb.append("  \u201C").append(q.text()).append("\u201D \u2014 ").append(q.speaker()).append(' ')
                    .append(ReportRenderer.sources(q.documents())).append('\n');
        }

        sb.append("\nTIMELINE\n");
        for (TimelineEntry t : report.timeline()) {
            sb.append(String.format("  %-10s  %s %s  (%s)%n", t.dateLabel(), t.text(), ReportRenderer.sources(t.documents()), t.when()));
        }

        sb.append("\nWHERE SOURCES DISAGREE\n");
        if (report.disagreements().isEmpty()) {
            sb.append("  (no figure is stated differently)\n");
        }
        for (Disagreement d : report.disagreements()) {
            sb.append("  ").append(d.about()).append(":\n");
            for (Disagreement.Version v : d.versions()) {
                sb.append("    ").append(v.figure()).append(' ').append(ReportRenderer.sources(v.documents())).append('\n');
            }
        }
        sb.append(summary.substring(sourcesAt >= 0 ? sourcesAt : summary.length()).replace("\nSources\n", "\nSOURCES\n"));
        return sb.toString();
    }
}
