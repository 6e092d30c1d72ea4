/**
 * The {@code precis} command line (picocli): one subcommand per job. Shared options are mixins
 * ({@code InputOptions}, {@code SummaryOptions}, {@code FormatOption}); every reading command runs
 * the core pipeline through {@link dev.precis.Precis} and prints with a {@link dev.precis.render.Renderer}.
 * No NLP logic lives here.
 */
package dev.precis.cli;
