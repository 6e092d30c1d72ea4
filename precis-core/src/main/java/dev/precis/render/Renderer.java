package dev.precis.render;

import dev.precis.model.Problem;
import dev.precis.model.Story;
import dev.precis.model.StoryReport;
import java.util.List;

/**
 * Pipeline stage: writes story reports for people or programs, one implementation per
 * {@link Format}. A renderer writes the sections the report holds, then its numbered sources (and,
 * where the format shows them, the inputs that were skipped).
 */
public interface Renderer {
    String render(StoryReport report, List<Problem> problems);

    /** Stories, in the order given: each with its headline, size and dates, its report, and the copies folded into it. */
    String render(List<Story> stories, List<Problem> problems);
}
