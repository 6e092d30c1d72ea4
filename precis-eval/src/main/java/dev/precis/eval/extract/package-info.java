/** Main-text extraction scored on a public benchmark of web pages (trafilatura's evaluation corpus). */
package dev.precis.eval.extract;
