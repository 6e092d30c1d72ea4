package dev.precis.server;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * What the server trusts (see SECURITY.md): requests for this host only (no DNS rebinding); writes
 * only from the user: a body type a form cannot send, no foreign Origin (no cross-site request), the
 * bearer token when one is set, at a bounded rate per client, and only a few bodies read at once
 * (slow uploads cannot take every thread).
 */
final class Guard {
    private static final Set<String> WRITE_TYPES = Set.of(
            "application/json",
            "application/x-ndjson",
            "application/jsonl",
            "text/plain",
            "text/html",
            "application/xhtml+xml",
            "application/xml",
            "text/xml",
            "application/rss+xml",
            "application/atom+xml");
    /** Request bodies read at the same time; a writer beyond them gets a 503 to retry. */
    static final int CONCURRENT_BODIES = 4;

    private static final int MAX_CLIENTS_TRACKED = 10_000;

    private final ServerOptions options;
    private final Semaphore bodies = new Semaphore(CONCURRENT_BODIES);
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    Guard(ServerOptions options) {
        this.options = options;
    }

    /** Every request: a loopback server answers only to loopback host names. */
    void checkHost(Context ctx) {
        if (options.token() != null) {
            return; // a token guards the writes; a server on the network answers to its names
        }
        String host = ctx.host() == null ? "" : ctx.host().toLowerCase(Locale.ROOT);
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d+$", "");
        if (!ServerOptions.loopback(name)) {
            throw new ForbiddenResponse(
                    "this server answers only to localhost, 127.0.0.1 or [::1], not '" + truncate(host) + "'");
        }
    }

    /** A write (POST): its type, origin, token and the client's rate. */
    void checkWrite(Context ctx) {
        String type = ctx.contentType();
        if (type != null) {
            String bare = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!WRITE_TYPES.contains(bare)) {
                throw new HttpResponseException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                        "Content-Type '" + truncate(bare) + "' is not accepted: send application/json, JSON Lines, "
                                + "text/plain or text/html");
            }
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !sameOrigin(origin, ctx.host())) {
            throw new ForbiddenResponse("cross-site write refused: Origin " + truncate(origin) + " is not this server");
        }
        if (origin != null && origin.equals("null")) {
            throw new ForbiddenResponse("cross-site write refused: an opaque Origin is not this server");
        }
        if (options.token() != null && !tokenMatches(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("writes need the server's token: Authorization: Bearer <token>");
        }
        if (options.writesPerSecond() > 0) {
            long wait = bucket(ctx.ip()).take();
            if (wait > 0) {
                ctx.header("Retry-After", String.valueOf(wait));
                throw new HttpResponseException(
                        HttpStatus.TOO_MANY_REQUESTS.getCode(),
                        "too many writes from this client: at most " + options.writesPerSecond()
                                + " per second; retry after " + wait + " s");
            }
        }
    }

    /** Runs a body read in one of the few slots; none free: 503 at once, so waiting holds no thread. */
    <T> T withBodySlot(Context ctx, java.util.concurrent.Callable<T> work) throws Exception {
        if (!bodies.tryAcquire()) {
            ctx.header("Retry-After", "1");
            throw new HttpResponseException(
                    HttpStatus.SERVICE_UNAVAILABLE.getCode(), "the server is reading other uploads: retry in a second");
        }
        try {
            return work.call();
        } finally {
            bodies.release();
        }
    }

    private static boolean sameOrigin(String origin, String host) {
        return host != null
                && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
    }

    private boolean tokenMatches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, options.token().getBytes(StandardCharsets.UTF_8)); // constant time
    }

    private Bucket bucket(String client) {
        if (buckets.size() > MAX_CLIENTS_TRACKED) {
            buckets.clear(); // bounded memory: forgetting old clients only resets their allowance
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(options.writesPerSecond()));
    }

    private static String truncate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    /** A token bucket: {@code rate} writes a second, {@link ServerOptions#BURST_SECONDS} seconds of burst. */
    private static final class Bucket {
        private final double rate;
        private final double capacity;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(int rate) {
            this.rate = rate;
            this.capacity = (double) rate * ServerOptions.BURST_SECONDS;
            this.tokens = capacity;
        }

        /** Takes one write; 0 when allowed, else the seconds to wait. */
        synchronized long take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / rate));
        }
    }
}
