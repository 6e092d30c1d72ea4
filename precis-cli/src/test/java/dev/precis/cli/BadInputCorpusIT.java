package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Json;
import dev.precis.Precis;
import dev.precis.server.PrecisServer;
import dev.precis.server.ServerOptions;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of every kind of bad input issue 19 found, generated here beside good articles, through
 * the CLI (as a separate process, as an ordinary user when the test runs as root, so that a folder
 * without permissions bites) and through the server: every good article kept, every bad input named
 * once, no stack trace, the documented exit codes and statuses.
 */
class BadInputCorpusIT {
    private static final String GOOD = "The council approved the budget on Monday after a debate that lasted eleven"
            + " hours, the mayor said. Spending on schools rises by four percent.";

    @TempDir
    static Path tmp;

    static Path corpus;
    /** Good article file name -> what must be printed of it. */
    static final Map<String, String> GOOD_FILES = new LinkedHashMap<>();
    /** Bad input name -> a word of the reason it must be given. */
    static final Map<String, String> BAD_FILES = new LinkedHashMap<>();

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(corpus, PosixFilePermissions.fromString("rwxr-xr-x"));
        good("plain.txt", GOOD.getBytes(StandardCharsets.UTF_8));
        good(
                "latin1.txt",
                ("Caf\u00e9 owners said on Tuesday the harbour " + GOOD).getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf8 = ("The minister\u2019s office said on Wednesday that " + GOOD).getBytes(StandardCharsets.UTF_8);
        utf8[3] = (byte) 0xFF;
        good("bad-bytes.txt", utf8);
        good(
                "mixed.jsonl",
                ("{\"id\":\"line-good\",\"text\":\"Fishermen moved their boats inland on Thursday as " + GOOD
                                + "\"}\n{\"id\":\"nul\",\"text\":\"x\u0000y\"}\n{broken\n{\"id\":\"" + "i".repeat(600)
                                + "\",\"text\":\"" + GOOD + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
        bad("empty.txt", new byte[0], "empty");
        bad("image.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0}, "binary");
        bad(
                "menu.html",
                "<html><body><nav><a href='/'>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8),
                "no readable article");
        bad("unclosed.sgml", "<DOC><TEXT>".repeat(20_000).getBytes(StandardCharsets.UTF_8), "DOC");
        bad(
                "broken.rss",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x".getBytes(StandardCharsets.UTF_8),
                "feed");
        bad("odd\nname\u202Etxt.exe", new byte[0], "empty");
        try (RandomAccessFile huge =
                new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(65L * 1024 * 1024); // sparse
        }
        BAD_FILES.put("huge.txt", "too large");
        Path noperm = Files.createDirectories(corpus.resolve("noperm"));
        Files.writeString(noperm.resolve("hidden.txt"), GOOD);
        Files.setPosixFilePermissions(noperm, PosixFilePermissions.fromString("---------"));
        BAD_FILES.put("noperm", "permission denied");
    }

    private static void good(String name, byte[] bytes) throws IOException {
        Files.write(corpus.resolve(name), bytes);
        Files.setPosixFilePermissions(corpus.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
        GOOD_FILES.put(name, name.replace(".txt", "").replace(".jsonl", ""));
    }

    private static void bad(String name, byte[] bytes, String reason) throws IOException {
        Files.write(corpus.resolve(name), bytes);
        Files.setPosixFilePermissions(corpus.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
        BAD_FILES.put(name, reason);
    }

    private record Run(int exit, String out, String err) {}

    /** The packaged CLI, copied where an ordinary user can read it whatever folder the build is in. */
    private static Path jar() throws IOException {
        Path copy = tmp.resolve("precis.jar");
        if (!Files.exists(copy)) {
            Files.copy(Path.of("target", "precis.jar"), copy);
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
        }
        return copy;
    }

    /** The packaged CLI in another process; as user nobody when this runs as root. */
    private static Run cli(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
            command.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theCliKeepsEveryGoodArticleAndNamesEveryBadInputOnce() throws Exception {
        for (String command : List.of("summarize", "report", "stories")) {
            Run r = cli(command, "--format", "json", "--words", "400", corpus.toString());
            assertEquals(0, r.exit(), command + ": " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
            Json.MAPPER.readTree(r.out()); // valid JSON on stdout, whatever went wrong with the inputs
            for (String origin : List.of("plain.txt", "latin1.txt", "bad-bytes.txt", "mixed.jsonl line 1")) {
                assertTrue(r.out().contains(origin), command + ": " + origin + " kept (or folded): " + r.out());
            }
            for (Map.Entry<String, String> bad : BAD_FILES.entrySet()) {
                String printed = bad.getKey().replace("\n", "\\u000A").replace("\u202E", "\\u202E");
                long lines = r.err()
                        .lines()
                        .filter(l -> l.startsWith("skipped") && l.contains(printed) && !l.contains(printed + " doc "))
                        .count();
                assertTrue(lines >= 1, command + ": " + bad.getKey() + " named: " + r.err());
                assertTrue(r.err().contains(bad.getValue()), command + ": reason for " + bad.getKey() + ": " + r.err());
            }
            assertFalse(r.err().contains("\u202E") || r.err().contains("odd\nname"), "names printed safely");
            assertTrue(r.err().contains("note ") && r.err().contains("Windows-1252"), "notices are notes: " + r.err());
            assertTrue(r.err().contains("mixed.jsonl:2") && r.err().contains("mixed.jsonl:3"), r.err());
            assertTrue(r.err().contains("id is 600 characters long"), r.err());
        }
        Run nothing = cli("summarize", corpus.resolve("empty.txt").toString());
        assertEquals(1, nothing.exit(), nothing.err());
        assertEquals(2, cli("summarize", "--format", "pdf", corpus.toString()).exit());
    }

    @Test
    void theServerKeepsEveryGoodArticleAndRefusesEachBadBody() throws Exception {
        try (PrecisServer server = PrecisServer.start(
                ServerOptions.local(0, tmp.resolve("store")), Precis.builder().build())) {
            HttpClient client = HttpClient.newHttpClient();
            for (String name : GOOD_FILES.keySet()) {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles"))
                                .POST(HttpRequest.BodyPublishers.ofFile(corpus.resolve(name)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(201, r.statusCode(), name + ": " + r.body());
            }
            for (String name : BAD_FILES.keySet()) {
                if (name.equals("noperm") || name.equals("huge.txt") || name.startsWith("odd")) {
                    continue; // no body to send: a folder, a sparse file over the limit, an empty file named oddly
                }
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles"))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(corpus.resolve(name))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(400, r.statusCode(), name + ": " + r.body());
                assertTrue(Json.MAPPER.readTree(r.body()).get("error").asText().length() > 10, r.body());
                assertFalse(r.body().contains("Exception"), r.body());
            }
            assertEquals(4, server.service().articleCount(), "the four good files, of mixed.jsonl its good line");
        }
    }
}
