package dev.precis.ingest;

import dev.precis.model.Document;
import dev.precis.model.Problem;
import java.util.List;

/** What ingestion produced: the documents read, and every input that was skipped or degraded. */
public record IngestResult(List<Document> documents, List<Problem> problems) {
    public IngestResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
