/**
 * ROUGE-1.5.5 in Java (n-grams, LCS, skip-bigrams, stemming, jackknifing), as NIST scored DUC.
 */
package dev.precis.eval.rouge;
