/**
 * Report kinds as modules: {@link se.tertial.kind.ReportKindModule} and the one registry {@link
 * se.tertial.kind.ReportKinds}. Each kind lives in a subpackage with its data, assembler, view
 * model and workbook sheets.
 */
package se.tertial.kind;
