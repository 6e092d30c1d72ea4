/**
 * Metrics of story grouping (B-cubed, adjusted Rand) and the {@code cluster-eval} runner.
 */
package dev.precis.eval.group;
