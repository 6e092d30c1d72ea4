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
import java.util.function.Function;

/**
 * The walk every text format shares: the sections the report holds, in their order, then its
 * sources; for stories, each story's heading, report and folded copies. A format says only how each
 * piece is written.
 */
abstract class SectionRenderer implements Renderer {
    @Override
    public String render(StoryReport report, List<Problem> problems) {
        return begin(report.title()) + body(report) + skipped(problems) + end();
    }

    @Override
    public String render(List<Story> stories, List<Problem> problems) {
        StringBuilder sb = new StringBuilder(begin("Stories"));
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            sb.append(storyHeading(i, s) + body(s.report()) + folded(s) + storyEnd());
        }
        return sb.append(skipped(problems)).append(end()).toString();
    }

    private String body(StoryReport report) {
        StringBuilder sb = new StringBuilder();
        for (Section section : order()) {
            if (report.has(section)) {
                sb.append(heading(report, section) + items(report, section) + sectionEnd(section));
            }
        }
        sb.append(sourcesHeading(report));
        List<Document> docs = report.documents();
        for (int i = 0; i < docs.size(); i++) {
            sb.append(source(i, docs.get(i)));
        }
        return sb.append(sourcesEnd()).toString();
    }

    private String items(StoryReport r, Section section) {
        return switch (section) {
            case SUMMARY -> join(r.summary().sentences(), this::sentence);
            case ENTITIES -> {
                List<Entity> shown =
                        r.entities().stream().filter(Markers::notable).toList();
                int hidden = r.entities().size() - shown.size();
                yield join(shown, this::entity) + (hidden > 0 ? moreEntities(hidden) : "");
            }
            case QUOTES -> join(r.quotes(), this::quote);
            case TIMELINE -> join(r.timeline(), t -> event(Markers.markExpected(Markers.markNew(t, r.summary()))));
            case DISAGREEMENTS ->
                r.disagreements().isEmpty()
                        ? noDisagreement()
                        : join(r.disagreements(), d -> disagreement(Markers.markNew(d, r.summary())));
        };
    }

    private static <T> String join(List<T> items, Function<T, String> write) {
        StringBuilder sb = new StringBuilder();
        items.forEach(item -> sb.append(write.apply(item)));
        return sb.toString();
    }

    /** The order the sections are written in: by default the sections' own. */
    List<Section> order() {
        return List.of(Section.values());
    }

    /** What opens the output (an HTML page's head); empty by default. */
    String begin(String title) {
        return "";
    }

    /** What closes the output; empty by default. */
    String end() {
        return "";
    }

    /** What opens a section of this report (its heading, a table's header). */
    abstract String heading(StoryReport report, Section section);

    /** What closes a section; empty by default. */
    String sectionEnd(Section section) {
        return "";
    }

    abstract String sentence(SummarySentence s);

    abstract String entity(Entity e);

    /** Says how many entities named once in one source were left out (JSON lists them all). */
    abstract String moreEntities(int hidden);

    abstract String quote(Quote q);

    abstract String event(TimelineEntry t);

    abstract String disagreement(Disagreement d);

    /** What the disagreements section says when the sources agree on every figure. */
    abstract String noDisagreement();

    abstract String sourcesHeading(StoryReport report);

    abstract String source(int index, Document d);

    String sourcesEnd() {
        return "";
    }

    /** The inputs that were skipped, then the notices about inputs used; each list only when it has items. */
    String skipped(List<Problem> problems) {
        List<Problem> skipped = problems.stream().filter(p -> !p.notice()).toList();
        List<Problem> notices = problems.stream().filter(Problem::notice).toList();
        return (skipped.isEmpty() ? "" : problems("Skipped", skipped))
                + (notices.isEmpty() ? "" : problems("Notices", notices));
    }

    /** A non-empty list of problems under a heading ("Skipped", "Notices"). */
    abstract String problems(String heading, List<Problem> problems);

    /** What comes before a story's report in a list of stories: its headline, size and dates. */
    abstract String storyHeading(int index, Story s);

    /** The copies folded into a story. */
    String folded(Story s) {
        return Markers.foldedLines(s);
    }

    /** What closes a story in a list of stories. */
    String storyEnd() {
        return "\n";
    }
}
