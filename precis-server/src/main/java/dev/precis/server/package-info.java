/**
 * Precis as a service (Javalin): the JSON API and web page over a {@code StoryService}, which places
 * arriving articles in stories ({@code StoryIndex}), stores them ({@code ArticleStore}, H2) and serves
 * reports from a {@code ReportCache}.
 */
package dev.precis.server;
