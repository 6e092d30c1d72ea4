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
            CommandLine.HelpCommand.class
        })
public final class PrecisCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PrecisCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        // An unexpected failure is one line on stderr, never a stack trace as the only message.
        cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr()
                    .println("precis: " + e.getMessage() + " (" + e.getClass().getSimpleName() + ")");
            return 3;
        });
        return cl;
    }
}
