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
    private static final String STYLE = HtmlRenderer.STYLE.replace(
            "</style>", "li{margin:.4rem 0}.title{margin:1.2rem 0 .2rem}.lead{margin:.2rem 0}</style>");

    private final StoryService service;

    WebPages(StoryService service) {
        this.service = service;
    }

    /** Stories shown with their summary's opening on the front page; beyond, titles and figures only. */
    static final int SUMMARISED_ON_FRONT_PAGE = 30;

    /**
     * The front page: each story's title, the first two sentences of its summary, its outlets,
     * date span, article count and when it last grew; newest (or largest) first.
     */
    String storyList(boolean largestFirst) {
        StringBuilder sb = page("Precis: stories")
                .append("<h1>Stories</h1>\n<p class=\"meta\">")
                .append(
                        largestFirst
                                ? "<a href=\"/\">newest first</a> \u00B7 largest first"
                                : "newest first \u00B7 <a href=\"/?sort=largest\">largest first</a>")
                .append("</p>\n");
        List<StoryIndex.Header> stories = service.stories(largestFirst);
        if (stories.isEmpty()) {
            sb.append("<p>No articles yet: <code>POST /articles</code> to add some.</p>\n");
        }
        java.time.Instant now = java.time.Instant.now();
        sb.append("<ol id=\"stories\">\n");
        for (int i = 0; i < stories.size(); i++) {
            StoryIndex.Header h = stories.get(i);
            sb.append("<li><h2 class=\"title\"><a class=\"story\" href=\"/view/")
                    .append(h.id())
                    .append("\">")
                    .append(esc(h.title()))
                    .append("</a></h2>\n");
            StoryService.StoryView view = i < SUMMARISED_ON_FRONT_PAGE ? service.latest(h.id()) : null;
            if (view != null) {
                List<SummarySentence> lead =
                        view.report().summary().sentences().stream().limit(2).toList();
                sb.append("<p class=\"lead\">");
                lead.forEach(x -> sb.append(esc(x.text())).append(' '));
                sb.append("</p>\n");
            }
            sb.append("<p class=\"meta\">");
            if (view != null) {
                java.util.TreeSet<String> outlets = new java.util.TreeSet<>();
                view.corpus().documents().forEach(d -> {
                    if (d.document().source() != null) {
                        outlets.add(d.document().source());
                    }
                });
                if (!outlets.isEmpty()) {
                    sb.append(esc(String.join(", ", outlets))).append(" \u00B7 ");
                }
            }
            sb.append(h.articles()).append(h.articles() == 1 ? " article" : " articles");
            if (h.first() != null) {
                sb.append(" \u00B7 ").append(h.first()).append(h.last().equals(h.first()) ? "" : " to " + h.last());
            }
            sb.append(" \u00B7 grew <time datetime=\"")
                    .append(h.lastReceived())
                    .append("\">")
                    .append(ago(h.lastReceived(), now))
                    .append("</time></p></li>\n");
        }
        return sb.append("</ol>\n</body></html>\n").toString();
    }

    /** "just now", "5 minutes ago", "3 hours ago", "2 days ago". */
    static String ago(java.time.Instant then, java.time.Instant now) {
        long seconds = java.time.Duration.between(then, now).getSeconds();
        if (seconds < 60) {
            return "just now";
        }
        long[] steps = {60, 3600, 86400};
        String[] units = {"minute", "hour", "day"};
        for (int k = steps.length - 1; k >= 0; k--) {
            long n = seconds / steps[k];
            if (n >= 1) {
                return n + " " + units[k] + (n == 1 ? "" : "s") + " ago";
            }
        }
        return "just now";
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

                    @Override
                    public String afterTitle() {
                        return newSinceLastVisit(id);
                    }

                    @Override
                    public List<dev.precis.model.Section> order() {
                        return READING_ORDER;
                    }

                    @Override
                    public boolean foldEntities() {
                        return true;
                    }
                })
                .render(view.report(), List.of());
    }

    /** The story page's order: the story itself, then what was said, then who is involved. */
    static final List<dev.precis.model.Section> READING_ORDER = List.of(
            dev.precis.model.Section.SUMMARY,
            dev.precis.model.Section.TIMELINE,
            dev.precis.model.Section.QUOTES,
            dev.precis.model.Section.DISAGREEMENTS,
            dev.precis.model.Section.ENTITIES);

    /**
     * "New since your last visit": the browser keeps, per story, the server's time of the reader's
     * last visit; on the next one the page asks {@code GET /stories/{id}?since=} for what came
     * after and shows it first. Nothing is kept on the server.
     */
    private static String newSinceLastVisit(int id) {
        return "<section id=\"new\" hidden><h2>New since your last visit</h2>\n"
                + "<p class=\"meta\" id=\"new-count\"></p><p id=\"new-summary\"></p></section>\n"
                + "<script>(function(){var id=" + id + ",now=\"" + java.time.Instant.now()
                + "\",key=\"precis-visit-\"+id,last=null;"
                + "try{last=localStorage.getItem(key);localStorage.setItem(key,now);}catch(e){}"
                + "if(!last)return;"
                + "fetch(\"/stories/\"+id+\"?since=\"+encodeURIComponent(last)).then(function(r){return r.json();})"
                + ".then(function(j){var u=j.update;if(!u||!u.newArticles)return;"
                + "var p=document.getElementById(\"new-summary\");"
                + "u.sentences.forEach(function(s){var span=document.createElement(\"span\");span.className=\"sentence\";"
                + "span.appendChild(document.createTextNode(s.text+\" \"));"
                + "[s.source].concat(s.corroborating).forEach(function(n){var a=document.createElement(\"a\");"
                + "a.className=\"marker\";a.href=\"/view/\"+id+\"/source/\"+n;a.textContent=\"[\"+n+\"]\";span.appendChild(a);});"
                + "p.appendChild(span);p.appendChild(document.createTextNode(\" \"));});"
                + "document.getElementById(\"new-count\").textContent=u.newArticles+(u.newArticles==1?\" new article\":\" new articles\")"
                + "+\" since \"+new Date(last).toLocaleString();"
                + "document.getElementById(\"new\").hidden=false;});})();</script>\n";
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
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(title))
                .append("</title>")
                .append(STYLE)
                .append("</head><body>\n");
    }
}
