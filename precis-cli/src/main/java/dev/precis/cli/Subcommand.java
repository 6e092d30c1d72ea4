package dev.precis.cli;

import dev.precis.Precis;
import dev.precis.model.Problem;
import dev.precis.render.Format;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * What every {@code precis} subcommand shares once its options are parsed: its output streams, usage
 * errors, the pipeline from the summary options (a bad option is a usage error), the skipped inputs
 * on stderr, the exit status.
 */
abstract class Subcommand implements Callable<Integer> {
    /** Exit status when no input could be used. */
    static final int NOTHING_USABLE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error (exit status 2) for a bad option value. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    Precis precis(SummaryOptions options) {
        try {
            return options.precis();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** Prints a report, or says that nothing was usable; the exit status. */
    int print(Precis.Report result, Format format, String done) {
        if (skipped(result.problems(), result.report() == null, done)) {
            return NOTHING_USABLE;
        }
        out().print(format.renderer().render(result.report(), result.problems()));
        out().flush();
        return 0;
    }

    /**
     * Lists the skipped inputs (and notices) on stderr and, when nothing was usable, says so there too.
     *
     * @param done what would have been done with a document ("summarized", "read", "grouped")
     * @return true when nothing was usable (the command should exit with {@link #NOTHING_USABLE})
     */
    boolean skipped(List<Problem> problems, boolean nothingUsable, String done) {
        PrintWriter err = err();
        problems.forEach(p -> err.println((p.notice() ? "note " : "skipped ") + p));
        if (nothingUsable) {
            long skipped = problems.stream().filter(p -> !p.notice()).count();
            err.println("precis: no document could be " + done + " (" + skipped
                    + " input(s) skipped; see the reasons above)");
        }
        err.flush();
        return nothingUsable;
    }
}
