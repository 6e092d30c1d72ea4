package dev.precis.model;

import java.util.List;

/** Copies of one text (wire copies, re-publications): the one kept, and the others folded into it. */
public record DuplicateGroup(Document kept, List<Document> copies) {
    public DuplicateGroup {
        copies = List.copyOf(copies);
    }
}
