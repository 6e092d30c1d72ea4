package dev.precis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.precis.model.Document;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bylines, dates and declared languages of pages written for this test. */
class PageMetadataTest {
    private static final String BODY = "<article><h1>Bridge opens</h1>"
            + "<p>The harbour bridge in Ostravale opened on Tuesday after nine years of building, the council said.</p>"
            + "<p>About 3,000 people watched Mayor Lena Ortvik cut the ribbon at noon on the quay.</p></article>";

    private static Document read(String head, String body) {
        return new HtmlReader()
                .extract("p", "<html " + head + "><head></head><body>" + body + "</body></html>", "p.html");
    }

    private static Document readWithHead(String htmlAttributes, String headTags, String body) {
        return new HtmlReader()
                .extract(
                        "p",
                        "<html " + htmlAttributes + "><head>" + headTags + "</head><body>" + body + "</body></html>",
                        "p.html");
    }

    @Test
    void authorsFromJsonLdWithoutByOrJobTitles() {
        Document d = readWithHead(
                "",
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge opens\","
                        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}]}</script>",
                BODY);
        assertEquals(List.of("Jane Doe", "John Roe"), d.authors());
    }

    @Test
    void authorsFromAMetaTagOrABylineElement() {
        assertEquals(
                List.of("Jane Doe"),
                readWithHead("", "<meta name=\"author\" content=\"By Jane Doe, Staff Writer\">", BODY)
                        .authors());
        assertEquals(
                List.of("Jane Doe", "John Roe"),
                read("", "<p class=\"byline\">By Jane Doe and John Roe | Ostravale Post</p>" + BODY)
                        .authors());
        assertEquals(List.of(), read("", BODY).authors(), "no byline, no names");
        assertEquals(
                List.of(),
                readWithHead("", "<meta name=\"author\" content=\"https://example.org/staff/jane\">", BODY)
                        .authors());
    }

    @Test
    void aDateFromTheAddressThenFromTheVisibleText() {
        Document fromUrl = readWithHead(
                "", "<link rel=\"canonical\" href=\"https://example.org/news/2016/09/05/bridge-opens\">", BODY);
        assertEquals(LocalDate.of(2016, 9, 5), fromUrl.published());
        assertEquals(LocalDate.of(2016, 9, 5), PageMetadata.dateInUrl("https://example.org/world/20160905/bridge"));
        assertNull(PageMetadata.dateInUrl("https://example.org/news/2016/bridge-99"));
        Document visible = read("", "<div class=\"article-date\">Published Sept. 5, 2016, 10:42 a.m.</div>" + BODY);
        assertEquals(LocalDate.of(2016, 9, 5), visible.published());
        assertEquals(LocalDate.of(2016, 9, 5), PageMetadata.dateIn("Monday 5 September 2016"));
        assertNull(read("", BODY).published(), "never guessed");
    }

    @Test
    void theDeclaredLanguage() {
        assertEquals("de", read("lang=\"de-DE\"", BODY).language());
        assertEquals(
                "en",
                readWithHead("", "<meta property=\"og:locale\" content=\"en_GB\">", BODY)
                        .language());
        assertNull(read("", BODY).language());
    }
}
