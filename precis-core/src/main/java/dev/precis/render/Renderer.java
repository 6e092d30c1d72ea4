package dev.precis.render;

import dev.precis.model.Problem;
import dev.precis.model.Summary;
import java.util.List;

/** Pipeline stage: writes a summary for people or programs. */
public interface Renderer {
    String render(Summary summary, List<Problem> problems);

    static Renderer forFormat(String format) {
        return switch (format) {
            case "text" -> new TextRenderer();
            case "markdown", "md" -> new MarkdownRenderer();
            case "json" -> new JsonRenderer();
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; choose text, json or markdown");
        };
    }
}
