package dev.precis.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Precis server in its own JVM on this machine's classpath: started on a free port over a given
 * store, stoppable, or killable like a crash. The load benchmark and the restart test use it.
 */
public final class ServerProcess implements AutoCloseable {
    private final Process process;
    public final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static ServerProcess start(Path store) throws IOException {
        return start(store, 100);
    }

    /** @param writesPerSecond the server's per-client write limit ({@code --rate-limit}; 0: none) */
    public static ServerProcess start(Path store, int writesPerSecond) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx2g"));
        // The same JVM options `precis serve` would run with (the launcher passes PRECIS_JAVA_OPTS).
        String options = System.getenv("PRECIS_JAVA_OPTS");
        if (options != null && !options.isBlank()) {
            command.addAll(List.of(options.strip().split("\\s+")));
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                PrecisServer.class.getName(),
                "--port",
                "0",
                "--store",
                store.toString(),
                "--rate-limit",
                String.valueOf(writesPerSecond)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("listening on port ")) {
                int port = Integer.parseInt(
                        line.substring("listening on port ".length()).strip());
                Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return new ServerProcess(p, port);
            }
        }
        throw new IOException("the server process ended before listening (exit " + p.exitValue() + ")");
    }

    public long pid() {
        return process.pid();
    }

    /** Kills the process at once (SIGKILL): no shutdown hook, no orderly close of the store. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
