package dev.precis.render;

import java.util.List;

import dev.precis.model.Problem;
import dev.precis.model.StoryReport;

/** Pipeline stage: writes a story report for people or programs. */
public interface ReportRenderer {
    String render(StoryReport report, List<Problem> problems);

    static ReportRenderer forFormat(String format) {
        return switch (format) {
            case "text" -> new ReportTextRenderer();
            case "markdown", "md" -> new ReportMarkdownRenderer();
            case "json" -> new ReportJsonRenderer();
            case "html" -> new ReportHtmlRenderer();
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; choose text, json, markdown or html");
        };
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
    static boolean notable(dev.precis.model.Entity e) {
        return e.documents().size() >= 2 || e.mentions() >= 2;
    }
}
