package dev.precis.render;

import dev.precis.model.Problem;
import dev.precis.model.Document;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plain text: the summary, each sentence followed by {@code [2,1,4]} (the document it was taken
 * from first, then the others that state it), and the numbered source list.
 */
public final class TextRenderer implements Renderer {
    @Override
    public String render(Summary summary, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (SummarySentence s : summary.sentences()) {
            sb.append(s.text()).append(" [")
                    .append(Markers.numbers(s).stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .append("]\n");
        }
        sb.append("\nSources\n");
        List<Document> docs = summary.documents();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            sb.append(String.format("[%d] %s%n    %s%n", i + 1, Markers.describe(d), d.url() != null ? d.url() : d.origin()));
        }
        return sb.toString();
    }
}
