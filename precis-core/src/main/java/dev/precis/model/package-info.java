/**
 * The domain model, the single home of every type the stages pass along: documents, analysed
 * sentences and corpora, stories and duplicate groups, summaries, the story report and its parts,
 * problems. Immutable; every stage adds, nothing goes back.
 */
package dev.precis.model;
