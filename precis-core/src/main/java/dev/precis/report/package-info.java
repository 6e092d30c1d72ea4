/**
 * Pipeline stage 6, annotation: the story report's sections beyond the summary, each computed by
 * an {@link dev.precis.report.Annotator} (entities, quotes, timeline, disagreements) and assembled by
 * the {@link dev.precis.report.Reporter}.
 */
package dev.precis.report;
