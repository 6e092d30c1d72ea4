package dev.precis.cli;

import dev.precis.Precis;
import dev.precis.summarize.Summarizers;
import java.util.Iterator;
import picocli.CommandLine.Option;

/** How a summary is made: budgets, method and topic; shared by summarize, report, stories and serve. */
final class SummaryOptions {
    @Option(names = "--words", defaultValue = "100")
    int words;

    @Option(names = "--sentences", defaultValue = "0")
    int sentences;

    @Option(names = "--method", defaultValue = Summarizers.DEFAULT, completionCandidates = MethodNames.class)
    String method;

    @Option(names = "--query")
    String query;

    /** The pipeline these options describe; IllegalArgumentException for a bad budget or method. */
    Precis precis() {
        return Precis.builder()
                .method(method)
                .words(words)
                .sentences(sentences)
                .query(query)
                .build();
    }

    static final class MethodNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Summarizers.names().iterator();
        }
    }
}
