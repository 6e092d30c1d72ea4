package dev.precis.server;

import java.nio.file.Path;

/**
 * How a server is run: where it listens, its store, who may write and how often.
 *
 * @param host              address to bind; anything but loopback requires a token
 * @param port              port (0 picks a free one)
 * @param store             folder of the story store
 * @param token             bearer token writes must carry, or null for none (loopback only)
 * @param writesPerSecond   writes one client may make per second on average (0: no limit)
 */
public record ServerOptions(String host, int port, Path store, String token, int writesPerSecond) {
    /** Writes a client may make in a burst beyond its rate. */
    static final int BURST_SECONDS = 2;

    public ServerOptions {
        token = token == null || token.isBlank() ? null : token;
        if (writesPerSecond < 0) {
            throw new IllegalArgumentException("the write rate limit must be 0 (none) or more");
        }
        if (token == null && !loopback(host)) {
            throw new IllegalArgumentException("binding " + host + " would let anyone on the network write: "
                    + "give a token (--token or PRECIS_TOKEN) or bind 127.0.0.1");
        }
        if (token != null && token.length() < 16) {
            throw new IllegalArgumentException("the token must be at least 16 characters long");
        }
    }

    /** On this machine only, no token, the default rate limit. */
    public static ServerOptions local(int port, Path store) {
        return new ServerOptions("127.0.0.1", port, store, null, 100);
    }

    static boolean loopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]");
    }
}
