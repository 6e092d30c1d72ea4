package dev.precis.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The slow-upload attack, for the load benchmark: many connections that declare a large body and
 * send a byte of it every few seconds, while the service's health is probed. Closing ends both.
 */
final class SlowClients implements AutoCloseable {
    private static final long DRIP_MS = 5_000;
    private static final long PROBE_MS = 50;

    private final List<Socket> sockets = new ArrayList<>();
    private final List<Double> healthMillis = Collections.synchronizedList(new ArrayList<>());
    private final int port;
    private volatile boolean running = true;
    private volatile int healthErrors;
    private final Thread drip;
    private final Thread probe;

    SlowClients(int port, int connections) throws IOException {
        this.port = port;
        byte[] head = ("POST /articles HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: 1000000\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < connections; i++) {
            Socket s = new Socket("127.0.0.1", port);
            s.getOutputStream().write(head);
            sockets.add(s);
        }
        drip = new Thread(this::drip, "slow-clients");
        probe = new Thread(this::probe, "health-probe");
        drip.setDaemon(true);
        probe.setDaemon(true);
        drip.start();
        probe.start();
    }

    private void drip() {
        while (running) {
            for (Socket s : sockets) {
                try {
                    s.getOutputStream().write('x');
                } catch (IOException e) {
                    // the server cut it off, as it should
                }
            }
            sleep(DRIP_MS);
        }
    }

    private void probe() {
        while (running) {
            long t = System.nanoTime();
            try (Socket s = new Socket("127.0.0.1", port)) {
                s.setSoTimeout(10_000);
                OutputStream out = s.getOutputStream();
                out.write(("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                InputStream in = s.getInputStream();
                String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
                in.readAllBytes();
                if (status.endsWith("200")) {
                    healthMillis.add((System.nanoTime() - t) / 1e6);
                } else {
                    healthErrors++;
                }
            } catch (IOException e) {
                healthErrors++;
            }
            sleep(PROBE_MS);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** GET /health latencies measured so far, in milliseconds, sorted. */
    List<Double> healthMillis() {
        List<Double> out = new ArrayList<>(healthMillis);
        Collections.sort(out);
        return out;
    }

    int healthErrors() {
        return healthErrors;
    }

    @Override
    public void close() throws IOException {
        running = false;
        for (Socket s : sockets) {
            s.close();
        }
    }
}
