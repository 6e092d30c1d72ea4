package dev.precis.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Json;
import dev.precis.Precis;
import dev.precis.model.Problem;
import dev.precis.render.JsonRenderer;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Precis as a service: the JSON API and the web page over a {@link StoryService}, on Javalin
 * (Jetty). Bound to 127.0.0.1 unless told otherwise. Every refusal is a 4xx with a JSON message;
 * bodies are limited to {@link #MAX_BODY_BYTES}.
 */
public final class PrecisServer implements AutoCloseable {
    /** Largest request body accepted (413 beyond). */
    public static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    private static final int MAX_PAGE_SIZE = 100;

    /** Worker threads; request bodies take at most {@link Guard#CONCURRENT_BODIES} of them. */
    static final int MAX_THREADS = 64;

    static final long MIN_BODY_BYTES_PER_SECOND = 1024;
    static final long IDLE_TIMEOUT_MS = 10_000;

    private final StoryService service;
    private final Guard guard;
    private final Javalin app;

    private PrecisServer(StoryService service, ServerOptions options) {
        this.service = service;
        this.guard = new Guard(options);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, true));
            config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
            // A body sent slower than this is cut off (408): slow uploads cannot hold threads.
            config.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        });
        WebPages pages = new WebPages(service);
        app.before(guard::checkHost);
        app.get("/health", this::health);
        app.post("/articles", this::postArticles);
        app.get("/stories", this::listStories);
        app.get("/stories/{id}", this::getStory);
        app.post("/summarize", this::summarize);
        app.get("/", ctx -> ctx.html(pages.storyList("largest".equals(ctx.queryParam("sort")))));
        app.get("/view/{id}", ctx -> ctx.html(pages.story(storyId(ctx))));
        app.get(
                "/view/{id}/source/{n}",
                ctx -> ctx.html(pages.source(
                        storyId(ctx), ctx.pathParamAsClass("n", Integer.class).get(), ctx.queryParam("sentence"))));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(ValidationException.class, (e, ctx) -> error(ctx, 400, validationMessage(e)));
        app.exception(SQLException.class, (e, ctx) -> {
            // Nothing of the request was stored; the cause (SQL, columns) stays in the server.
            ctx.header("Retry-After", "5");
            error(ctx, 503, "the store could not save the articles, so none of them was stored: try again shortly");
        });
        app.error(404, ctx -> {
            if (!"application/json".equals(ctx.res().getContentType())) {
                error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(413, ctx -> error(ctx, 413, tooLarge()));
        app.error(405, ctx -> error(ctx, 405, "method not allowed on " + ctx.path()));
    }

    private static String tooLarge() {
        return "request body too large: the limit is " + MAX_BODY_BYTES / (1024 * 1024)
                + " MiB; send the articles in smaller batches";
    }

    /** Starts a server as the options say, over the store they name. */
    public static PrecisServer start(ServerOptions options, Precis precis) {
        PrecisServer server = new PrecisServer(new StoryService(options.store(), precis), options);
        server.app.start(options.host(), options.port());
        for (Connector c : server.app.jettyServer().server().getConnectors()) {
            if (c instanceof AbstractConnector connector) {
                connector.setIdleTimeout(IDLE_TIMEOUT_MS); // a connection silent this long is closed
            }
        }
        return server;
    }

    /** Starts a server on host:port (port 0 picks a free one) over the store in {@code storeDirectory}. */
    public static PrecisServer start(String host, int port, Path storeDirectory, Precis precis) {
        return start(new ServerOptions(host, port, storeDirectory, System.getenv("PRECIS_TOKEN"), 100), precis);
    }

    /**
     * Runs a server without the CLI ({@code --port N --store DIR --host H --rate-limit N}); prints
     * "listening on port N" once it accepts requests. {@code precis serve} is the documented way to start it.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = 8080;
        String host = "127.0.0.1";
        Path store = Path.of("precis-store");
        int writesPerSecond = 100;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--host" -> host = args[i + 1];
                case "--store" -> store = Path.of(args[i + 1]);
                case "--rate-limit" -> writesPerSecond = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PrecisServer server = start(
                new ServerOptions(host, port, store, System.getenv("PRECIS_TOKEN"), writesPerSecond),
                Precis.builder().build());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("listening on port " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }

    public int port() {
        return app.port();
    }

    public StoryService service() {
        return service;
    }

    @Override
    public void close() {
        app.stop();
        service.close();
    }

    // ---- API ------------------------------------------------------------------------------------

    private void health(Context ctx) {
        ctx.json(Json.MAPPER
                .createObjectNode()
                .put("status", "ok")
                .put("articles", service.articleCount())
                .put("stories", service.storyCount()));
    }

    private void postArticles(Context ctx) throws Exception {
        guard.checkWrite(ctx);
        StoryService.Ingested result = guard.withBodySlot(ctx, () -> service.ingest(body(ctx)));
        ObjectNode n = Json.MAPPER.createObjectNode();
        ArrayNode accepted = n.putArray("accepted");
        for (StoryService.Accepted a : result.accepted()) {
            accepted.addObject().put("id", a.id()).put("story", a.story()).put("duplicate", a.duplicate());
        }
        JsonRenderer.skipped(n, result.skipped());
        if (result.accepted().isEmpty()) {
            n.put("error", "no article could be read from the body: " + reasons(result.skipped()));
            ctx.status(400).json(n);
            return;
        }
        ctx.status(result.accepted().stream().anyMatch(a -> !a.duplicate()) ? 201 : 200)
                .json(n);
    }

    private void listStories(Context ctx) {
        String sort = ctx.queryParamAsClass("sort", String.class)
                .getOrDefault("newest")
                .toLowerCase(Locale.ROOT);
        if (!sort.equals("newest") && !sort.equals("largest")) {
            throw new BadRequestResponse("sort must be 'newest' or 'largest', not '" + sort + "'");
        }
        int page = ctx.queryParamAsClass("page", Integer.class)
                .check(p -> p >= 1, "must be 1 or more")
                .getOrDefault(1);
        int size = ctx.queryParamAsClass("size", Integer.class)
                .check(x -> x >= 1 && x <= MAX_PAGE_SIZE, "must be between 1 and " + MAX_PAGE_SIZE)
                .getOrDefault(20);
        java.time.Instant since = since(ctx);
        List<StoryIndex.Header> all = since == null
                ? service.stories(sort.equals("largest"))
                : service.stories(sort.equals("largest"), since);
        ObjectNode n = Json.MAPPER
                .createObjectNode()
                .put("total", all.size())
                .put("page", page)
                .put("size", size)
                .put("sort", sort);
        if (since != null) {
            n.put("since", since.toString());
        }
        ArrayNode stories = n.putArray("stories");
        for (StoryIndex.Header h :
                all.stream().skip((long) (page - 1) * size).limit(size).toList()) {
            stories.addObject()
                    .put("id", h.id())
                    .put("title", h.title())
                    .put("articles", h.articles())
                    .put("first", h.first() == null ? null : h.first().toString())
                    .put("last", h.last() == null ? null : h.last().toString())
                    .put("received", h.lastReceived().toString())
                    .put("newArticles", h.newArticles())
                    .put("url", "/stories/" + h.id());
        }
        ctx.json(n);
    }

    private void getStory(Context ctx) throws IOException {
        int id = storyId(ctx);
        java.time.Instant since = since(ctx);
        // An update (what is new since) counts every stored article: it asks for the current report.
        StoryService.StoryView view =
                since != null || "true".equals(ctx.queryParam("current")) ? service.story(id) : service.latest(id);
        if (view == null) {
            throw new NotFoundResponse("no story " + ctx.pathParam("id"));
        }
        ObjectNode n = Json.MAPPER
                .createObjectNode()
                .put("id", view.id())
                .put("title", view.title())
                .put("pending", view.pending());
        if (since != null) {
            StoryService.Update update = service.update(view, since);
            ObjectNode u =
                    n.putObject("update").put("since", since.toString()).put("newArticles", update.newArticles());
            if (update.summary() != null) {
                JsonRenderer.sentences(u, update.summary());
            } else {
                u.putArray("sentences");
            }
        }
        n.setAll(new JsonRenderer().toJson(view.report(), List.of()));
        streamJson(ctx, n);
    }

    /**
     * Writes a large JSON answer straight to the response, as {@link Context#json} would write it
     * but without building it as one string first: a story of hundreds of articles has a report of
     * megabytes, and readers ask for it while articles arrive (the string and its growing copies
     * were a third of what the server allocated under load).
     */
    private static void streamJson(Context ctx, com.fasterxml.jackson.databind.JsonNode n) throws IOException {
        ctx.contentType(io.javalin.http.ContentType.APPLICATION_JSON);
        try (var out = ctx.outputStream()) {
            Json.MAPPER.writeValue(out, n);
        }
    }

    private void summarize(Context ctx) throws Exception {
        guard.checkWrite(ctx);
        Precis.Report result = guard.withBodySlot(ctx, () -> service.summarize(body(ctx)));
        if (result.report() == null) {
            ObjectNode n = Json.MAPPER
                    .createObjectNode()
                    .put("error", "no article could be read from the body: " + reasons(result.problems()));
            JsonRenderer.skipped(n, result.problems());
            ctx.status(400).json(n);
            return;
        }
        ctx.json(new JsonRenderer().toJson(result.report(), result.problems()));
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The {@code since} query parameter: an ISO-8601 instant ("2024-03-12T09:30:00Z"), or null. */
    private static java.time.Instant since(Context ctx) {
        String since = ctx.queryParam("since");
        if (since == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(since).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestResponse("since must be an ISO-8601 instant such as 2024-03-12T09:30:00Z, not '"
                    + (since.length() > 40 ? since.substring(0, 40) + "..." : since) + "'");
        }
    }

    /**
     * The request body, read no further than the limit however it is sent (a Content-Length or
     * chunks): a longer one is refused with 413 before it fills memory.
     */
    private static byte[] body(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw new HttpResponseException(413, tooLarge());
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes((int) MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new HttpResponseException(413, tooLarge());
        }
        if (body.length <= 4096 && new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw new BadRequestResponse(
                    "empty body: send one article (text, HTML or JSON) or a batch (JSON array or JSON Lines)");
        }
        return body;
    }

    static int storyId(Context ctx) {
        return ctx.pathParamAsClass("id", Integer.class).get();
    }

    /** "page must be 1 or more, not '0'": the parameter, what it must be, what was sent. */
    private static String validationMessage(ValidationException e) {
        return e.getErrors().entrySet().stream()
                .map(entry -> {
                    ValidationError<?> first = entry.getValue().get(0);
                    String what = first.getMessage().equals("TYPE_CONVERSION_FAILED")
                            ? "must be a whole number"
                            : first.getMessage();
                    return entry.getKey() + " " + what + ", not '" + first.getValue() + "'";
                })
                .findFirst()
                .orElse("invalid request");
    }

    private static String reasons(List<Problem> problems) {
        problems = problems.stream().filter(p -> !p.notice()).toList();
        return problems.isEmpty()
                ? "no article text found"
                : String.join(
                        "; ",
                        problems.stream()
                                .map(Problem::reason)
                                .distinct()
                                .limit(3)
                                .toList());
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Json.MAPPER.createObjectNode().put("error", message));
    }
}
