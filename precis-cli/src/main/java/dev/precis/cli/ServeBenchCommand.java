package dev.precis.cli;

import dev.precis.ingest.IngestResult;
import dev.precis.ingest.Ingestor;
import dev.precis.server.LoadBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precis serve-bench PATH}: the service under load, measured from a second process. */
@Command(name = "serve-bench")
final class ServeBenchCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "PATH")
    List<Path> inputs;

    @Option(names = "--threads", defaultValue = "4")
    int threads;

    @Option(names = "--slow-clients", defaultValue = "0")
    int slowClients;

    @Option(names = "--warm-up", defaultValue = "0")
    int warmUpPasses;

    @Option(names = "--repeat", defaultValue = "1")
    int measuredPasses;

    @Option(names = "--batch", defaultValue = "1")
    int articlesPerRequest;

    /** Off by default: the writers are one client on loopback, and the limit would be what is measured. */
    @Option(names = "--rate-limit", defaultValue = "0")
    int writesPerSecond;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        IngestResult read = new Ingestor().ingest(inputs);
        read.problems().forEach(p -> err().println("skipped " + p));
        if (read.documents().isEmpty()) {
            err().println("precis: no article to push");
            return NOTHING_USABLE;
        }
        if (articlesPerRequest < 1) {
            throw usage("--batch must be at least 1, not " + articlesPerRequest);
        }
        if (measuredPasses < 1) {
            throw usage("--repeat must be at least 1, not " + measuredPasses);
        }
        LoadBenchmark.Result r = new LoadBenchmark(articlesPerRequest)
                .run(read.documents(), threads, slowClients, warmUpPasses, writesPerSecond, measuredPasses, out);
        out.println();
        out.println("| measure | value |");
        out.println("|---|---|");
        if (warmUpPasses > 0) {
            out.printf(
                    "| warm-up before the measured pass | the articles posted %d times under other ids |%n",
                    warmUpPasses);
        }
        out.printf(
                "| server's write limit per client | %s |%n",
                writesPerSecond == 0 ? "none (--rate-limit 0)" : writesPerSecond + " per second");
        if (measuredPasses > 1) {
            out.printf(
                    "| measured pass | the articles posted %d times (under other ids after the first) |%n",
                    measuredPasses);
        }
        out.printf("| articles per request | %d |%n", articlesPerRequest);
        out.printf("| articles posted / acknowledged | %d / %d |%n", r.posted(), r.acknowledged());
        out.printf(
                "| writes refused and sent again | %d over the rate (429), %d busy (503) |%n",
                r.refusedOverRate(), r.refusedBusy());
        out.printf("| ingest time | %.1f s |%n", r.ingestSeconds());
        out.printf("| ingest rate | %.1f articles/s |%n", r.articlesPerSecond());
        out.printf(
                "| write latency p50 / p99 / max | %.0f / %.0f / %.0f ms |%n",
                r.writeP50Ms(), r.writeP99Ms(), r.writeMaxMs());
        out.printf("| GET /stories/{id} during ingest | %d requests |%n", r.reads());
        out.printf(
                "| read latency p50 / p99 / max | %.0f / %.0f / %.0f ms |%n",
                r.readP50Ms(), r.readP99Ms(), r.readMaxMs());
        out.printf(
                "| reads whose report covered every stored article | %d of %d; the others lacked a median of %d, at most %d |%n",
                r.readsCurrent(), r.reads(), r.readPendingMedian(), r.readPendingMax());
        if (r.slowClients() > 0) {
            out.printf("| slow uploads during ingest | %d connections, a byte every 5 s |%n", r.slowClients());
            out.printf(
                    "| GET /health meanwhile | %d requests, %d failed; p50 / p99 / max %.1f / %.1f / %.1f ms |%n",
                    r.healthProbes(), r.healthErrors(), r.healthP50Ms(), r.healthP99Ms(), r.healthMaxMs());
        }
        out.printf("| stories | %d |%n", r.storiesFound());
        out.printf(
                "| articles in exactly one story | %d of %d (missing %d, in two stories %d) |%n",
                r.inExactlyOneStory(), r.posted(), r.missing(), r.duplicated());
        out.flush();
        return r.missing() == 0 && r.duplicated() == 0 ? 0 : 1;
    }
}
