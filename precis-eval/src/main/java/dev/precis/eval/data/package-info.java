/**
 * Benchmark datasets read for evaluation: DUC layout (docs, models, peers, topics) and generic
 * cluster folders.
 */
package dev.precis.eval.data;
