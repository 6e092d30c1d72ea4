/**
 * The summary audit: flaws a reader sees in a summary that ROUGE does not count (a reference with
 * no referent, a fragment, page or wire debris, a fact said twice, a sentence with nothing in it),
 * found by shape rules independent of the summarizer's own filters, tallied per method by
 * {@code precis eval --audit}.
 */
package dev.precis.eval.audit;
