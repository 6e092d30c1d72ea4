package dev.precis.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a news page says about its article besides the text: the byline's names, a date when the
 * page's metadata has none (in the address, then in the visible text near the top), and the
 * language the page declares.
 */
final class PageMetadata {
    private PageMetadata() {}

    /** Names kept at most: a longer list is a contributors' box, not a byline. */
    static final int MAX_AUTHORS = 6;

    /** "/2016/09/05/", "/2016-09-05", "/20160905/" in an article's address. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/._-]|$)|/((?:19|20)\\d{2})(0[1-9]|1[0-2])([0-2]\\d|3[01])(?:/|$)");

    private static final String MONTH =
            "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** "Sept. 5, 2016", "September 5 2016", "5 September 2016", "2016-09-05". */
    private static final Pattern TEXT_DATE =
            Pattern.compile("\\b(" + MONTH + ")\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b" + "|\\b(\\d{1,2})\\s+(" + MONTH
                    + ")\\s+((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");

    /** Elements near the top of a page that show when it was published. */
    private static final String DATE_ELEMENTS = "time, [itemprop=datePublished], [class*=date], [class*=Date],"
            + " [class*=published], [class*=timestamp], [id*=date]";
    /** Only the first few such elements count: lower on the page they date comments and teasers. */
    private static final int DATE_ELEMENTS_LOOKED_AT = 5;

    private static final String BYLINE_ELEMENTS =
            "[itemprop=author], [rel=author], [class*=byline], [class*=author-name], [class~=author]";
    private static final Pattern BY = Pattern.compile(
            "^(?i)((written|posted|created|erstellt|eingestellt|ver\u00f6ffentlicht|geschrieben|verfasst|publi\u00e9)\\s+(by|von|par)|by|von|par|por|door|di|av|af)\\s+");
    /** Link texts a byline box puts after the name ("Alle Artikel", "More by"). */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "(?i)\\s+(alle artikel|all articles|all posts|more by|mehr von|profil|profile|follow)\\b.*$");
    /** Job titles and desk names a byline carries after the name. */
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(staff|writer|reporter|correspondent|editor|columnist|contributor|producer|press|news|desk|"
                    + "bureau|agency|wire|journalist|photographer|associated|reuters|afp|cnn|bbc|online|media|"
                    + "gmbh|inc|ltd|llc|ag|foundation|redaktion|team)\\b|\\.\\p{L}{2,3}\\b");
    /** Titles before a name that are not part of it. */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mag|Dipl)\\.\\s*)+");

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*");

    static LocalDate dateInUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        int g = m.group(1) != null ? 1 : 4;
        return date(m.group(g), m.group(g + 1), m.group(g + 2));
    }

    /** A date shown near the top of the page (a dateline or "Published ..." line), or null. */
    static LocalDate visibleDate(org.jsoup.nodes.Document page) {
        if (page.body() == null) {
            return null;
        }
        int looked = 0;
        for (Element e : page.body().select(DATE_ELEMENTS)) {
            String t = e.text();
            if (t.isBlank() || t.length() > 120) {
                continue;
            }
            LocalDate d = dateIn(t);
            if (d != null) {
                return d;
            }
            if (++looked >= DATE_ELEMENTS_LOOKED_AT) {
                break;
            }
        }
        return null;
    }

    /** The first date written in a short text, or null. */
    static LocalDate dateIn(String text) {
        Matcher m = TEXT_DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        if (m.group(5) != null) {
            return date(m.group(6), month(m.group(5)), m.group(4));
        }
        return date(m.group(7), m.group(8), m.group(9));
    }

    private static String month(String name) {
        String m = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (m.startsWith(months[i])) {
                return String.valueOf(i + 1);
            }
        }
        return "0";
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The byline's names: JSON-LD {@code author}, then the author meta tags, then byline elements;
     * "By", job titles and desk names dropped, at most {@link #MAX_AUTHORS}.
     */
    static List<String> authors(org.jsoup.nodes.Document page, JsonNode ld) {
        List<String> raw = new ArrayList<>();
        if (ld != null) {
            JsonNode a = ld.path("author");
            for (JsonNode one : a.isArray() ? a : List.of(a)) {
                if (!one.path("@type").asText("").equalsIgnoreCase("Organization")) {
                    raw.add(one.isTextual() ? one.asText() : one.path("name").asText(null));
                }
            }
        }
        for (String key :
                new String[] {"author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"}) {
            for (Element m : page.select("meta[name=" + key + "], meta[property=" + key + "]")) {
                raw.add(m.attr("content"));
            }
        }
        if (raw.stream().allMatch(r -> r == null || r.isBlank()) && page.body() != null) {
            int seen = 0;
            for (Element e : page.body().select(BYLINE_ELEMENTS)) {
                String t = e.text();
                if (!t.isBlank() && t.length() <= 120) {
                    raw.add(t);
                }
                if (++seen >= 3) {
                    break;
                }
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String r : raw) {
            for (String name : names(r)) {
                names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return names.values().stream().limit(MAX_AUTHORS).toList();
    }

    /** The person names in one byline text ("By Jane Doe and John Roe, Staff Writers" gives two). */
    static List<String> names(String byline) {
        List<String> out = new ArrayList<>();
        if (byline == null || byline.isBlank() || byline.contains("http") || byline.contains("@")) {
            return out;
        }
        String b = byline.strip().replaceAll("\\s+", " ");
        b = b.split("\\s[|\u2022\u00B7\u2013\u2014]\\s|\\s-\\s", 2)[0]; // "Jane Doe | Staff Writer"
        b = AFTER_NAME.matcher(BY.matcher(b).replaceFirst("")).replaceFirst("");
        for (String part : b.split(",|;|\\s+(?:and|und|et|y|e|&)\\s+")) {
            String p = HONORIFIC
                    .matcher(BY.matcher(part.strip()).replaceFirst("").strip())
                    .replaceFirst("")
                    .strip();
            if (p.isEmpty() || ROLE.matcher(p).find() || p.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            if (p.equals(p.toUpperCase(Locale.ROOT))) {
                continue; // "SPIEGEL ONLINE": a masthead, not a person
            }
            String[] words = p.split(" ");
            if (words.length < 2 || words.length > 5) {
                continue;
            }
            boolean allNames = true;
            for (String w : words) {
                if (!NAME_WORD.matcher(w).matches()
                        && !List.of("de", "van", "von", "der", "da", "la", "le", "bin", "al")
                                .contains(w)) {
                    allNames = false;
                }
            }
            if (allNames) {
                out.add(p);
            }
        }
        return out;
    }

    /** The language the page declares ({@code <html lang>}, Content-Language, og:locale), as "en", or null. */
    static String declaredLanguage(org.jsoup.nodes.Document page) {
        String declared = page.select("html[lang]").attr("lang");
        if (declared.isBlank()) {
            declared = page.select("meta[http-equiv~=(?i)content-language]").attr("content");
        }
        if (declared.isBlank()) {
            declared = page.select("meta[property=og:locale]").attr("content");
        }
        String code = declared.strip().toLowerCase(Locale.ROOT).split("[-_,; ]")[0];
        return code.matches("[a-z]{2,3}") ? code : null;
    }
}
