package dev.precis.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.Json;
import dev.precis.model.Document;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load benchmark: starts a Precis server in a second process (fresh store, loopback), pushes
 * articles through {@code POST /articles} from several client threads while one more thread reads
 * {@code GET /stories/{id}} of random stories, then checks that every posted article is in exactly
 * one story. Prints the ingest rate and the read latency percentiles.
 */
public final class LoadBenchmark {
    private static final ObjectMapper JSON = Json.MAPPER;
    /** Articles each POST carries (a JSON array when more than one). */
    private final int perRequest;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // what a feed client speaks; no HTTP/2 upgrade attempt
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** What one run measured. */
    public record Result(
            int posted,
            int acknowledged,
            double ingestSeconds,
            int reads,
            double readP50Ms,
            double readP99Ms,
            double readMaxMs,
            int storiesFound,
            int inExactlyOneStory,
            int missing,
            int duplicated,
            int slowClients,
            int healthProbes,
            int healthErrors,
            double healthP50Ms,
            double healthP99Ms,
            double healthMaxMs,
            int refusedOverRate,
            int refusedBusy,
            int readsCurrent,
            int readPendingMedian,
            int readPendingMax,
            double writeP50Ms,
            double writeP99Ms,
            double writeMaxMs) {
        public double articlesPerSecond() {
            return acknowledged / ingestSeconds;
        }
    }

    /** @param articlesPerRequest articles each POST carries: a feed's batch, or 1 */
    public LoadBenchmark(int articlesPerRequest) {
        if (articlesPerRequest < 1) {
            throw new IllegalArgumentException("at least one article per request, not " + articlesPerRequest);
        }
        this.perRequest = articlesPerRequest;
    }

    /** Writes the server refused during the pass being measured: over the client's rate (429), busy (503). */
    private final AtomicInteger refusedOverRate = new AtomicInteger();

    private final AtomicInteger refusedBusy = new AtomicInteger();

    /** Milliseconds of each acknowledged POST of the pass being measured (the attempt that succeeded). */
    private final List<Double> writeMillis = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param slowClients     connections that upload a byte every five seconds during the run (the
     *                        slow-body attack), with GET /health probed meanwhile; 0 for none
     * @param warmUpPasses    times the articles are first posted under other ids, not measured (a
     *                        server just started spends much of its first minute compiling its code)
     * @param writesPerSecond the server's per-client write limit (0: none); the writers are all one
     *                        client, 127.0.0.1, so a limit caps the rate measured
     * @param measuredPasses  times the articles are posted in the measured pass (under other ids after
     *                        the first): a longer pass averages over the JIT's and the collector's bursts
     */
    public Result run(
            List<Document> articles,
            int threads,
            int slowClients,
            int warmUpPasses,
            int writesPerSecond,
            int measuredPasses,
            PrintWriter out)
            throws IOException, InterruptedException {
        if (measuredPasses < 1) {
            throw new IllegalArgumentException("at least one measured pass, not " + measuredPasses);
        }
        Path store = Files.createTempDirectory("precis-bench-store");
        try (ServerProcess server = ServerProcess.start(store, writesPerSecond)) {
            String base = "http://127.0.0.1:" + server.port;
            out.printf(
                    "server process %d on port %d, %d articles, %d client threads%n",
                    server.pid(), server.port, articles.size(), threads);
            out.flush();
            for (int pass = 1; pass <= warmUpPasses; pass++) {
                // The same articles under other ids: the server's code compiled and its stores warm
                // before the measured pass (which then also meets stories that already have articles).
                Result r = measure(base, copies(articles, "warm-up-" + pass + "/"), threads, 0, null, out);
                out.printf(
                        "warm-up pass %d: %.1f articles/s, read p99 %.0f ms (not counted)%n",
                        pass, r.articlesPerSecond(), r.readP99Ms());
                out.flush();
            }
            List<Document> measured = new ArrayList<>(articles);
            for (int pass = 2; pass <= measuredPasses; pass++) {
                measured.addAll(copies(articles, "measured-" + pass + "/"));
            }
            if (slowClients == 0) {
                return measure(base, measured, threads, 0, null, out);
            }
            try (SlowClients slow = new SlowClients(server.port, slowClients)) {
                return measure(base, measured, threads, slowClients, slow, out);
            }
        } finally {
            deleteQuietly(store);
        }
    }

    /** The articles under ids with a prefix. */
    private static List<Document> copies(List<Document> articles, String idPrefix) {
        List<Document> copies = new ArrayList<>();
        for (Document d : articles) {
            copies.add(new Document(
                    idPrefix + d.id(), d.title(), d.source(), d.url(), d.published(), d.body(), d.origin()));
        }
        return copies;
    }

    private Result measure(
            String base, List<Document> articles, int threads, int slowClients, SlowClients slow, PrintWriter out)
            throws IOException, InterruptedException {
        // Request bodies written before the clock starts, as a load generator prepares its requests:
        // the client shares the server's cores.
        ConcurrentLinkedQueue<Body> queue = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < articles.size(); i += perRequest) {
            List<Document> batch = articles.subList(i, Math.min(articles.size(), i + perRequest));
            queue.add(new Body(body(batch), batch.size()));
        }
        refusedOverRate.set(0);
        refusedBusy.set(0);
        writeMillis.clear();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean ingesting = new AtomicBoolean(true);
        List<Double> readMillis = Collections.synchronizedList(new ArrayList<>());
        List<Integer> readPending = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> readWhileIngesting(base, ingesting, readMillis, readPending));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        reader.start();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                Body b;
                while ((b = queue.poll()) != null) {
                    if (post(base, b.json())) {
                        int n = acknowledged.addAndGet(b.articles());
                        if (n / 100 > (n - b.articles()) / 100) {
                            out.printf("  %d articles in, %.1f s%n", n / 100 * 100, (System.nanoTime() - start) / 1e9);
                            out.flush();
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        ingesting.set(false);
        reader.join();

        Map<String, Integer> seen = new HashMap<>();
        int stories = 0;
        int duplicated = 0;
        for (int page = 1; ; page++) {
            JsonNode list = getJson(base + "/stories?size=100&page=" + page);
            for (JsonNode header : list.get("stories")) {
                stories++;
                for (JsonNode source : getJson(base + header.get("url").asText() + "?current=true")
                        .get("sources")) {
                    if (seen.merge(source.get("id").asText(), 1, Integer::sum) > 1) {
                        duplicated++;
                    }
                }
            }
            if (list.get("stories").size() < 100) {
                break;
            }
        }
        int missing = 0;
        for (Document d : articles) {
            if (!seen.containsKey(d.id())) {
                missing++;
            }
        }
        List<Double> sorted = new ArrayList<>(readMillis);
        Collections.sort(sorted);
        List<Double> health = slow == null ? List.of() : slow.healthMillis();
        List<Double> writes = new ArrayList<>(writeMillis);
        Collections.sort(writes);
        return new Result(
                articles.size(),
                acknowledged.get(),
                seconds,
                sorted.size(),
                percentile(sorted, 50),
                percentile(sorted, 99),
                percentile(sorted, 100),
                stories,
                (int) articles.stream()
                        .filter(d -> seen.getOrDefault(d.id(), 0) == 1)
                        .count(),
                missing,
                duplicated,
                slowClients,
                health.size(),
                slow == null ? 0 : slow.healthErrors(),
                percentile(health, 50),
                percentile(health, 99),
                percentile(health, 100),
                refusedOverRate.get(),
                refusedBusy.get(),
                (int) readPending.stream().filter(p -> p == 0).count(),
                medianOfPositive(readPending),
                readPending.stream().mapToInt(Integer::intValue).max().orElse(0),
                percentile(writes, 50),
                percentile(writes, 99),
                percentile(writes, 100));
    }

    /** Reads random stories, one request after another, for as long as articles are being pushed. */
    private void readWhileIngesting(String base, AtomicBoolean ingesting, List<Double> millis, List<Integer> pending) {
        Random random = new Random(7);
        while (ingesting.get()) {
            try {
                JsonNode list = getJson(base + "/stories?size=100&sort=largest");
                int n = list.get("stories").size();
                if (n == 0) {
                    Thread.sleep(20);
                    continue;
                }
                String url = base
                        + list.get("stories").get(random.nextInt(n)).get("url").asText();
                long t = System.nanoTime();
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    millis.add((System.nanoTime() - t) / 1e6);
                    pending.add(pendingOf(r.body()));
                }
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One request's body and the articles it carries. */
    private record Body(byte[] json, int articles) {}

    /** Articles as one request carries them: a JSON object, or an array of them. */
    private static byte[] body(List<Document> articles) throws IOException {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Document d : articles) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", d.id());
            json.put("title", d.title());
            json.put("source", d.source());
            json.put("published", d.published() == null ? null : d.published().toString());
            json.put("text", d.body());
            objects.add(json);
        }
        return JSON.writeValueAsBytes(objects.size() == 1 ? objects.get(0) : objects);
    }

    /** Posts one request's body; true when its articles were stored. */
    private boolean post(String base, byte[] body) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            long t = System.nanoTime();
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/articles"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 429 && r.statusCode() != 503) {
                boolean stored = r.statusCode() == 201 || r.statusCode() == 200;
                if (stored) {
                    writeMillis.add((System.nanoTime() - t) / 1e6);
                }
                return stored;
            }
            (r.statusCode() == 429 ? refusedOverRate : refusedBusy).incrementAndGet();
            // Busy or over the rate: wait as told, as a well-behaved client does, and send again.
            Thread.sleep(
                    1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
        }
        return false;
    }

    private JsonNode getJson(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    /**
     * A story response's {@code pending} (its third field) without parsing the whole report: the
     * client shares the server's cores, and a large story's report is hundreds of kilobytes.
     */
    private static int pendingOf(String body) throws IOException {
        try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(body)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return 0;
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                p.nextToken();
                if (field.equals("pending")) {
                    return p.getIntValue();
                }
                p.skipChildren();
            }
            return 0;
        }
    }

    /** The median of the values above 0 (articles a read's report lacked, among reads that lacked any). */
    private static int medianOfPositive(List<Integer> values) {
        List<Integer> positive = values.stream().filter(v -> v > 0).sorted().toList();
        return positive.isEmpty() ? 0 : positive.get(positive.size() / 2);
    }

    /** The p-th percentile of sorted values (100: the largest); NaN when there are none. */
    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
