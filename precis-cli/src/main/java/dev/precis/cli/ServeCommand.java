package dev.precis.cli;

import dev.precis.server.PrecisServer;
import dev.precis.server.ServerOptions;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precis serve}: the HTTP API and web page, over a story store on local disk. */
@Command(name = "serve")
final class ServeCommand extends Subcommand {
    @Option(names = "--port", defaultValue = "8080")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--store", defaultValue = "precis-store")
    Path store;

    @Option(names = "--token", defaultValue = "${env:PRECIS_TOKEN}")
    String token;

    @Option(names = "--rate-limit", defaultValue = "100")
    int writesPerSecond;

    @CommandLine.Mixin
    SummaryOptions summary;

    @Override
    public Integer call() throws InterruptedException {
        ServerOptions options;
        try {
            options = new ServerOptions(host, port, store, token, writesPerSecond);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        PrecisServer server = PrecisServer.start(options, precis(summary));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        spec.commandLine()
                .getOut()
                .printf(
                        "precis serving http://%s:%d/ (store: %s, %d articles in %d stories; writes %s)%n",
                        host,
                        server.port(),
                        store.toAbsolutePath(),
                        server.service().articleCount(),
                        server.service().storyCount(),
                        options.token() == null ? "from this machine only" : "with the token");
        spec.commandLine().getOut().flush();
        new CountDownLatch(1).await(); // until the process is stopped
        return 0;
    }
}
