package dev.precis.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.Json;
import dev.precis.model.Document;
import dev.precis.model.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML pages: metadata from the page head (Open Graph, JSON-LD, {@code <time>}), and the main text
 * found the way readability tools do it: drop page furniture (navigation, asides, forms, figures),
 * pick the container that holds most paragraph text, and keep its blocks that are not mostly links.
 */
public final class HtmlReader implements DocumentReader {
    private static final ObjectMapper JSON = Json.MAPPER;
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "figure, figcaption, iframe, svg, button, select, input, textarea, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
    /** Words that name page furniture in class and id attributes across sites. */
    private static final Set<String> FURNITURE_NAMES = Set.of(
            "nav",
            "navbar",
            "menu",
            "footer",
            "sidebar",
            "comment",
            "comments",
            "share",
            "sharing",
            "social",
            "related",
            "promo",
            "advert",
            "ad",
            "ads",
            "advertisement",
            "newsletter",
            "subscribe",
            "cookie",
            "cookies",
            "breadcrumb",
            "breadcrumbs",
            "caption",
            "credit",
            "byline",
            "teaser",
            "teasers",
            "recommended",
            "recommend",
            "popular",
            "trending",
            "outbrain",
            "taboola",
            "banner",
            "modal",
            "popup",
            "toolbar",
            "widget");

    private static final Pattern NAME_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt";
    private static final double MAX_LINK_DENSITY = 0.5;

    @Override
    public List<Document> read(String name, String content, Consumer<Problem> problems) throws BadInputException {
        Document doc = extract(Ids.fromFileName(name), content, name);
        if (doc.body().isBlank()) {
            throw new BadInputException("HTML page has no readable article text");
        }
        return List.of(doc);
    }

    /** Extracts one article from a page; also used for HTML bodies inside JSON Lines and feeds. */
    public Document extract(String id, String html, String origin) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        JsonNode ld = jsonLd(page);
        String title = firstNonBlank(
                meta(page, "og:title"),
                meta(page, "twitter:title"),
                text(ld, "headline"),
                page.select("h1").isEmpty() ? null : page.select("h1").first().text(),
                page.title());
        String source = firstNonBlank(
                meta(page, "og:site_name"),
                ld == null ? null : text(ld.path("publisher"), "name"),
                meta(page, "application-name"));
        String url = firstNonBlank(page.select("link[rel=canonical]").attr("href"), meta(page, "og:url"));
        LocalDate published = DateParser.parse(firstNonBlank(
                meta(page, "article:published_time"),
                text(ld, "datePublished"),
                meta(page, "pubdate"),
                meta(page, "publishdate"),
                meta(page, "date"),
                meta(page, "dc.date"),
                meta(page, "dcterms.created"),
                page.select("time[datetime]").attr("datetime")));
        List<String> paragraphs = mainText(page);
        if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equalsIgnoreCase(title.strip())) {
            paragraphs.remove(0);
        }
        return new Document(
                id,
                blankToNull(title),
                blankToNull(source),
                blankToNull(url),
                published,
                Paragraphs.join(paragraphs),
                origin);
    }

    static List<String> mainText(org.jsoup.nodes.Document page) {
        Element body = page.body();
        if (body == null) {
            return new ArrayList<>();
        }
        body.select(FURNITURE).remove();
        for (Element e : body.select("[class], [id]")) {
            if (e != body && namesFurniture(e)) {
                e.remove();
            }
        }
        Element root = chooseRoot(body);
        List<String> paragraphs = blocks(root);
        if (paragraphs.size() < 2 && root != body) {
            paragraphs = blocks(body);
        }
        return paragraphs;
    }

    private static boolean namesFurniture(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return Arrays.stream(NAME_SPLIT.split(names)).anyMatch(FURNITURE_NAMES::contains);
    }

    /** The element holding most paragraph text: an explicit article body if the page marks one. */
    private static Element chooseRoot(Element body) {
        Elements marked = body.select("[itemprop=articleBody], article, main, [role=main]");
        Element best = null;
        int bestLength = 0;
        for (Element e : marked) {
            int length = paragraphTextLength(e);
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        if (best != null && bestLength > 200) {
            return best;
        }
        java.util.Map<Element, Double> scores = new java.util.HashMap<>();
        for (Element p : body.select("p")) {
            int length = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, (double) length, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2.0, Double::sum);
                }
            }
        }
        return scores.entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey)
                .orElse(body);
    }

    private static int paragraphTextLength(Element e) {
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    private static List<String> blocks(Element root) {
        List<String> out = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        for (Element block : blocks) {
            if (!block.select(BLOCKS).stream().allMatch(e -> e == block)) {
                continue; // a container of other blocks: its children are taken one by one
            }
            String text = block.text().strip();
            if (text.isEmpty() || linkDensity(block, text) > MAX_LINK_DENSITY) {
                continue;
            }
            out.add(text);
        }
        if (out.isEmpty()) {
            out.addAll(Paragraphs.split(root.wholeText()));
        }
        return out;
    }

    private static double linkDensity(Element block, String text) {
        int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return (double) linked / Math.max(1, text.length());
    }

    private static JsonNode jsonLd(org.jsoup.nodes.Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(script.data());
                if (node.isArray()) {
                    for (JsonNode n : node) {
                        if (n.has("headline") || n.has("datePublished")) {
                            return n;
                        }
                    }
                } else if (node.has("@graph")) {
                    for (JsonNode n : node.get("@graph")) {
                        if (n.has("headline") || n.has("datePublished")) {
                            return n;
                        }
                    }
                } else if (node.has("headline") || node.has("datePublished")) {
                    return node;
                }
            } catch (Exception malformed) {
                // malformed JSON-LD is common on the web; the page text is still usable
            }
        }
        return null;
    }

    private static String meta(org.jsoup.nodes.Document page, String key) {
        Element e = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]");
        return e == null ? null : e.attr("content");
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        return v.isTextual() ? v.asText() : null;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
