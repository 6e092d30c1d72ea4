package dev.precis.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Main-text choice on page shapes that lost whole articles (pages written here). */
class HtmlReaderTest {
    private static final String P1 =
            "<p>Mayor Lena Ortvik opened the harbour bridge in Ostravale on Tuesday after nine years of work.</p>";
    private static final String P2 =
            "<p>About 3,000 people watched the ceremony from both banks of the river, the council said.</p>";
    private static final String P3 =
            "<p>The bridge cost 212 million euros and carries four lanes of traffic and a cycle path.</p>";

    private static String body(String html) {
        return new HtmlReader()
                .extract("t", "<html><body>" + html + "</body></html>", "t")
                .body();
    }

    @Test
    void aContainerNamedLikeFurnitureIsKeptWhenItHoldsTheArticle() {
        String text = body("<div class='content-with-sidebar widget-area'>" + P1 + P2 + P3 + "</div>"
                + "<div class='sidebar'><p>Most read: five other stories you may like.</p></div>");
        assertTrue(text.contains("opened the harbour bridge"), text);
        assertTrue(text.contains("212 million euros"), text);
        assertFalse(text.contains("Most read"), text);
    }

    @Test
    void aPageWrappedInAFormKeepsItsArticle() {
        String text = body("<form id='aspnetForm'><nav><a href='/'>Home</a></nav><div id='main'>" + P1 + P2 + P3
                + "</div></form>");
        assertTrue(text.contains("About 3,000 people watched"), text);
        assertFalse(text.contains("Home"), text);
    }

    @Test
    void textWrittenIntoDivsBetweenLineBreaksIsRead() {
        String text = body("<div class='post'>Mayor Lena Ortvik opened the harbour bridge in Ostravale on Tuesday."
                + "<br><br>About 3,000 people watched the ceremony from both banks of the river.<br>"
                + "<a href='/share'>Share</a></div>");
        assertTrue(text.contains("opened the harbour bridge in Ostravale on Tuesday."), text);
        assertTrue(text.contains("About 3,000 people watched"), text);
        assertFalse(text.contains("Share"), text);
    }

    @Test
    void aHeadingOverNothingAndABoxOfLinksAreNotText() {
        String text = body("<div class='story'><h2>The opening</h2>" + P1 + P2 + P3 + "<h3>Read more</h3>"
                + "<div class='more'><a href='/a'>Flood warning lifted for the coast</a> <a href='/b'>Ferry timetable changes</a>"
                + " <span>Weather</span></div></div>");
        assertTrue(text.contains("The opening"), text);
        assertFalse(text.contains("Read more"), text);
        assertFalse(text.contains("Weather"), text);
    }

    @Test
    void aPageDrawnByScriptsKeepsItsDescription() {
        String html =
                "<html><head><meta name='description' content='Ostravale opened its harbour bridge on Tuesday after nine years of work.'>"
                        + "</head><body><div id='app'></div></body></html>";
        String text = new HtmlReader().extract("t", html, "t").body();
        assertTrue(text.contains("opened its harbour bridge"), text);
    }
}
