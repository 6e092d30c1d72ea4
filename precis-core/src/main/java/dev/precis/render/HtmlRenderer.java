package dev.precis.render;

import java.util.List;
import java.util.Locale;

import dev.precis.model.Problem;
import dev.precis.model.Section;
import dev.precis.model.Story;
import dev.precis.model.Document;
import dev.precis.model.SummarySentence;
import dev.precis.model.Disagreement;
import dev.precis.model.Entity;
import dev.precis.model.Quote;
import dev.precis.model.StoryReport;
import dev.precis.model.TimelineEntry;

/** A self-contained HTML page: the sections the report holds (summary with source links, who, quotes, timeline, disagreements), sources, skipped inputs. */
public final class HtmlRenderer implements Renderer {
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
    }

    private final Links links;

    public HtmlRenderer() {
        this(d -> "#source-" + (d + 1));
    }

    public HtmlRenderer(Links links) {
        this.links = links;
    }

    @Override
    public String render(StoryReport report, List<Problem> problems) {
        StringBuilder sb = head(report.title()).append(links.header()).append("<h1>").append(esc(report.title())).append("</h1>\n");
        body(report, sb);
        skipped(problems, sb);
        return sb.append("</body></html>\n").toString();
    }

    @Override
    public String render(List<Story> stories, List<Problem> problems) {
        StringBuilder sb = head("Stories").append(links.header()).append("<h1>Stories</h1>\n");
        for (Story s : stories) {
            sb.append("<section class=\"story\">\n<h1>").append(esc(s.title())).append("</h1>\n<p>")
                    .append(esc(Markers.storyHeader(s))).append("</p>\n");
            body(s.report(), sb);
            if (!s.folded().isEmpty()) {
                sb.append("<ul class=\"folded\">\n");
                Markers.forEachCopy(s, (copy, kept) -> sb.append("<li>folded <code>").append(esc(copy.origin()))
                        .append("</code> (copy of <code>").append(esc(kept.origin())).append("</code>)</li>\n"));
                sb.append("</ul>\n");
            }
            sb.append("</section>\n");
        }
        skipped(problems, sb);
        return sb.append("</body></html>\n").toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}")
                .append("table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}")
                .append("blockquote{margin:.5rem 0;border-left:3px solid #aaa;padding-left:.8rem}.src{font-size:.85em}")
                .append("mark{background:#ffe58a}")
                .append("</style></head><body>\n");
    }

    private void body(StoryReport report, StringBuilder sb) {
        if (report.has(Section.SUMMARY)) {
            sb.append("<h2>Summary</h2>\n<p>");
            for (SummarySentence s : report.summary().sentences()) {
                sb.append("<span class=\"sentence\">").append(esc(s.text())).append(" <span class=\"src\">");
                for (int n : Markers.numbers(s)) {
                    sb.append("<a class=\"marker\" href=\"").append(esc(links.summaryMarker(s, n - 1))).append("\">[").append(n).append("]</a>");
                }
                sb.append("</span></span> ");
            }
            sb.append("</p>\n");
        }
        if (report.has(Section.ENTITIES)) {
            sb.append("<h2>Who</h2>\n<table><tr><th>name</th><th>type</th><th>role</th><th>sources</th><th>also written</th></tr>\n");
            for (Entity e : report.entities()) {
                if (Markers.notable(e)) {
                    sb.append("<tr><td>").append(esc(e.name())).append("</td><td>").append(e.type().name().toLowerCase(Locale.ROOT))
                            .append("</td><td>").append(e.role() == null ? "" : esc(e.role())).append("</td><td>")
                            .append(markers(e.documents())).append("</td><td>").append(esc(Markers.otherSpellings(e)))
                            .append("</td></tr>\n");
                }
            }
            sb.append("</table>\n");
        }
        if (report.has(Section.QUOTES)) {
            sb.append("<h2>Quotes</h2>\n");
            for (Quote q : report.quotes()) {
                sb.append("<blockquote>\u201C").append(esc(q.text())).append("\u201D<br>\u2014 ").append(esc(q.speaker()))
                        .append(' ').append(markers(q.documents())).append("</blockquote>\n");
            }
        }
        if (report.has(Section.TIMELINE)) {
            sb.append("<h2>Timeline</h2>\n<table><tr><th>date</th><th>event</th><th>sources</th></tr>\n");
            for (TimelineEntry t : report.timeline()) {
                sb.append("<tr><td>").append(t.dateLabel()).append("</td><td>").append(esc(t.text())).append(" <i>(")
                        .append(esc(t.when())).append(")</i></td><td>").append(markers(t.documents())).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        if (report.has(Section.DISAGREEMENTS)) {
            sb.append("<h2>Where sources disagree</h2>\n");
            if (report.disagreements().isEmpty()) {
                sb.append("<p>No figure is stated differently.</p>\n");
            }
            for (Disagreement d : report.disagreements()) {
                sb.append("<h3>").append(esc(d.about())).append("</h3>\n<ul>\n");
                for (Disagreement.Version v : d.versions()) {
                    sb.append("<li>").append(esc(v.figure())).append(' ').append(markers(v.documents())).append("</li>\n");
                }
                sb.append("</ul>\n");
            }
        }
        sb.append("<h2>Sources</h2>\n<ol>\n");
        List<Document> docs = report.documents();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            sb.append("<li id=\"source-").append(i + 1).append("\">");
            if (!links.source(i).startsWith("#")) {
                sb.append("<a href=\"").append(esc(links.source(i))).append("\">text</a> \u00B7 ");
            }
            if (Markers.linkableUrl(d) != null) {
                sb.append("<a href=\"").append(esc(Markers.linkableUrl(d))).append("\">").append(esc(Markers.describe(d))).append("</a>");
            } else {
                sb.append(esc(Markers.describe(d))).append(" <code>").append(esc(d.origin())).append("</code>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n");
    }

    private static void skipped(List<Problem> problems, StringBuilder sb) {
        if (!problems.isEmpty()) {
            sb.append("<h2>Skipped</h2>\n<ul>\n");
            problems.forEach(p -> sb.append("<li><code>").append(esc(p.name())).append("</code>: ").append(esc(p.reason())).append("</li>\n"));
            sb.append("</ul>\n");
        }
    }

    private String markers(List<Integer> documents) {
        StringBuilder sb = new StringBuilder("<span class=\"src\">");
        for (int d : documents) {
            sb.append("<a href=\"").append(esc(links.source(d))).append("\">[").append(d + 1).append("]</a>");
        }
        return sb.append("</span>").toString();
    }

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
