package dev.precis.cli;

import dev.precis.eval.extract.ExtractionEvaluation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precis extract-eval DIR}: main-text extraction scored on trafilatura's evaluation corpus. */
@Command(name = "extract-eval")
final class ExtractEvalCommand extends Subcommand {
    @Parameters(paramLabel = "DIR", descriptionKey = "DIR")
    Path dir;

    @Option(names = "--lost", defaultValue = "0")
    int lost;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(dir.resolve("evaldata.json"))) {
            err().println("precis: " + dir + " holds no evaldata.json (expected trafilatura's evaluation layout)");
            return NOTHING_USABLE;
        }
        ExtractionEvaluation eval = ExtractionEvaluation.read(dir);
        eval.run(false); // warm-up: the JIT, so that pages/s is the extractor's speed
        PrintWriter out = out();
        out.printf(Locale.ROOT, "%d pages from %s%n", eval.size(), dir);
        out.println(
                "| extraction | precision | recall | F1 | accuracy | pages without text | pages missing every snippet | pages/s |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        ExtractionEvaluation.Result last = null;
        for (boolean clean : new boolean[] {false, true}) {
            ExtractionEvaluation.Result r = eval.run(clean);
            out.printf(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %.3f | %.3f | %d | %d | %.0f |%n",
                    clean ? "read + clean" : "read",
                    r.precision(),
                    r.recall(),
                    r.f1(),
                    r.accuracy(),
                    r.empty(),
                    r.lost().size(),
                    r.pagesPerSecond());
            last = r;
        }
        out.printf(
                Locale.ROOT,
                "snippets: %d text, %d boilerplate; one thread%n",
                last.tp() + last.fn(),
                last.fp() + last.tn());
        for (String page : last.lost().subList(0, Math.min(lost, last.lost().size()))) {
            out.println("lost: " + page);
        }
        out.flush();
        return 0;
    }
}
