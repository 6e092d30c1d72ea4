package dev.precis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.Precis;
import dev.precis.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API as a client uses it: the seeds pushed in, read back, and every kind of bad request. */
class ApiIT {
    @TempDir
    static Path store;

    private static PrecisServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        server = PrecisServer.start("127.0.0.1", 0, store, Precis.builder().build());
        http = new Http(server.port());
        try (Stream<Path> seeds = Files.list(Shared.seeds())) {
            for (Path seed : seeds.sorted().toList()) {
                Http.Response r = http.post("/articles", Files.readAllBytes(seed));
                assertEquals(201, r.status(), r.body());
            }
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theSeedsBecomeOneStoryWithItsReport() throws IOException, InterruptedException {
        JsonNode list = http.get("/stories").json();
        assertEquals(1, list.get("total").asInt(), list.toString());
        JsonNode header = list.get("stories").get(0);
        assertEquals(5, header.get("articles").asInt());
        JsonNode story = http.get(header.get("url").asText() + "?current=true").json();
        assertEquals(header.get("id").asInt(), story.get("id").asInt());
        assertEquals(0, story.get("pending").asInt(), "current=true covers every stored article");
        JsonNode latest = http.get(header.get("url").asText()).json();
        assertEquals(
                5, latest.get("sources").size() + latest.get("pending").asInt(), "the latest report, or what it lacks");
        assertTrue(story.get("sentences").size() > 0, "summary");
        for (JsonNode s : story.get("sentences")) {
            assertTrue(s.get("source").asInt() >= 1 && s.get("source").asInt() <= 5);
        }
        assertEquals(5, story.get("sources").size());
        assertTrue(story.get("entities").toString().contains("Sergei Lavrov"));
        assertTrue(story.get("quotes").size() > 0);
        assertTrue(story.get("timeline").toString().contains("2016-09-03"));
        assertTrue(story.get("disagreements").toString().contains("more than 300,000 people"));
    }

    @Test
    void whatIsNewSinceAnInstant() throws IOException, InterruptedException {
        JsonNode list = http.get("/stories?since=2000-01-01T00:00:00Z").json();
        assertTrue(list.get("stories").size() >= 1, list.toString());
        JsonNode header = list.get("stories").get(0);
        assertTrue(header.get("newArticles").asInt() >= 1, header.toString());
        JsonNode story = http.get(header.get("url").asText() + "?since=2000-01-01T00:00:00Z")
                .json();
        assertEquals(
                header.get("newArticles").asInt(),
                story.get("update").get("newArticles").asInt());
        assertTrue(story.get("update").get("sentences").size() > 0, story.toString());
        JsonNode later = http.get(header.get("url").asText() + "?since=2999-01-01T00:00:00Z")
                .json();
        assertEquals(0, later.get("update").get("newArticles").asInt());
        assertEquals(
                0,
                http.get("/stories?since=2999-01-01T00:00:00Z")
                        .json()
                        .get("stories")
                        .size());
        Http.Response bad = http.get("/stories?since=yesterday");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("ISO-8601"), bad.body());
    }

    @Test
    void batchesInJsonArraysAndJsonLinesWithDuplicatesAcknowledged() throws IOException, InterruptedException {
        String array = Http.json(
                List.of(
                        Map.of(
                                "id",
                                "harbour-1",
                                "title",
                                "Harbour bridge opens",
                                "published",
                                "2024-03-12",
                                "text",
                                "The harbour bridge in Ostravale opened on Tuesday after nine years of work, the city council said."),
                        Map.of(
                                "id",
                                "harbour-2",
                                "title",
                                "Ostravale bridge opens to traffic",
                                "html",
                                "<html><body><article><p>Traffic crossed the new harbour bridge in Ostravale on Tuesday, nine years after work began, the council said.</p></article></body></html>")));
        Http.Response r = http.post("/articles", array);
        assertEquals(201, r.status(), r.body());
        assertEquals(2, r.json().get("accepted").size());
        assertFalse(r.json().get("accepted").get(0).get("duplicate").asBoolean());

        String lines =
                Http.json(Map.of("id", "harbour-1", "text", "The harbour bridge in Ostravale opened on Tuesday."))
                        + "\n{broken\n";
        Http.Response again = http.post("/articles", lines);
        assertEquals(200, again.status(), "only a duplicate and a broken line: nothing new " + again.body());
        assertTrue(again.json().get("accepted").get(0).get("duplicate").asBoolean());
        assertTrue(
                again.json().get("skipped").get(0).get("reason").asText().startsWith("malformed JSON"), again.body());
    }

    @Test
    void summarizeIsStateless() throws IOException, InterruptedException {
        int before = http.get("/health").json().get("articles").asInt();
        Path seed;
        try (Stream<Path> seeds = Files.list(Shared.seeds())) {
            seed = seeds.sorted().findFirst().orElseThrow();
        }
        Http.Response r = http.post("/summarize", Files.readAllBytes(seed));
        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().get("sentences").size() > 0);
        assertEquals(before, http.get("/health").json().get("articles").asInt(), "nothing stored");
    }

    @Test
    void paginationAndSorting() throws IOException, InterruptedException {
        JsonNode largest = http.get("/stories?sort=largest&size=1&page=1").json();
        assertEquals(1, largest.get("stories").size());
        assertEquals(5, largest.get("stories").get(0).get("articles").asInt(), "the seeds' story is the largest");
        JsonNode beyond = http.get("/stories?size=1&page=99").json();
        assertEquals(0, beyond.get("stories").size());
        assertTrue(beyond.get("total").asInt() >= 1);
    }

    @Test
    void badRequestsGetA4xxWithAMessageNeverA500() throws IOException, InterruptedException {
        Set<Integer> statuses = new HashSet<>();
        List<Http.Response> responses = List.of(
                http.post("/articles", ""),
                http.post("/articles", "{\"id\": \"x\", \"text\": "),
                http.post("/articles", "[{\"id\": 1}, 2, null]"),
                http.post("/articles", new byte[] {0, 1, 2, 3, 0, 0, 5, 6}),
                http.post("/articles", new byte[(int) PrecisServer.MAX_BODY_BYTES + 1]),
                http.post("/summarize", "   "),
                http.post("/summarize", "<html><body><nav>Home | News</nav></body></html>"),
                http.get("/stories/12345"),
                http.get("/stories/abc"),
                http.get("/stories?sort=oldest"),
                http.get("/stories?page=0"),
                http.get("/stories?size=x"),
                http.get("/no/such/path"));
        for (Http.Response r : responses) {
            assertTrue(r.status() >= 400 && r.status() < 500, r.status() + " " + r.body());
            assertTrue(r.json().get("error").asText().length() > 10, "a message that says what is wrong: " + r.body());
            statuses.add(r.status());
        }
        assertEquals(Set.of(400, 404, 413), statuses);
        assertEquals("ok", http.get("/health").json().get("status").asText(), "still serving");
    }

    @Test
    void pagesEscapeWhatArticlesSayAndNeverLinkScripts() throws IOException, InterruptedException {
        String hostile = Http.json(
                Map.of(
                        "id",
                        "hostile-1",
                        "title",
                        "<script>alert(1)</script> Quarry closes",
                        "url",
                        "javascript:alert(1)",
                        "text",
                        "The Brindle quarry closed on Friday after ninety years, its owners said. <b>Workers</b> left quietly."));
        Http.Response posted = http.post("/articles", hostile);
        assertEquals(201, posted.status(), posted.body());
        int story = posted.json().get("accepted").get(0).get("story").asInt();
        for (String page : List.of("/", "/view/" + story, "/view/" + story + "/source/1")) {
            String html = http.get(page).body();
            assertFalse(html.contains("<script>alert"), page);
            assertFalse(html.contains("javascript:"), page);
        }
        assertTrue(http.get("/view/" + story + "/source/1").body().contains("&lt;script&gt;"));
    }
}
