/**
 * Batch regeneration: a manifest lists workbooks (globs) and periods (lists, ranges, {@code all});
 * the runner reads each workbook once and renders its periods in parallel, one bad workbook never
 * stopping the rest.
 */
package se.tertial.batch;
