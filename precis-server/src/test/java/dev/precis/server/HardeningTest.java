package dev.precis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Json;
import dev.precis.Precis;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's defects of issue 19, each as it was reproduced: limits, trust, errors. */
class HardeningTest {
    private static final String ARTICLE =
            "The council approved the budget on Monday after a long debate in the town hall.";
    private static final String TOKEN = "a-token-of-sixteen-or-more";

    @TempDir
    static Path store;

    @TempDir
    static Path guardedStore;

    private static PrecisServer open;
    private static PrecisServer guarded;

    @BeforeAll
    static void start() {
        Precis precis = Precis.builder().build();
        open = PrecisServer.start(ServerOptions.local(0, store), precis);
        guarded = PrecisServer.start(new ServerOptions("127.0.0.1", 0, guardedStore, TOKEN, 1), precis);
    }

    @AfterAll
    static void stop() {
        open.close();
        guarded.close();
    }

    /** A raw HTTP/1.1 exchange, so that any header (Host, Origin) or malformed request can be sent. */
    private static Raw raw(int port, String head, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            return new Raw(status, response.substring(response.indexOf("\r\n\r\n") + 4), response);
        }
    }

    private record Raw(int status, String body, String whole) {}

    private static Raw post(int port, Map<String, String> headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST /articles HTTP/1.1\r\nConnection: close\r\n");
        if (!headers.containsKey("Host")) {
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
        return raw(port, head.toString(), bytes);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + open.port() + "/articles")
                .toURL()
                .openConnection();
        c.setDoOutput(true);
        c.setRequestMethod("POST");
        c.setRequestProperty("Content-Type", "text/plain");
        c.setChunkedStreamingMode(64 * 1024);
        byte[] line = "Officials said the talks failed.\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = c.getOutputStream()) {
            for (long sent = 0; sent <= PrecisServer.MAX_BODY_BYTES + line.length; sent += line.length) {
                out.write(line);
            }
        } catch (IOException e) {
            // the server may close once it has refused the body; the status is what counts
        }
        assertEquals(413, c.getResponseCode());
        try (InputStream err = c.getErrorStream()) {
            assertTrue(new String(err.readAllBytes(), StandardCharsets.UTF_8).contains("too large"));
        }
    }

    @Test
    void slowUploadsLeaveTheServerAnswering() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                Socket s = new Socket("127.0.0.1", open.port());
                s.getOutputStream()
                        .write(("POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                                        + "Content-Length: 1000000\r\n\r\nx")
                                .getBytes(StandardCharsets.ISO_8859_1));
                slow.add(s);
            }
            for (int i = 0; i < 10; i++) {
                Raw health = raw(
                        open.port(),
                        "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                        new byte[0]);
                assertEquals(200, health.status(), health.whole());
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void writesFromAnotherSiteOrHostOrAsAFormAreRefused() throws IOException {
        Raw form = post(open.port(), Map.of("Content-Type", "application/x-www-form-urlencoded"), "text=" + ARTICLE);
        assertEquals(415, form.status(), form.body());
        Raw multipart = post(open.port(), Map.of("Content-Type", "multipart/form-data; boundary=xyz"), "--xyz\r\n");
        assertEquals(415, multipart.status(), multipart.body());
        Raw foreign = post(open.port(), Map.of("Content-Type", "text/plain", "Origin", "http://evil.example"), ARTICLE);
        assertEquals(403, foreign.status(), foreign.body());
        Raw rebound = post(open.port(), Map.of("Host", "evil.example", "Content-Type", "text/plain"), ARTICLE);
        assertEquals(403, rebound.status(), rebound.body());
        Raw same = post(
                open.port(),
                Map.of("Content-Type", "text/plain", "Origin", "http://127.0.0.1:" + open.port()),
                ARTICLE);
        assertEquals(201, same.status(), same.body());
        assertEquals(
                200,
                raw(open.port(), "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0])
                        .status());
    }

    @Test
    void aTokenGuardsWritesAndTheRateIsLimited() throws IOException {
        Raw none = post(guarded.port(), Map.of("Content-Type", "text/plain"), ARTICLE);
        assertEquals(401, none.status(), none.body());
        Raw wrong = post(guarded.port(), Map.of("Authorization", "Bearer not-the-token-at-all"), ARTICLE);
        assertEquals(401, wrong.status(), wrong.body());
        int created = 0;
        Raw limited = null;
        for (int i = 0; i < 5 && limited == null; i++) {
            Raw r = post(guarded.port(), Map.of("Authorization", "Bearer " + TOKEN), ARTICLE + " " + i);
            if (r.status() == 429) {
                limited = r;
            } else {
                assertTrue(r.status() == 201 || r.status() == 200, r.whole());
                created++;
            }
        }
        assertTrue(created >= 1, "the first writes pass");
        assertTrue(limited != null, "one write a second, two of burst: the fourth is refused");
        assertTrue(limited.whole().contains("Retry-After:"), limited.whole());
        assertThrows(
                IllegalArgumentException.class,
                () -> new ServerOptions("0.0.0.0", 0, store, null, 10),
                "binding every interface without a token is refused");
    }

    @Test
    void anOverlongIdCostsOnlyItsArticleAndLeaksNothing() throws IOException {
        String body = Json.MAPPER
                .createArrayNode()
                .add(Json.MAPPER.createObjectNode().put("id", "x".repeat(2_100)).put("text", ARTICLE))
                .add(Json.MAPPER.createObjectNode().put("id", "kept").put("text", ARTICLE + " Again."))
                .toString();
        Raw r = post(open.port(), Map.of("Content-Type", "application/json"), body);
        assertEquals(201, r.status(), r.body());
        assertTrue(r.body().contains("\"kept\"") && r.body().contains("id is 2,100 characters long"), r.body());
        assertFalse(r.body().toLowerCase().contains("sql") || r.body().contains("VARCHAR"), r.body());
    }

    @Test
    void jettyErrorsAreJsonAndWrongMethodsAre405() throws IOException {
        Raw garbage = raw(open.port(), "THIS IS NOT HTTP\r\n\r\n", new byte[0]);
        assertEquals(400, garbage.status(), garbage.whole());
        assertTrue(garbage.body().strip().startsWith("{\"error\""), garbage.whole());
        Raw put = raw(
                open.port(),
                "PUT /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
                new byte[0]);
        assertEquals(405, put.status(), put.whole());
    }
}
