package dev.precis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.precis.Precis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Story merges as the service sees them: every article follows its story, in memory and in the
 * store; and a write the store refuses leaves memory as the store is.
 */
class StoryServiceTest {
    private static final String FLOOD =
            "Flood waters closed the coast road near the harbour of Ostravale on Tuesday morning.";
    private static final String BOATS = "Fishermen moved their boats inland as the storm surge rose through the night.";
    private static final String BOTH =
            "The storm surge flooded the harbour of Ostravale: fishermen moved their boats inland "
                    + "through the night and flood waters closed the coast road on Tuesday morning.";

    private static final String BUDGET = "The town council of Ostravale passed its school budget after a long debate.";
    private static final String BRIDGE =
            "Engineers finished the new railway viaduct across the valley ahead of schedule.";

    @TempDir
    Path store;

    private static StoryService.Ingested push(StoryService service, String id, String text) throws SQLException {
        byte[] body = Http.json(Map.of("id", id, "published", "2024-03-12", "text", text))
                .getBytes(StandardCharsets.UTF_8);
        return service.ingest(body);
    }

    @Test
    void mergedStoriesKeepTheirArticlesAcrossARestart() throws SQLException {
        Precis precis = Precis.builder().build();
        try (StoryService service = new StoryService(store, precis)) {
            int flood = push(service, "flood", FLOOD).accepted().get(0).story();
            int boats = push(service, "boats", BOATS).accepted().get(0).story();
            assertNotEquals(flood, boats, "no words in common: two stories");
            int both = push(service, "both", BOTH).accepted().get(0).story();
            assertEquals(1, service.storyCount(), "the bridging article merges the two");
            assertEquals(
                    List.of(3),
                    service.stories(true).stream()
                            .map(StoryIndex.Header::articles)
                            .toList());
            assertEquals(3, service.story(both).corpus().size());
        }
        try (StoryService restarted = new StoryService(store, precis)) {
            assertEquals(1, restarted.storyCount());
            StoryIndex.Header only = restarted.stories(true).get(0);
            assertEquals(3, only.articles());
            assertEquals(
                    "flood",
                    restarted
                            .story(only.id())
                            .corpus()
                            .documents()
                            .get(0)
                            .document()
                            .id(),
                    "arrival order kept");
        }
    }

    @Test
    void aReaderWhoLookedBeforeSeesWhatCameAfter() throws Exception {
        Precis precis = Precis.builder().build();
        try (StoryService service = new StoryService(store, precis)) {
            int story = push(service, "flood", FLOOD).accepted().get(0).story();
            Thread.sleep(20);
            java.time.Instant looked = java.time.Instant.now();
            Thread.sleep(20);
            String later = "Flood waters that closed the coast road near the harbour of Ostravale fell on Wednesday, "
                    + "and the council reopened the road to traffic at noon.";
            assertEquals(
                    story, push(service, "flood-2", later).accepted().get(0).story(), "one story");
            push(service, "budget", BUDGET);

            List<StoryIndex.Header> grown = service.stories(true, looked);
            assertEquals(2, grown.size(), "the flood story and the new budget story grew");
            StoryIndex.Header flood =
                    grown.stream().filter(h -> h.id() == story).findFirst().orElseThrow();
            assertEquals(1, flood.newArticles());
            assertEquals(2, flood.articles());

            StoryService.Update update = service.update(service.story(story), looked);
            assertEquals(1, update.newArticles());
            assertFalse(update.summary().sentences().isEmpty());
            update.summary().sentences().forEach(s -> assertEquals(1, s.source(), "from the new article: " + s.text()));

            StoryService.Update none = service.update(service.story(story), java.time.Instant.now());
            assertEquals(0, none.newArticles());
            assertEquals(null, none.summary());
        }
        try (StoryService restarted = new StoryService(store, precis)) {
            assertEquals(
                    2,
                    restarted.stories(true, java.time.Instant.EPOCH).stream()
                            .mapToInt(StoryIndex.Header::newArticles)
                            .max()
                            .orElse(0),
                    "receipt times survive a restart");
        }
    }

    @Test
    void aStoreWrittenWithLargeObjectDocumentsIsReadAndConverted() throws Exception {
        // A store as versions before in-row documents created it: the document a CLOB.
        String url = "jdbc:h2:file:" + store.resolve("precis").toAbsolutePath();
        String flood = dev.precis.Json.MAPPER.writeValueAsString(new dev.precis.model.Document(
                "flood", null, null, null, java.time.LocalDate.of(2024, 3, 12), FLOOD, null));
        try (var c = java.sql.DriverManager.getConnection(url, "sa", "");
                var s = c.createStatement()) {
            s.execute("CREATE TABLE article (seq BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " id VARCHAR(2000) NOT NULL UNIQUE, story INT NOT NULL, document CLOB NOT NULL)");
            try (var insert = c.prepareStatement("INSERT INTO article (id, story, document) VALUES ('flood', 1, ?)")) {
                insert.setString(1, flood);
                insert.executeUpdate();
            }
        }
        try (StoryService service = new StoryService(store, Precis.builder().build())) {
            assertEquals(1, service.articleCount(), "the old row is read");
            push(service, "budget", BUDGET);
            assertEquals(2, service.storyCount());
        }
        try (var c = java.sql.DriverManager.getConnection(url, "sa", "");
                var rs = c.createStatement()
                        .executeQuery("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                                + " WHERE TABLE_NAME = 'ARTICLE' AND COLUMN_NAME = 'DOCUMENT'")) {
            rs.next();
            assertEquals("CHARACTER VARYING", rs.getString(1));
        }
    }

    /** A store that refuses writes while {@link #failing} is set, as a full disk would. */
    private static final class FailingStore extends ArticleStore {
        boolean failing;

        FailingStore(Path directory) {
            super(directory);
        }

        @Override
        synchronized void add(List<StoryIndex.Placed> placements, java.util.Map<String, String> documents)
                throws SQLException {
            if (failing) {
                throw new SQLException("disk full (test)");
            }
            super.add(placements, documents);
        }
    }

    @Test
    void aFailedWriteLeavesNothingInMemoryThatTheStoreLacks() throws SQLException {
        FailingStore failing = new FailingStore(store);
        try (StoryService service = new StoryService(failing, Precis.builder().build())) {
            push(service, "flood", FLOOD);
            push(service, "boats", BOATS);
            failing.failing = true;
            assertThrows(SQLException.class, () -> push(service, "both", BOTH));
            assertThrows(SQLException.class, () -> push(service, "budget", BUDGET));
            assertEquals(2, service.articleCount(), "the unsaved articles are not shown");
            assertEquals(
                    List.of(1, 1),
                    service.stories(true).stream()
                            .map(StoryIndex.Header::articles)
                            .toList(),
                    "the merge the lost article caused is undone");
            failing.failing = false;
            // Stories are numbered in order of creation: the lost budget story left no trace.
            assertEquals(2, push(service, "bridge", BRIDGE).accepted().get(0).story());
            assertFalse(push(service, "both", BOTH).accepted().get(0).duplicate(), "sent again, it is new");
            assertEquals(
                    List.of(3, 1),
                    service.stories(true).stream()
                            .map(StoryIndex.Header::articles)
                            .toList());
        }
    }

    @Test
    void aLatestReadCoversTheArticlesOrSaysHowManyItLacks() throws SQLException {
        try (StoryService service = new StoryService(store, Precis.builder().build())) {
            int story = push(service, "flood", FLOOD).accepted().get(0).story();
            assertEquals(0, service.latest(story).pending(), "the first read computes the report");
            assertEquals(story, push(service, "both", BOTH).accepted().get(0).story());
            StoryService.StoryView latest = service.latest(story);
            assertEquals(2, latest.corpus().size() + latest.pending(), "covered and lacking add up to what is stored");
            StoryService.StoryView current = service.story(story);
            assertEquals(2, current.corpus().size());
            assertEquals(0, current.pending());
            assertEquals(0, service.latest(story).pending(), "once computed, the latest read covers both");
        }
    }

    @Test
    void theSameArticleSentAtOnceIsStoredOnce() throws Exception {
        try (StoryService service = new StoryService(store, Precis.builder().build())) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<StoryService.Ingested>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sent.add(pool.submit(() -> push(service, "flood", FLOOD)));
            }
            int firsts = 0;
            for (var f : sent) {
                firsts += f.get().accepted().get(0).duplicate() ? 0 : 1;
            }
            pool.shutdown();
            assertEquals(1, firsts, "one is new, the others duplicates (none refused by the store)");
            assertEquals(1, service.articleCount());
        }
    }
}
