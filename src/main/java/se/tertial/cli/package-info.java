/**
 * The command line: one picocli class per command ({@code check}, {@code evaluate}, {@code render},
 * …), wiring readers, rules and renderers together. This package alone decides exit codes (see
 * {@link se.tertial.cli.ExitCodes}) and what reaches the terminal.
 */
package se.tertial.cli;
