/**
 * Pipeline stage 3, analysis: each cleaned document split into sentences with tokens, stems and
 * content terms, once, for every later stage (part-of-speech tags follow lazily, per sentence);
 * shortened sentence forms for the summarizer.
 */
package dev.precis.analyze;
