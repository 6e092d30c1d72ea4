package dev.precis.ingest;

import dev.precis.model.Document;
import dev.precis.model.Problem;
import java.util.List;
import java.util.function.Consumer;

/** Reads the documents in one decoded input. */
public interface DocumentReader {
    /**
     * @param name     the input's name (a path), used for ids and messages
     * @param content  the decoded text
     * @param problems receives entries that were skipped inside an otherwise readable input
     * @throws BadInputException when the whole input is unusable
     */
    List<Document> read(String name, String content, Consumer<Problem> problems) throws BadInputException;
}
