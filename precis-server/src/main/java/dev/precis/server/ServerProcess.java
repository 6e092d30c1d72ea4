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
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-Xmx2g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        PrecisServer.class.getName(),
                        "--port",
                        "0",
                        "--store",
                        store.toString()))
                .redirectErrorStream(true)
                .start();
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
