package dev.precis.clean;

import dev.precis.model.Document;
import java.util.List;

/** Pipeline stage: keeps each document's own prose and drops web-page noise around it. */
public interface Cleaner {
    /** Returns the documents with cleaned bodies, in the same order; a body may become empty. */
    List<Document> clean(List<Document> documents);
}
