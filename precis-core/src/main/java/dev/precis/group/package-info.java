/**
 * Pipeline stage 4, grouping: near-duplicate folding (MinHash), online and batch story clustering,
 * and {@link dev.precis.group.StoryFinder}, the batch grouping of a pile into stories.
 */
package dev.precis.group;
