/**
 * The last stage, rendering: one {@link dev.precis.render.Renderer} per
 * {@link dev.precis.render.Format} (text, Markdown, HTML, JSON), each writing whichever sections a
 * report holds, and lists of stories.
 */
package dev.precis.render;
