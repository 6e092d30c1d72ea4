/**
 * Pipeline stage 1, ingest: files, folders and request bodies read into
 * {@link dev.precis.model.Document}s (plain text, HTML, JSON Lines, RSS/Atom, DUC SGML), each bad input
 * reported as a {@link dev.precis.model.Problem} and skipped.
 */
package dev.precis.ingest;
