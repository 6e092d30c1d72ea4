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

    /** Four teasers of other stories, each a paragraph that is one link: more paragraph text than the article. */
    private static final String CARDS = "<section class='more'>"
            + "<div class='card'><p><a href='/1'>Flood warnings are lifted for the whole northern coast after three days of heavy rain</a></p></div>"
            + "<div class='card'><p><a href='/2'>The ferry timetable changes from Monday as the new summer season begins on the fjord</a></p></div>"
            + "<div class='card'><p><a href='/3'>Council votes to keep the old market hall open for another two years of trading</a></p></div>"
            + "<div class='card'><p><a href='/4'>Ostravale's football club signs a striker from the capital on a three-year contract</a></p></div>"
            + "</section>";

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

    @Test
    void anArticleFiledUnderANewsletterCategoryIsNotFurniture() {
        // WordPress files a post under its categories in its class: "category-no-newsletter-rss".
        String text = body("<article class='post type-post category-no-newsletter-rss'><div class='entry-content'>" + P1
                + P2 + P3 + "</div></article>" + CARDS);
        assertTrue(text.contains("opened the harbour bridge"), text);
        assertFalse(text.contains("Flood warnings"), text);
    }

    @Test
    void aPageBuilderWidgetHoldingProseIsText() {
        String text = body("<div class='elementor-widget-wrap'><div class='elementor-widget'>" + P1 + P2 + P3
                + "</div></div><div class='widget'><a href='/x'>Archive</a></div>" + CARDS);
        assertTrue(text.contains("212 million euros"), text);
        assertFalse(text.contains("Archive"), text);
    }

    @Test
    void theArticleHeadKeepsItsStandfirstAndAnAuthorBoxGoes() {
        String text = body("<header class='site-header'><a href='/'>Ostravale Post</a></header>"
                + "<article><header class='entry-header'><h1>Bridge opens</h1>"
                + "<p>After nine years of work the harbour bridge carries its first traffic, to cheers from both banks.</p>"
                + "</header><div class='entry-content'>" + P1 + P2 + P3 + "</div>"
                + "<div class='AuthorBox'><p>Mira Holm writes about the city's roads, bridges and harbour for the Post.</p></div>"
                + "</article>");
        assertTrue(text.contains("carries its first traffic"), text);
        assertTrue(text.contains("212 million euros"), text);
        assertFalse(text.contains("Mira Holm"), text);
        assertFalse(text.contains("Ostravale Post"), text);
    }

    @Test
    void rubyReadingsAreNotText() {
        String text = body(
                "<div class='story'><p><ruby>法律<rt>ほうりつ</rt></ruby>ができて、<ruby>親<rp>(</rp><rt>おや</rt><rp>)</rp></ruby>が"
                        + "子どもを教育するために体罰を禁止することになりました。最近、虐待された子どもを守ることができなくて、事件が続いています。</p></div>");
        assertTrue(text.contains("法律ができて、親が子どもを教育する"), text);
    }

    @Test
    void aPageShowingATeaserIsReadFromItsStructuredArticleBody() {
        String html =
                "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Bridge opens\","
                        + "\"articleBody\":\"" + (P1 + P2 + P3).replaceAll("</?p>", "\\\\n\\\\n")
                        + "\"}</script></head>"
                        + "<body><div class='story'><p>Mayor Lena Ortvik opened the harbour bridge.</p></div></body></html>";
        String text = new HtmlReader().extract("t", html, "t").body();
        assertTrue(text.contains("212 million euros"), text);
        assertTrue(text.contains("About 3,000 people watched"), text);
    }

    @Test
    void tableCellsAreTextHoweverShort() {
        String text = body("<div class='story'>" + P1 + P2
                + "<table><tr><th>Vehicle</th><th>Toll</th></tr><tr><td>Car</td><td>2,50 €</td></tr></table></div>");
        assertTrue(text.contains("2,50 €"), text);
        assertTrue(text.contains("Vehicle"), text);
    }

    @Test
    void aPageThatIsALiveTickerOfCommentsKeepsThem() {
        StringBuilder ticker = new StringBuilder("<div class='menu'><a href='/'>Home</a></div><div class='live'>");
        for (String minute : new String[] {"90", "78", "64", "51", "33", "12"}) {
            ticker.append("<div class='live-match-comment'><p>")
                    .append(minute)
                    .append(
                            "' Lorient keep the ball in midfield while Nantes wait for a mistake near the box.</p></div>");
        }
        String text = body(ticker + "</div>");
        assertTrue(text.contains("78' Lorient keep the ball"), text);
        assertFalse(text.contains("Home"), text);
    }

    @Test
    void aConsentDialogIsFurnitureHoweverLong() {
        String legal =
                "<p>We and our partners store and read information on your device to measure audiences and show ads.</p>";
        String text = body("<div class='cookie-consent-dialog'>" + legal.repeat(6) + "</div><div class='story'>" + P1
                + P2 + P3 + "</div>");
        assertTrue(text.contains("212 million euros"), text);
        assertFalse(text.contains("our partners"), text);
    }
}
