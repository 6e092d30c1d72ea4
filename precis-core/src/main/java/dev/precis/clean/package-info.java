/**
 * Pipeline stage 2, cleaning: keeps each article's own prose and drops page noise (newsletter
 * blocks, captions, teasers, bylines, browser notices) and datelines.
 */
package dev.precis.clean;
