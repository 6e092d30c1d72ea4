package dev.precis.cli;

import dev.precis.eval.audit.AuditTally;
import dev.precis.eval.audit.SummaryAudit;
import dev.precis.eval.data.Dataset;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.run.Evaluator;
import dev.precis.eval.run.MethodResult;
import dev.precis.eval.run.ResultTable;
import dev.precis.eval.run.SystemScores;
import dev.precis.summarize.Summarizers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precis eval DATASET}: ROUGE of summarization methods on a dataset, NIST-style. */
@Command(name = "eval")
final class EvalCommand extends Subcommand {
    @Parameters(paramLabel = "DATASET", descriptionKey = "DATASET")
    Path dataset;

    @Option(names = "--methods", split = ",", completionCandidates = SummaryOptions.MethodNames.class)
    List<String> methods;

    /** Null: the task's own length, 250 words (DUC 2006) or 100 (the update task). */
    @Option(names = "--words")
    Integer wordsOption;

    @Option(names = "--topic")
    boolean topic;

    @Option(names = "--clusters", defaultValue = "0")
    int limit;

    @Option(names = "--format", defaultValue = "text")
    String format;

    @Option(names = "--audit")
    boolean audit;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        List<String> chosen = methods == null ? Summarizers.names() : methods;
        for (String m : chosen) {
            if (!Summarizers.names().contains(m)) {
                throw usage("unknown method '" + m + "'; choose from " + String.join(", ", Summarizers.names()));
            }
        }
        Dataset data;
        try {
            data = DatasetReader.read(dataset);
        } catch (IOException e) {
            err.println("precis: cannot read dataset " + dataset + ": " + e.getMessage());
            return NOTHING_USABLE;
        }
        if (limit > 0 && limit < data.clusters().size()) {
            data = new Dataset(data.name(), data.clusters().subList(0, limit), data.peers());
        }
        boolean update = data.clusters().stream().anyMatch(c -> c.set() != null);
        int words = wordsOption != null ? wordsOption : update ? 100 : 250;
        Map<String, Double> systems = SystemScores.rouge2Recall(dataset);
        boolean terminal = System.console() != null;
        Evaluator evaluator = new Evaluator(words, topic);
        List<MethodResult> results = evaluator.run(data, chosen, systems, (done, all) -> {
            if (terminal) {
                int width = 30;
                int filled = width * done / all;
                err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + all
                        + " clusters");
                err.flush();
            }
        });
        if (terminal) {
            err.println();
        }
        out.printf(
                "%s: %d clusters, %d words, %s, ROUGE-1.5.5 settings -n 4 -m -2 4 -u -f A -l %d, jackknifed%n",
                data.name(), data.clusters().size(), words, topic ? "topic-focused" : "generic", words);
        out.print(ResultTable.render(results, format));
        results.stream().filter(r -> r.method().equals("lexrank")).findFirst().ifPresent(lexrank -> {
            for (MethodResult r : results) {
                if (r != lexrank && r.methodMsPerCluster() > 0 && !r.method().contains(" (set ")) {
                    out.printf(
                            "speed: %s %.1f ms per cluster, naive LexRank %.1f ms: %.1fx LexRank's speed%n",
                            r.method(),
                            r.methodMsPerCluster(),
                            lexrank.methodMsPerCluster(),
                            lexrank.methodMsPerCluster() / r.methodMsPerCluster());
                }
            }
        });
        if (audit) {
            printAudit(out, evaluator.audits());
        }
        if (!systems.isEmpty()) {
            double[] sorted = systems.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            out.printf(
                    "rank: by ROUGE-2 recall among the %d submitted systems (best %.4f, median %.4f)%n",
                    sorted.length, sorted[sorted.length - 1], sorted[sorted.length / 2]);
        }
        out.flush();
        return 0;
    }

    /** The audit table (share of summary sentences with each flaw) and a few flagged sentences per flaw. */
    private static void printAudit(PrintWriter out, Map<String, AuditTally> audits) {
        out.println("audit: share of summary sentences with each flaw (rules: docs/quality.md#the-summary-audit)");
        out.println("| method | sentences | dangling | fragment | debris | redundant | filler | any flaw |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var e : audits.entrySet()) {
            AuditTally t = e.getValue();
            StringBuilder row = new StringBuilder("| " + e.getKey() + " | " + t.sentences() + " |");
            for (SummaryAudit.Flaw f : SummaryAudit.Flaw.values()) {
                row.append(String.format(" %.1f%% |", 100 * t.share(f)));
            }
            out.println(row.append(String.format(" %.1f%% |", 100 * t.shareFlawed())));
        }
        for (var e : audits.entrySet()) {
            for (SummaryAudit.Flaw f : SummaryAudit.Flaw.values()) {
                for (String example : e.getValue().examples(f)) {
                    out.printf("  %s %s: %s%n", e.getKey(), f.name().toLowerCase(java.util.Locale.ROOT), example);
                }
            }
        }
    }
}
