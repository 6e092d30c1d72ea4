package dev.precis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.precis.Precis;

/** Story merges as the service sees them: every article follows its story, in memory and in the store. */
class StoryServiceTest {
    private static final String FLOOD = "Flood waters closed the coast road near the harbour of Ostravale on Tuesday morning.";
    private static final String BOATS = "Fishermen moved their boats inland as the storm surge rose through the night.";
    private static final String BOTH = "The storm surge flooded the harbour of Ostravale: fishermen moved their boats inland "
            + "through the night and flood waters closed the coast road on Tuesday morning.";

    @TempDir
    Path store;

    private static StoryService.Ingested push(StoryService service, String id, String text) throws SQLException {
        byte[] body = Http.json(Map.of("id", id, "published", "2024-03-12", "text", text)).getBytes(StandardCharsets.UTF_8);
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
            assertEquals(List.of(3), service.stories(true).stream().map(StoryService.StoryHeader::articles).toList());
            assertEquals(3, service.story(both).corpus().size());
        }
        try (StoryService restarted = new StoryService(store, precis)) {
            assertEquals(1, restarted.storyCount());
            StoryService.StoryHeader only = restarted.stories(true).get(0);
            assertEquals(3, only.articles());
            assertEquals("flood", restarted.story(only.id()).corpus().documents().get(0).document().id(), "arrival order kept");
        }
    }
}
