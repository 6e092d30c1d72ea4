package dev.precis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each input format, on small articles written for these tests. */
class FormatsTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    private IngestResult read(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return ingestor.ingest(List.of(f));
    }

    @Test
    void plainTextWithTitleAndDateMarker() throws IOException {
        Document d = read(
                        "a.txt",
                        "date 2016-09-05\nCouncil Approves Budget\n\nThe council approved the budget on Monday. "
                                + "It passed by seven votes to two.\n")
                .documents()
                .get(0);
        assertEquals(LocalDate.of(2016, 9, 5), d.published());
        assertEquals("Council Approves Budget", d.title());
        assertTrue(d.body().startsWith("The council approved"));
    }

    @Test
    void dateMarkerInFrontOfTheFirstSentence() throws IOException {
        Document d = read("b.txt", " date 2016-09-04 The council met today.\n\nIt approved the budget.")
                .documents()
                .get(0);
        assertEquals(LocalDate.of(2016, 9, 4), d.published());
        assertNull(d.title(), "a first line that is a sentence is not a title");
        assertTrue(d.body().startsWith("The council met today."));
    }

    @Test
    void htmlMainTextWithoutPageFurniture() throws IOException {
        String html = """
                <!DOCTYPE html><html><head><title>Budget passes | Town Herald</title>
                <meta property="og:title" content="Budget passes">
                <meta property="og:site_name" content="Town Herald">
                <meta property="article:published_time" content="2016-09-05T10:00:00Z">
                <link rel="canonical" href="https://herald.example/budget"></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <header class="site-header">Subscribe to our newsletter today!</header>
                <article><h1>Budget passes</h1>
                <p>The town council approved the new budget on Monday after a long debate.</p>
                <figure><img src="x.jpg"><figcaption>Council members vote (L-R). Photo: Herald staff</figcaption></figure>
                <p>The budget raises spending on schools by four percent, the mayor said.</p>
                <div class="related"><p><a href="/x">Read more: other story about the weather today</a></p></div>
                </article><aside><p>Most popular stories this week are listed here for you.</p></aside>
                <footer>Copyright 2016 Town Herald. All rights reserved.</footer></body></html>
                """;
        Document d = read("page.html", html).documents().get(0);
        assertEquals("Budget passes", d.title());
        assertEquals("Town Herald", d.source());
        assertEquals("https://herald.example/budget", d.url());
        assertEquals(LocalDate.of(2016, 9, 5), d.published());
        assertEquals(
                "The town council approved the new budget on Monday after a long debate.\n\n"
                        + "The budget raises spending on schools by four percent, the mayor said.",
                d.body());
    }

    @Test
    void htmlDetectedByContentWhateverTheExtension() {
        assertEquals(Format.HTML, FormatDetector.detect("saved.txt", "<html><body><p>Hi.</p></body></html>"));
        assertEquals(Format.DUC_SGML, FormatDetector.detect("APW19990707.0181", "<DOC>\n<DOCNO> X </DOCNO>"));
        assertEquals(Format.JSONL, FormatDetector.detect("feed.data", "{\"id\": \"1\", \"text\": \"x\"}\n"));
        assertEquals(Format.FEED, FormatDetector.detect("news.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\">"));
        assertEquals(Format.TEXT, FormatDetector.detect("notes", "Just words."));
    }

    @Test
    void jsonLinesWithTextAndHtmlAndOneMalformedLine() throws IOException {
        IngestResult r = read("articles.jsonl", """
                {"id": "a1", "url": "https://x.example/1", "source": "Wire", "title": "One", "published": "2016-09-04", "text": "The first article says the talks failed. Both sides left."}
                {"id": "a2", "title": "Two", "html": "<p>The second article is HTML and says the talks went on.</p>"}
                {"id": "a3", "text": "broken
                {"id": "a4", "title": "No text"}
                """);
        assertEquals(
                List.of("a1", "a2"), r.documents().stream().map(Document::id).toList());
        assertEquals("Wire", r.documents().get(0).source());
        assertEquals(LocalDate.of(2016, 9, 4), r.documents().get(0).published());
        assertTrue(r.documents().get(1).body().startsWith("The second article is HTML"));
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertTrue(
                r.problems().get(0).name().endsWith("articles.jsonl:3"),
                r.problems().toString());
        assertTrue(r.problems().get(0).reason().startsWith("malformed JSON"));
    }

    @Test
    void rssAndAtomFeeds() throws IOException {
        IngestResult rss = read("feed.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Town Herald</title><link>https://herald.example</link><description>News</description>
                <item><title>Budget passes</title><link>https://herald.example/budget</link>
                <pubDate>Mon, 05 Sep 2016 10:00:00 GMT</pubDate>
                <description>&lt;p&gt;The town council approved the new budget on Monday.&lt;/p&gt;</description></item>
                <item><title>Empty</title><link>https://herald.example/empty</link></item>
                </channel></rss>
                """);
        assertEquals(1, rss.documents().size());
        Document d = rss.documents().get(0);
        assertEquals("Budget passes", d.title());
        assertEquals("Town Herald", d.source());
        assertEquals(LocalDate.of(2016, 9, 5), d.published());
        assertEquals("The town council approved the new budget on Monday.", d.body());
        assertEquals(1, rss.problems().size(), "the entry without text is reported");

        IngestResult atom = read("feed.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2016-09-05T00:00:00Z</updated>
                <entry><title>Talks fail</title><id>urn:wire:1</id><updated>2016-09-05T08:00:00Z</updated>
                <link href="https://wire.example/1"/><content type="html">&lt;p&gt;Diplomats failed to agree on a ceasefire.&lt;/p&gt;</content></entry>
                </feed>
                """);
        assertEquals(
                "Diplomats failed to agree on a ceasefire.",
                atom.documents().get(0).body());
        assertEquals(LocalDate.of(2016, 9, 5), atom.documents().get(0).published());
    }

    @Test
    void textInMemoryIsReadLikeAFile() {
        IngestResult r = ingestor.ingest(
                "pasted.html", "<html><body><p>The council approved the budget on Monday.</p></body></html>");
        assertEquals(
                "The council approved the budget on Monday.",
                r.documents().get(0).body());
        assertEquals(
                "empty file",
                ingestor.ingest("blank.txt", "  ").problems().get(0).reason());
    }

    @Test
    void foldersAreReadRecursively() throws IOException {
        read("x/one.txt", "One article about the talks.");
        read("x/deeper/two.txt", "Another article about the talks.");
        read("x/.hidden.txt", "Editor backup, not an article.");
        assertEquals(2, ingestor.ingest(List.of(dir.resolve("x"))).documents().size());
    }
}
