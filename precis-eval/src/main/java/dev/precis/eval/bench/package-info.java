/**
 * The stage benchmark ({@code precis bench}): each pipeline stage timed on a corpus after warm-up.
 */
package dev.precis.eval.bench;
