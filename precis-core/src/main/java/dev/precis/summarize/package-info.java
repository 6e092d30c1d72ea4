/**
 * Pipeline stage 5, summarising: the methods that choose sentences ({@code coverage}, the default,
 * and baselines), then story order and attribution, done once for all of them by
 * {@link dev.precis.summarize.SummaryBuilder}.
 */
package dev.precis.summarize;
