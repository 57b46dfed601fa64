/**
 * {@code render --watch}: notices when the input (workbook or CSV folder) or the templates have
 * changed and are completely written, and renders again in the same JVM. Polls sizes and
 * modification times instead of using {@link java.nio.file.WatchService}, whose macOS
 * implementation itself polls every few seconds; a handful of files costs nothing to poll.
 */
package se.tertial.watch;
