package dev.precis.server;

import static dev.precis.render.HtmlRenderer.esc;

import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Document;
import dev.precis.model.Sentence;
import dev.precis.model.SummarySentence;
import dev.precis.render.HtmlRenderer;
import dev.precis.render.Markers;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The web page, rendered on the server: the list of stories, a story's report where each summary
 * sentence's source markers link to that source's text with the sentence highlighted, and the
 * source text itself.
 */
final class WebPages {
    private static final String STYLE = "<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;"
            + "padding:0 1rem;line-height:1.5}mark{background:#ffe58a}li{margin:.4rem 0}.meta{color:#555}</style>";

    private final StoryService service;

    WebPages(StoryService service) {
        this.service = service;
    }

    String storyList() {
        StringBuilder sb = page("Precis: stories").append("<h1>Stories</h1>\n");
        List<StoryIndex.Header> stories = service.stories(false);
        if (stories.isEmpty()) {
            sb.append("<p>No articles yet: <code>POST /articles</code> to add some.</p>\n");
        }
        sb.append("<ol id=\"stories\">\n");
        for (StoryIndex.Header h : stories) {
            sb.append("<li><a class=\"story\" href=\"/view/")
                    .append(h.id())
                    .append("\">")
                    .append(esc(h.title()))
                    .append("</a> ")
                    .append("<span class=\"meta\">")
                    .append(h.articles())
                    .append(h.articles() == 1 ? " article" : " articles");
            if (h.first() != null) {
                sb.append(", ").append(h.first()).append(h.last().equals(h.first()) ? "" : " to " + h.last());
            }
            sb.append("</span></li>\n");
        }
        return sb.append("</ol>\n</body></html>\n").toString();
    }

    String story(int id) {
        StoryService.StoryView view = view(id);
        return new HtmlRenderer(new HtmlRenderer.Links() {
                    @Override
                    public String source(int document) {
                        return "/view/" + id + "/source/" + (document + 1);
                    }

                    @Override
                    public String summaryMarker(SummarySentence s, int document) {
                        int sentence = document == s.source()
                                ? s.sentence().index()
                                : closest(view.corpus().documents().get(document), s.sentence());
                        return source(document) + "?sentence=" + sentence + "#highlight";
                    }

                    @Override
                    public String header() {
                        return "<p><a href=\"/\">\u2190 all stories</a></p>\n";
                    }
                })
                .render(view.report(), List.of());
    }

    String source(int id, int number, String sentenceParam) {
        StoryService.StoryView view = view(id);
        List<AnalyzedDocument> docs = view.corpus().documents();
        if (number < 1 || number > docs.size()) {
            throw new NotFoundResponse("story " + id + " has no source " + number);
        }
        int highlight = -1;
        if (sentenceParam != null) {
            try {
                highlight = Integer.parseInt(sentenceParam);
            } catch (NumberFormatException e) {
                throw new BadRequestResponse("sentence must be a whole number, not '" + sentenceParam + "'");
            }
        }
        AnalyzedDocument ad = docs.get(number - 1);
        Document d = ad.document();
        StringBuilder sb = page(d.label())
                .append("<p><a href=\"/view/")
                .append(id)
                .append("\">\u2190 story</a></p>\n<h1>")
                .append(esc(d.label()))
                .append("</h1>\n<p class=\"meta\">");
        if (d.source() != null) {
            sb.append(esc(d.source())).append(" \u00B7 ");
        }
        sb.append(d.published() == null ? "undated" : d.published().toString());
        if (Markers.linkableUrl(d) != null) {
            sb.append(" \u00B7 <a href=\"").append(esc(Markers.linkableUrl(d))).append("\">original</a>");
        }
        sb.append("</p>\n<article>\n");
        int paragraph = -1;
        for (Sentence s : ad.sentences()) {
            if (s.paragraph() != paragraph) {
                sb.append(paragraph < 0 ? "<p>" : "</p>\n<p>");
                paragraph = s.paragraph();
            }
            if (s.index() == highlight) {
                sb.append("<mark id=\"highlight\">").append(esc(s.text())).append("</mark> ");
            } else {
                sb.append(esc(s.text())).append(' ');
            }
        }
        return sb.append("</p>\n</article>\n</body></html>\n").toString();
    }

    private StoryService.StoryView view(int id) {
        StoryService.StoryView view = service.story(id);
        if (view == null) {
            throw new NotFoundResponse("no story " + id);
        }
        return view;
    }

    /** The sentence of a corroborating article that shares most content words with the summary's. */
    private static int closest(AnalyzedDocument doc, Sentence target) {
        Set<String> terms = new HashSet<>(target.terms());
        int best = -1;
        long bestShared = 0;
        for (Sentence s : doc.sentences()) {
            long shared = s.terms().stream().distinct().filter(terms::contains).count();
            if (shared > bestShared) {
                best = s.index();
                bestShared = shared;
            }
        }
        return best;
    }

    private static StringBuilder page(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title>")
                .append(STYLE)
                .append("</head><body>\n");
    }
}
