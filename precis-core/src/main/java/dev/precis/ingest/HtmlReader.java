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
 * found the way readability tools do it: drop page furniture (navigation, asides, forms, figures,
 * and elements whose class or id names furniture), unless it holds most of the page's prose; pick
 * the container that holds most paragraph text, with its siblings that continue the article; and
 * keep its blocks ({@link HtmlBlocks}) that are not mostly links.
 */
public final class HtmlReader implements DocumentReader {
    private static final ObjectMapper JSON = Json.MAPPER;
    /** Elements that never hold article prose. */
    private static final String NOT_TEXT =
            "script, style, noscript, template, iframe, svg, button, select, input, textarea, rt, rp, [hidden], [aria-hidden=true]";
    /** Elements that are page furniture by their tag or role, unless they hold most of the page's prose. */
    private static final String FURNITURE = "nav, header, footer, aside, form, figure, figcaption, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
    /**
     * An element named or tagged as furniture is kept when it holds at least this share of the
     * page's paragraph text: then it is the article's container (a content column whose class names
     * the sidebar beside it, a page wrapped in a form), not furniture.
     */
    private static final double CONTAINER_SHARE = 0.5;
    /** A page with less paragraph text than this is measured by its loose text too. */
    private static final int PARAGRAPHED_PAGE_CHARS = 500;
    /** A marked article body is chosen when it holds at least this share of the densest container's text. */
    private static final double MARKED_SHARE = 0.5;
    /** A sibling of the chosen container continues the article with this share of its prose... */
    private static final double SIBLING_SHARE = 0.1;
    /** ... or as one paragraph of prose this long ... */
    private static final int SIBLING_PARAGRAPH_CHARS = 80;
    /** ... and either way with less of its text in links than this. */
    private static final double SIBLING_MAX_LINK_SHARE = 0.25;
    /** Main text shorter than this is read again without the furniture names ... */
    private static final int NAME_RETRY_CHARS = 1000;
    /** ... and that reading is kept when it finds this many times the text: the names took the article. */
    private static final double NAME_RETRY_GAIN = 10;
    /** Structured data's article body replaces main text it is this many times longer than. */
    private static final double STRUCTURED_BODY_SHARE = 2;
    /** Main text shorter than this is completed by the page's own description. */
    private static final int SHORT_PAGE_CHARS = 300;
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
            "advertisement",
            "newsletter",
            "subscribe",
            "cookie",
            "cookies",
            "breadcrumb",
            "breadcrumbs",
            "byline",
            "credit",
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
            "author",
            "authors",
            "copyright",
            "disclaimer",
            "cta",
            "postmetadata",
            "rating",
            "ratings",
            "likes",
            "donation",
            "gdpr",
            "dsgvo",
            "consent",
            "signup",
            "login",
            "pagination",
            "pager",
            "sponsor",
            "sponsored",
            "disqus",
            "werbung",
            "anzeige",
            "kommentar",
            "kommentare",
            "tags",
            "meta",
            "overlay",
            "contact");
    /**
     * Words that name furniture only on an element without prose: page builders call every box a
     * "widget", German sites call an article's lead its "teaser", a section "has-ads" when an ad
     * slot sits among its paragraphs, and a "text-caption" may be the text.
     */
    private static final Set<String> WEAK_FURNITURE_NAMES =
            Set.of("ad", "ads", "widget", "teaser", "teasers", "caption");
    /** Words that name the article's own container; a weak furniture word beside one does not fire. */
    private static final Set<String> CONTENT_NAMES = Set.of(
            "article", "body", "content", "main", "entry", "post", "text", "story", "blog", "column", "commentary");
    /** An element with at least this much text outside links is not furniture by a weak word. */
    private static final int WEAK_NAME_MAX_PROSE = 200;
    /** Words that name cookie and consent notices. */
    private static final List<String> CONSENT_NAMES = List.of("cookie", "consent", "gdpr", "dsgvo");
    /** A furniture word this long is recognised inside a run-together class name. */
    private static final int RUN_TOGETHER_MIN_CHARS = 6;
    /** Elements that mark the article itself: never furniture by their class or id. */
    private static final String MARKED_ARTICLE = "article, main, [itemprop=articleBody], [role=main]";

    private static final Pattern NAME_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=[a-z])(?=[A-Z])");

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
        if (published == null) {
            published = PageMetadata.dateInUrl(url);
        }
        if (published == null) {
            published = PageMetadata.visibleDate(page);
        }
        List<String> authors = PageMetadata.authors(page, ld);
        String language = PageMetadata.declaredLanguage(page);
        String description =
                firstNonBlank(meta(page, "og:description"), meta(page, "description"), text(ld, "description"));
        List<String> paragraphs = mainText(page, true);
        // Names can mislead: on a page that is a comment thread or a live ticker ("live-match-comment")
        // the furniture words name the article. A page left with little text is read again without
        // them, and that reading is kept when it finds far more.
        if (length(paragraphs) < NAME_RETRY_CHARS) {
            List<String> unnamed = mainText(Jsoup.parse(html), false);
            if (length(unnamed) >= NAME_RETRY_GAIN * length(paragraphs)) {
                paragraphs = unnamed;
            }
        }
        // A page drawn by scripts, or one that shows a teaser, may still carry the whole article in
        // its structured data.
        String articleBody = text(ld, "articleBody");
        if (articleBody != null && articleBody.length() > STRUCTURED_BODY_SHARE * length(paragraphs)) {
            paragraphs = articleBody.indexOf('<') >= 0 // some sites put the article's HTML there
                    ? HtmlBlocks.of(Jsoup.parseBodyFragment(articleBody).body())
                    : new ArrayList<>(Paragraphs.split(articleBody));
        }
        if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equalsIgnoreCase(title.strip())) {
            paragraphs.remove(0);
        }
        // A page whose text is drawn by scripts (a video page, an app shell) still says what it is about.
        if (description != null
                && length(paragraphs) < SHORT_PAGE_CHARS
                && paragraphs.stream().noneMatch(p -> p.contains(description.strip()))) {
            paragraphs.add(0, description.strip());
        }
        return new Document(
                id,
                blankToNull(title),
                blankToNull(source),
                blankToNull(url),
                published,
                Paragraphs.join(paragraphs),
                origin,
                authors,
                language);
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    /** The page's main text; with {@code byName}, furniture is also recognised by class and id names. */
    static List<String> mainText(org.jsoup.nodes.Document page, boolean byName) {
        Element body = page.body();
        if (body == null) {
            return new ArrayList<>();
        }
        body.select(NOT_TEXT).remove();
        removeFurniture(body, byName);
        Element root = chooseRoot(body);
        List<String> paragraphs = new ArrayList<>();
        for (Element part : withArticleSiblings(root, body)) {
            paragraphs.addAll(HtmlBlocks.of(part));
        }
        if (paragraphs.size() < 2 && root != body) {
            paragraphs = HtmlBlocks.of(body);
        }
        return paragraphs;
    }

    /**
     * Removes the page furniture, by tag or role and then by class or id names, except elements
     * that hold the article.
     */
    private static void removeFurniture(Element body, boolean byName) {
        // Pages that write their text in paragraphs are measured by paragraphs; a page with few
        // (a forum, an older page writing into divs and cells) by its loose text too.
        int paragraphText = paragraphTextLength(body);
        boolean paragraphed = paragraphText >= PARAGRAPHED_PAGE_CHARS;
        int total = paragraphed ? paragraphText : articleTextLength(body);
        for (Element e : body.select(FURNITURE)) {
            if (e.parent() != null && !holdsTheArticle(e, total, paragraphed) && !isArticleHead(e)) {
                e.remove();
            }
        }
        for (Element e : byName ? body.select("[class], [id]") : new Elements()) {
            if (e != body
                    && e.parent() != null
                    && namesFurniture(e)
                    && (namesConsent(e) || !holdsTheArticle(e, total, paragraphed))) {
                e.remove();
            }
        }
    }

    /**
     * The chosen container and, in page order, those of its siblings and of its ancestors' siblings
     * that continue the article, as readability tools do: a sibling with a tenth of the container's
     * prose, or a paragraph of prose, not mostly links. Articles split by an inserted block (an ad
     * slot, a video) keep their second half; a page cut into boxes (a recipe's ingredients and
     * steps, a guide's sections, a product's tabs) keeps every box, once the furniture is gone.
     */
    private static List<Element> withArticleSiblings(Element root, Element body) {
        int rootText = proseLength(root);
        List<Element> parts = List.of(root);
        Element level = root;
        while (level != body && level.parent() != null) {
            List<Element> wider = new ArrayList<>();
            for (Element sibling : level.parent().children()) {
                if (sibling == level) {
                    wider.addAll(parts);
                } else if (continuesArticle(sibling, rootText)) {
                    wider.add(sibling);
                }
            }
            parts = wider;
            level = level.parent();
        }
        return parts;
    }

    /**
     * A {@code header} that holds prose besides its headline (a standfirst, in a paragraph or not)
     * is the article's head, not the site's header of logo and menus.
     */
    private static boolean isArticleHead(Element e) {
        if (!e.normalName().equals("header") || HtmlBlocks.linkShare(e) >= SIBLING_MAX_LINK_SHARE) {
            return false;
        }
        int headline = e.select("h1").stream().mapToInt(h -> h.text().length()).sum();
        return proseLength(e) - headline >= SIBLING_PARAGRAPH_CHARS;
    }

    private static boolean continuesArticle(Element sibling, int rootText) {
        if (HtmlBlocks.linkShare(sibling) >= SIBLING_MAX_LINK_SHARE) {
            return false;
        }
        boolean prose = sibling.normalName().equals("p") && sibling.text().length() >= SIBLING_PARAGRAPH_CHARS
                || isArticleHead(sibling);
        return prose || rootText > 0 && proseLength(sibling) >= SIBLING_SHARE * rootText;
    }

    /** Characters of an element's text outside links. */
    private static int proseLength(Element e) {
        return Math.max(0, e.text().length() - HtmlBlocks.linkedChars(e));
    }

    private static boolean holdsTheArticle(Element e, int pageText, boolean paragraphed) {
        int text = paragraphed ? paragraphTextLength(e) : articleTextLength(e);
        return pageText > 0 && text >= CONTAINER_SHARE * pageText;
    }

    /**
     * Characters of article-like text in an element: its paragraphs, and the loose text written
     * straight into its divs and cells (forums and older pages hold their posts so).
     */
    private static int articleTextLength(Element root) {
        int length = 0;
        for (Element e : root.getAllElements()) {
            if (e.normalName().equals("p")) {
                length += e.text().length();
            } else if (!insideParagraph(e)) {
                int own = e.ownText().length();
                if (own >= HtmlBlocks.MIN_LOOSE_CHARS) {
                    length += own;
                }
            }
        }
        return length;
    }

    private static boolean insideParagraph(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("p")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the element's class or id names furniture. Class names that file the page under a
     * category or tag ("category-no-newsletter-rss", WordPress' taxonomy classes) say what the
     * article is about, not what the element is, and are skipped.
     */
    private static boolean namesFurniture(Element e) {
        if (e.is(MARKED_ARTICLE)) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (String name : (e.className() + " " + e.id()).split("\\s+")) {
            // "ContentFooterRelated-gPVhuh" names three things, as "content-footer-related" does.
            String spaced = CAMEL_CASE.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT);
            if (!spaced.startsWith("category-") && !spaced.startsWith("tag-")) {
                words.addAll(Arrays.asList(NAME_SPLIT.split(spaced)));
            }
        }
        if (words.stream().anyMatch(HtmlReader::furnitureWord)) {
            return true;
        }
        return words.stream().anyMatch(WEAK_FURNITURE_NAMES::contains)
                && words.stream().noneMatch(CONTENT_NAMES::contains)
                && proseLength(e) < WEAK_NAME_MAX_PROSE;
    }

    /**
     * Whether the element is named a cookie or consent notice: a dialog of legal text that may hold
     * more prose than the article, and never holds it.
     */
    private static boolean namesConsent(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String word : CONSENT_NAMES) {
            if (names.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A furniture word, or a run-together name that holds a long one ("cookieconsent",
     * "commentlist", "footerlinks"); short words ("nav", "ad") only whole, as they hide in others
     * ("canvas", "header").
     */
    private static boolean furnitureWord(String word) {
        if (FURNITURE_NAMES.contains(word)) {
            return true;
        }
        if (CONTENT_NAMES.contains(word)) {
            return false; // "commentary" is an article
        }
        for (String f : FURNITURE_NAMES) {
            if (f.length() >= RUN_TOGETHER_MIN_CHARS && word.length() > f.length() && word.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** The element holding most paragraph text: an explicit article body if the page marks one. */
    private static Element chooseRoot(Element body) {
        Elements marked = body.select(MARKED_ARTICLE);
        Element best = null;
        int bestLength = 0;
        for (Element e : marked) {
            int length = paragraphTextLength(e);
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        // In page order, so that of two equally dense containers the first wins on every run (jsoup
        // elements hash by identity: a hash map made the choice between ties vary from run to run).
        java.util.Map<Element, Double> scores = new java.util.LinkedHashMap<>();
        for (Element e : body.getAllElements()) {
            // Paragraph text scores the paragraph's container; text written straight into a div or
            // a cell (between <br>s) scores that element itself.
            boolean paragraph = e.normalName().equals("p");
            int length = paragraph ? e.text().length() : e.ownText().length();
            if (!paragraph && length < HtmlBlocks.MIN_LOOSE_CHARS) {
                continue;
            }
            Element container = paragraph ? e.parent() : e;
            if (container != null) {
                scores.merge(container, (double) length, Double::sum);
                if (container.parent() != null) {
                    scores.merge(container.parent(), length / 2.0, Double::sum);
                }
            }
        }
        Element scored = scores.entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey)
                .orElse(body);
        // Marked-up article text wins unless the page's densest container holds far more prose.
        if (best != null && bestLength > 200 && bestLength >= MARKED_SHARE * paragraphTextLength(scored)) {
            return best;
        }
        return scored;
    }

    private static int paragraphTextLength(Element e) {
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
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
