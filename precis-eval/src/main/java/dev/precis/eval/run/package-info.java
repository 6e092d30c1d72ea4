/**
 * The {@code eval} runner: every method over a dataset through the core pipeline, scored, timed and
 * tabled.
 */
package dev.precis.eval.run;
