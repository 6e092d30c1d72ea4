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
 * A self-contained HTML page: the sections the report holds (summary with source links, who,
 * quotes, timeline, disagreements), sources, skipped inputs. Everything an article says is escaped.
 */
public final class HtmlRenderer extends SectionRenderer {
    /** Readable on a phone and a laptop: one column of about 70 characters, wide tables scroll. */
    public static final String STYLE = "<style>"
            + "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:1.0625rem;max-width:42rem;"
            + "margin:1.5rem auto;padding:0 1rem;line-height:1.55;color:#1d1d1f}"
            + "h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.2rem;margin-top:2rem}"
            + "table{border-collapse:collapse;display:block;overflow-x:auto}td,th{border-bottom:1px solid #ddd;"
            + "padding:.3rem .5rem;text-align:left;vertical-align:top}"
            + "blockquote{margin:.5rem 0;border-left:3px solid #aaa;padding-left:.8rem}"
            + ".src{font-size:.85em}.src a,.marker{text-decoration:none}mark{background:#ffe58a}"
            + ".meta{color:#555;font-size:.9em}summary{cursor:pointer}summary h2{display:inline}"
            + "#new{background:#f3f8ff;border-left:4px solid #2b6cb0;padding:.2rem 1rem .6rem;margin:1rem 0}"
            + "a{color:#1a4f8b}</style>";

    /** Where source markers point: by default the numbered list at the end of the page. */
    public interface Links {
        /** Address for source number {@code document + 1}. */
        String source(int document);

        /** Address for a summary sentence's marker of {@code document} (its source or a corroborating one). */
        default String summaryMarker(SummarySentence sentence, int document) {
            return source(document);
        }

        /** Extra HTML put right after the opening of the body (navigation). */
        default String header() {
            return "";
        }

        /** Extra HTML put right after the page's title (what is new, on the service's story page). */
        default String afterTitle() {
            return "";
        }

        /** The order of the sections on the page. */
        default List<Section> order() {
            return List.of(Section.values());
        }

        /** Whether the list of who is involved starts folded (a long table after the story). */
        default boolean foldEntities() {
            return false;
        }
    }

    private final Links links;

    public HtmlRenderer() {
        this(d -> "#source-" + (d + 1));
    }

    public HtmlRenderer(Links links) {
        this.links = links;
    }

    @Override
    String begin(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + "</title>\n"
                + STYLE + "</head><body>\n" + links.header() + "<h1>" + esc(title) + "</h1>\n" + links.afterTitle();
    }

    @Override
    List<Section> order() {
        return links.order();
    }

    @Override
    String end() {
        return "</body></html>\n";
    }

    @Override
    String heading(StoryReport report, Section section) {
        return switch (section) {
            case SUMMARY ->
                report.summary().isUpdate()
                        ? "<h2>New since " + Markers.seenBefore(report.summary()) + "</h2>\n<p>"
                        : "<h2>Summary</h2>\n<p>";
            case ENTITIES ->
                (links.foldEntities()
                                ? "<details><summary><h2>Who is involved ("
                                        + report.entities().stream()
                                                .filter(Markers::notable)
                                                .count()
                                        + ")</h2></summary>\n"
                                : "<h2>Who</h2>\n")
                        + "<table><tr><th>name</th><th>type</th><th>role</th><th>sources</th>"
                        + "<th>also written</th></tr>\n";
            case QUOTES -> "<h2>Quotes</h2>\n";
            case TIMELINE -> "<h2>Timeline</h2>\n<table><tr><th>date</th><th>event</th><th>sources</th></tr>\n";
            case DISAGREEMENTS -> "<h2>Where sources disagree</h2>\n";
        };
    }

    @Override
    String sectionEnd(Section section) {
        return switch (section) {
            case SUMMARY -> "</p>\n";
            case ENTITIES -> links.foldEntities() ? "</table>\n</details>\n" : "</table>\n";
            case TIMELINE -> "</table>\n";
            case QUOTES, DISAGREEMENTS -> "";
        };
    }

    @Override
    String sentence(SummarySentence s) {
        StringBuilder sb = new StringBuilder("<span class=\"sentence\">" + esc(s.text()) + " <span class=\"src\">");
        for (int n : Markers.numbers(s)) {
            sb.append("<a class=\"marker\" href=\"" + esc(links.summaryMarker(s, n - 1)) + "\">[" + n + "]</a>");
        }
        return sb.append("</span></span> ").toString();
    }

    @Override
    String entity(Entity e) {
        String type = e.type().name().toLowerCase(Locale.ROOT);
        String role = e.role() == null ? "" : esc(e.role());
        return "<tr><td>" + esc(e.name()) + "</td><td>" + type + "</td><td>" + role + "</td><td>"
                + markers(e.documents()) + "</td><td>" + esc(Markers.otherSpellings(e)) + "</td></tr>\n";
    }

    @Override
    String moreEntities(int hidden) {
        return "<tr><td colspan=\"5\" class=\"meta\">\u2026 and " + hidden
                + " more named once in one source</td></tr>\n";
    }

    @Override
    String quote(Quote q) {
        String speaker = esc(q.speaker()) + " " + markers(q.documents());
        return "<blockquote>\u201C" + esc(q.text()) + "\u201D<br>\u2014 " + speaker + "</blockquote>\n";
    }

    @Override
    String event(TimelineEntry t) {
        String what = esc(t.text()) + " <i>(" + esc(t.when()) + ")</i>";
        return "<tr><td>" + t.dateLabel() + "</td><td>" + what + "</td><td>" + markers(t.documents()) + "</td></tr>\n";
    }

    @Override
    String disagreement(Disagreement d) {
        StringBuilder sb = new StringBuilder(
                "<h3>" + esc(d.about()) + (d.estimatesVary() ? " (estimates vary)" : "") + "</h3>\n<ul>\n");
        d.versions().forEach(v -> sb.append("<li>" + esc(v.figure()) + " " + markers(v.documents()) + "</li>\n"));
        return sb.append("</ul>\n").toString();
    }

    @Override
    String noDisagreement() {
        return "<p>No figure is stated differently.</p>\n";
    }

    @Override
    String sourcesHeading(StoryReport report) {
        return "<h2>Sources</h2>\n<ol>\n";
    }

    /** A source list item: a link to the source's text on the service's page, then the original when safe. */
    @Override
    String source(int index, Document d) {
        StringBuilder sb = new StringBuilder("<li id=\"source-" + (index + 1) + "\">");
        if (!links.source(index).startsWith("#")) {
            sb.append("<a href=\"" + esc(links.source(index)) + "\">text</a> \u00B7 ");
        }
        String url = Markers.linkableUrl(d);
        if (url != null) {
            sb.append("<a href=\"" + esc(url) + "\">" + esc(Markers.describe(d)) + "</a>");
        } else {
            sb.append(esc(Markers.describe(d)) + " <code>" + esc(d.origin()) + "</code>");
        }
        return sb.append("</li>\n").toString();
    }

    @Override
    String sourcesEnd() {
        return "</ol>\n";
    }

    @Override
    String problems(String heading, List<Problem> problems) {
        StringBuilder sb = new StringBuilder("<h2>" + heading + "</h2>\n<ul>\n");
        problems.forEach(p -> sb.append("<li><code>" + esc(p.name()) + "</code>: " + esc(p.reason()) + "</li>\n"));
        return sb.append("</ul>\n").toString();
    }

    @Override
    String storyHeading(int index, Story s) {
        return "<section class=\"story\">\n<h1>" + esc(s.title()) + "</h1>\n<p>" + esc(Markers.storyHeader(s))
                + "</p>\n";
    }

    @Override
    String folded(Story s) {
        return s.folded().isEmpty() ? "" : "<pre class=\"folded\">" + esc(Markers.foldedLines(s)) + "</pre>\n";
    }

    @Override
    String storyEnd() {
        return "</section>\n";
    }

    private String markers(List<Integer> documents) {
        StringBuilder sb = new StringBuilder("<span class=\"src\">");
        documents.forEach(d -> sb.append("<a href=\"" + esc(links.source(d)) + "\">[" + (d + 1) + "]</a>"));
        return sb.append("</span>").toString();
    }

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
