/**
 * The text toolkit every stage shares: sentence splitting, word tokens, stems and content terms,
 * part-of-speech tags, relative clauses, word counts, sparse term vectors with named weightings, and the word lists
 * (stop words, honorifics, titles, ...) as resource files loaded once.
 */
package dev.precis.text;
