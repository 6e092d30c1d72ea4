package dev.precis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the precis command in this JVM and captures what it prints. */
final class Cli {
    record Run(int exit, String out, String err) {}

    private Cli() {}

    static Run run(String... args) {
        CommandLine cl = PrecisCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
