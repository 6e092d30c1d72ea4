package dev.precis.cli;

import dev.precis.model.Problem;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code precis} command: one subcommand per job. */
@Command(name = "precis", mixinStandardHelpOptions = true, version = "precis 0.1.0",
        description = "Short, faithful, attributed summaries of many news reports of the same events.",
        subcommands = {SummarizeCommand.class, ReportCommand.class, StoriesCommand.class, ServeCommand.class, ServeBenchCommand.class, EvalCommand.class, ClusterEvalCommand.class,
                CommandLine.HelpCommand.class})
public final class PrecisCommand implements Runnable {
    /** Exit status when no input could be used. */
    static final int NOTHING_SUMMARIZED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Lists the skipped inputs on stderr and, when nothing was usable, says so there too.
     *
     * @param done what would have been done with a document ("summarized", "read", "grouped")
     * @return true when nothing was usable (the command should exit with {@link #NOTHING_SUMMARIZED})
     */
    static boolean reportSkipped(PrintWriter err, List<Problem> problems, boolean nothingUsable, String done) {
        problems.forEach(p -> err.println("skipped " + p));
        if (nothingUsable) {
            err.println("precis: no document could be " + done + " (" + problems.size()
                    + " input(s) skipped; see the reasons above)");
        }
        return nothingUsable;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PrecisCommand());
        // An unexpected failure is one line on stderr, never a stack trace as the only message.
        cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("precis: " + e.getMessage() + " (" + e.getClass().getSimpleName() + ")");
            return 3;
        });
        return cl;
    }
}
