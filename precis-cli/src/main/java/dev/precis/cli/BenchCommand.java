package dev.precis.cli;

import dev.precis.eval.bench.StageBenchmark;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precis bench PATH...}: each stage of the pipeline timed on a corpus, after warm-up. */
@Command(name = "bench")
final class BenchCommand extends Subcommand {
    /** Untimed runs of each stage before the timed ones, at least (warm-up also lasts {@link StageBenchmark#WARM_UP_SECONDS}). */
    private static final int WARM_UPS = 2;

    @CommandLine.Mixin
    InputOptions input;

    @Option(names = "--runs", defaultValue = "3")
    int runs;

    @Override
    public Integer call() throws Exception {
        StageBenchmark bench;
        try {
            bench = new StageBenchmark(WARM_UPS, runs);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        List<StageBenchmark.Stage> stages = bench.run(input.inputs);
        PrintWriter out = out();
        out.printf(
                Locale.ROOT,
                "%d cores, Java %s, max heap %d MiB; best of %d runs after at least %d warm-up runs and %.0f s per stage%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                runs,
                WARM_UPS,
                StageBenchmark.WARM_UP_SECONDS);
        double limit = stages.stream()
                .filter(s -> s.name().equals(StageBenchmark.LIMIT))
                .findFirst()
                .orElseThrow()
                .megabytesPerSecond();
        out.println("| stage | seconds | MB/s | articles/s | peak heap | times slower than the limit |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (StageBenchmark.Stage s : stages) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %.3f | %.2f | %.0f | %d MiB | %.0f |%n",
                    s.name(),
                    s.seconds(),
                    s.megabytesPerSecond(),
                    s.articlesPerSecond(),
                    s.peakHeapBytes() / (1024 * 1024),
                    limit / s.megabytesPerSecond());
        }
        out.println("limit: the same files read and split on white space, on every core (articles/s there: files/s)");
        out.flush();
        return 0;
    }
}
