package dev.precis.cli;

import dev.precis.eval.bench.StageBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precis bench PATH...}: each stage of the pipeline timed on a corpus, after warm-up. */
@Command(name = "bench")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "PATH")
    List<Path> inputs;

    @Option(names = "--warm-up", defaultValue = "2")
    int warmUps;

    @Option(names = "--runs", defaultValue = "3")
    int runs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        StageBenchmark bench;
        try {
            bench = new StageBenchmark(warmUps, runs);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<StageBenchmark.Stage> stages = bench.run(inputs);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "%d cores, Java %s, max heap %d MiB; best of %d runs after %d warm-up runs%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                runs,
                warmUps);
        out.println("| stage | seconds | MB/s | articles/s | peak heap |");
        out.println("|---|---:|---:|---:|---:|");
        for (StageBenchmark.Stage s : stages) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %.3f | %.2f | %.0f | %d MiB |%n",
                    s.name(),
                    s.seconds(),
                    s.megabytesPerSecond(),
                    s.articlesPerSecond(),
                    s.peakHeapBytes() / (1024 * 1024));
        }
        out.flush();
        return 0;
    }
}
