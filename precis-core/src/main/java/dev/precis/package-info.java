/**
 * The library API. {@link dev.precis.Precis} assembles the one pipeline (ingest, clean, analyse,
 * group, summarise, annotate) and every face runs it; {@link dev.precis.Json} is the one JSON mapper.
 */
package dev.precis;
