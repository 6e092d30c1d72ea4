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

/**
 * Markdown: the summary with linked source markers, tables for who and the timeline, quotes,
 * disagreements, sources, skipped inputs.
 */
public final class MarkdownRenderer extends SectionRenderer {
    @Override
    String heading(StoryReport report, Section section) {
        return switch (section) {
            case SUMMARY ->
                report.summary().isUpdate()
                        ? "## New since " + Markers.seenBefore(report.summary()) + "\n\n"
                        : "## Summary\n\n";
            case ENTITIES -> "\n## Who\n\n| name | type | role | sources | also written |\n|---|---|---|---|---|\n";
            case QUOTES -> "\n## Quotes\n";
            case TIMELINE -> "\n## Timeline\n\n| date | event | sources |\n|---|---|---|\n";
            case DISAGREEMENTS -> "\n## Where sources disagree\n";
        };
    }

    @Override
    String sentence(SummarySentence s) {
        return cell(s.text()) + " "
                + links(Markers.numbers(s).stream().map(n -> n - 1).toList()) + "\n";
    }

    /** "| Sergey Lavrov | person | Russian Foreign Minister | [\[1\]](#source-1) | Lavrov |". */
    @Override
    String entity(Entity e) {
        String type = e.type().name().toLowerCase(Locale.ROOT);
        String role = e.role() == null ? "" : cell(e.role());
        return "| " + cell(e.name()) + " | " + type + " | " + role + " | " + links(e.documents()) + " | "
                + cell(Markers.otherSpellings(e)) + " |\n";
    }

    @Override
    String quote(Quote q) {
        return "\n> " + cell(q.text()) + "\n>\n> \u2014 " + cell(q.speaker()) + " " + links(q.documents()) + "\n";
    }

    @Override
    String moreEntities(int hidden) {
        return "\n*... and " + hidden + " more named once in one source (`--format json` lists them)*\n";
    }

    @Override
    String event(TimelineEntry t) {
        String what = cell(t.text()) + " *(" + cell(t.when()) + ")*";
        return "| " + t.dateLabel() + " | " + what + " | " + links(t.documents()) + " |\n";
    }

    @Override
    String disagreement(Disagreement d) {
        StringBuilder sb = new StringBuilder(
                "\n**" + cell(d.about()) + "**" + (d.estimatesVary() ? " (estimates vary)" : "") + "\n\n");
        d.versions().forEach(v -> sb.append("- " + cell(v.figure()) + " " + links(v.documents()) + "\n"));
        return sb.toString();
    }

    @Override
    String noDisagreement() {
        return "\nNo figure is stated differently.\n";
    }

    @Override
    String sourcesHeading(StoryReport report) {
        return "\n## Sources\n\n";
    }

    /** "2. <a id="source-2"></a>[Title — Outlet, 2016-09-05](https://...)": linked when the address is safe. */
    @Override
    String source(int index, Document d) {
        String label = cell(Markers.describe(d));
        String url = Markers.linkableUrl(d);
        String shown = url != null ? "[" + label + "](" + url + ")" : label + " (`" + d.origin() + "`)";
        return (index + 1) + ". <a id=\"source-" + (index + 1) + "\"></a>" + shown + "\n";
    }

    @Override
    String problems(String heading, List<Problem> problems) {
        StringBuilder sb = new StringBuilder("\n## " + heading + "\n\n");
        problems.forEach(p -> sb.append("- `" + p.printableName() + "`: " + cell(p.reason()) + "\n"));
        return sb.toString();
    }

    @Override
    String storyHeading(int index, Story s) {
        return "# " + s.title() + "\n\n" + Markers.storyHeader(s) + "\n\n";
    }

    /** Source markers that link to the numbered list: [\[1\]](#source-1). */
    private static String links(List<Integer> documents) {
        StringBuilder sb = new StringBuilder();
        documents.forEach(d -> sb.append("[\\[" + (d + 1) + "\\]](#source-" + (d + 1) + ")"));
        return sb.toString();
    }

    /** Text with Markdown's special characters escaped, on one line (safe in a table cell too). */
    private static String cell(String s) {
        return s.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("[", "\\[")
                .replace("]", "\\]")
                .replace("\n", " ");
    }
}
