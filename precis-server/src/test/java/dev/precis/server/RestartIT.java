package dev.precis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.Shared;
import dev.precis.ingest.Ingestor;
import dev.precis.model.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the server (SIGKILL) while articles are being pushed, restarts it on the same store, and
 * checks that every acknowledged article is back, each in exactly one story.
 */
class RestartIT {
    @TempDir
    Path store;

    @Test
    void aKilledServerLosesNothingItAcknowledged() throws Exception {
        List<Document> articles = new ArrayList<>();
        for (String cluster : List.of("D0601A", "D0617H", "D0626H")) {
            articles.addAll(new Ingestor()
                    .ingest(List.of(Shared.duc2006().resolve("docs").resolve(cluster)))
                    .documents());
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        CountDownLatch enough = new CountDownLatch(30);
        ServerProcess first = ServerProcess.start(store);
        Http http = new Http(first.port);
        Thread pusher = new Thread(() -> {
            for (Document d : articles) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", d.id());
                json.put("title", d.title());
                json.put(
                        "published",
                        d.published() == null ? null : d.published().toString());
                json.put("text", d.body());
                try {
                    Http.Response r = http.post("/articles", Http.json(json));
                    if (r.status() == 201) {
                        acknowledged.add(d.id());
                        enough.countDown();
                    }
                } catch (Exception e) {
                    return; // the server was killed mid-request: this one was never acknowledged
                }
            }
        });
        pusher.start();
        assertTrue(enough.await(120, TimeUnit.SECONDS), "30 articles acknowledged before the kill");
        first.kill();
        pusher.join(TimeUnit.SECONDS.toMillis(60));
        assertTrue(
                acknowledged.size() >= 30 && acknowledged.size() < articles.size(),
                "killed mid-ingest: " + acknowledged.size());

        try (ServerProcess second = ServerProcess.start(store)) {
            Http again = new Http(second.port);
            Map<String, Integer> storyOf = new HashMap<>();
            int page = 1;
            JsonNode list;
            do {
                list = again.get("/stories?size=100&page=" + page++).json();
                for (JsonNode header : list.get("stories")) {
                    JsonNode story = again.get(header.get("url").asText() + "?fresh=true")
                            .json();
                    assertEquals(
                            header.get("articles").asInt(), story.get("sources").size());
                    for (JsonNode source : story.get("sources")) {
                        Integer previous = storyOf.put(
                                source.get("id").asText(), header.get("id").asInt());
                        assertEquals(null, previous, "each article is in exactly one story: " + source.get("id"));
                    }
                }
            } while (list.get("stories").size() == 100);
            assertTrue(storyOf.keySet().containsAll(acknowledged), "every acknowledged article survived the kill");
            assertEquals(
                    storyOf.size(), again.get("/health").json().get("articles").asInt());
        }
    }
}
