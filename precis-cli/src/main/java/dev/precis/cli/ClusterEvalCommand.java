package dev.precis.cli;

import dev.precis.eval.group.ClusterEvaluation;
import dev.precis.group.StoryClusterer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precis cluster-eval DOCS}: story grouping scored against folder labels, and its cost as input grows. */
@Command(name = "cluster-eval")
final class ClusterEvalCommand extends Subcommand {
    @Parameters(paramLabel = "DOCS", descriptionKey = "DOCS")
    Path docs;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @CommandLine.Mixin
    WindowOption window;

    @Option(names = "--scale", split = ",")
    List<Integer> scale;

    @Override
    public Integer call() {
        PrintWriter out = out();
        if (!Files.isDirectory(docs)) {
            err().println("precis: " + docs + " is not a folder");
            return NOTHING_USABLE;
        }
        ClusterEvaluation eval = ClusterEvaluation.read(docs, seed);
        out.printf(
                Locale.ROOT,
                "%d articles from %s, shuffled (seed %d), threshold %.2f%n",
                eval.size(),
                docs,
                seed,
                StoryClusterer.DEFAULT_THRESHOLD);
        out.printf(
                Locale.ROOT,
                "%-12s %9s %8s %8s %8s %8s %8s %10s %11s %10s%n",
                "mode",
                "articles",
                "stories",
                "B3 P",
                "B3 R",
                "B3 F1",
                "ARI",
                "seconds",
                "articles/s",
                "peak heap");
        List<ClusterEvaluation.Row> rows =
                new java.util.ArrayList<>(eval.quality(StoryClusterer.DEFAULT_THRESHOLD, window.days));
        if (scale != null) {
            for (int factor : scale) {
                rows.add(eval.scale(factor, StoryClusterer.DEFAULT_THRESHOLD));
            }
        }
        for (ClusterEvaluation.Row r : rows) {
            out.printf(
                    Locale.ROOT,
                    "%-12s %9d %8d %8.3f %8.3f %8.3f %8.3f %10.2f %11.1f %6d MiB%n",
                    r.mode(),
                    r.articles(),
                    r.stories(),
                    r.scores().precision(),
                    r.scores().recall(),
                    r.scores().f1(),
                    r.scores().adjustedRand(),
                    r.seconds(),
                    r.articlesPerSecond(),
                    r.peakHeapBytes() / (1024 * 1024));
        }
        out.flush();
        return 0;
    }
}
