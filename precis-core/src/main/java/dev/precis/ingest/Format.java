package dev.precis.ingest;

/** Input formats Precis reads. */
public enum Format {
    TEXT,
    HTML,
    JSONL,
    FEED,
    DUC_SGML
}
