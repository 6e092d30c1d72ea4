package dev.precis.render;

import dev.precis.model.Problem;
import dev.precis.model.Document;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.util.List;
import java.util.stream.Collectors;

/** Markdown: the summary with linked source markers, then the numbered sources as a list. */
public final class MarkdownRenderer implements Renderer {
    @Override
    public String render(Summary summary, List<Problem> problems) {
        StringBuilder sb = new StringBuilder("## Summary\n\n");
        for (SummarySentence s : summary.sentences()) {
            sb.append(escape(s.text())).append(' ')
                    .append(Markers.numbers(s).stream().map(n -> "[\\[" + n + "\\]](#source-" + n + ")")
                            .collect(Collectors.joining()))
                    .append('\n');
        }
        sb.append("\n## Sources\n\n");
        List<Document> docs = summary.documents();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            String label = escape(Markers.describe(d));
            sb.append(i + 1).append(". <a id=\"source-").append(i + 1).append("\"></a>")
                    .append(Markers.linkableUrl(d) != null ? "[" + label + "](" + Markers.linkableUrl(d) + ")" : label + " (`" + d.origin() + "`)")
                    .append('\n');
        }
        if (!problems.isEmpty()) {
            sb.append("\n## Skipped\n\n");
            problems.forEach(p -> sb.append("- `").append(p.name()).append("`: ").append(escape(p.reason())).append('\n'));
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("]", "\\]");
    }
}
