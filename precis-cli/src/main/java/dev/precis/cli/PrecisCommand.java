package dev.precis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code precis} command: one subcommand per job. */
@Command(
        name = "precis",
        resourceBundle = "dev.precis.cli.usage",
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        version = "precis 0.1.0",
        subcommands = {
            SummarizeCommand.class,
            ReportCommand.class,
            StoriesCommand.class,
            ServeCommand.class,
            ServeBenchCommand.class,
            EvalCommand.class,
            ClusterEvalCommand.class,
            BenchCommand.class,
            ExtractCommand.class,
            ExtractEvalCommand.class,
            CommandLine.HelpCommand.class
        })
public final class PrecisCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Exit status of a run that failed unexpectedly (a bug, or the machine ran out of something). */
    static final int FAILED = 3;

    public static void main(String[] args) {
        int status;
        try {
            status = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("precis: out of memory; give Java a larger heap, e.g. PRECIS_JAVA_OPTS=-Xmx4g");
            status = FAILED;
        }
        System.exit(status);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PrecisCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        // An unexpected failure is one line on stderr, never a stack trace as the only message.
        // The message is for the user: no class names, no stack trace.
        cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            String message = e.getMessage() == null || e.getMessage().isBlank() ? "unexpected failure" : e.getMessage();
            cmd.getErr().println("precis: " + message);
            return FAILED;
        });
        return cl;
    }
}
