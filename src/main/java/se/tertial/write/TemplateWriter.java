package se.tertial.write;

import java.io.IOException;
import java.nio.file.Path;
import se.tertial.kind.ReportKindModule;
import se.tertial.model.Report;

/**
 * Writes a workbook for an analyst to fill in for the report's period: everything in the report
 * (possibly nothing but the Rapport fields), an empty outcome row (ID and Period) for every measure
 * and an empty status row (Nr and Period) for every action that lacks one for that period, and an
 * {@code Instruktioner} sheet. Headers, frozen panes, column widths and dropdowns are those of
 * {@link WorkbookWriter}. Stateless and thread-safe.
 */
public final class TemplateWriter {
  private TemplateWriter() {}

  /**
   * Writes the template atomically (a temp file beside it, then a rename).
   *
   * @param report the report; its period ({@code info().period()}) must be set
   * @param kind the report's kind (its module gives its own sheets)
   * @param replace whether an existing file may be replaced; when false an existing file is left
   *     alone and {@link java.nio.file.FileAlreadyExistsException} is thrown
   */
  public static void write(Report report, ReportKindModule kind, Path file, boolean replace)
      throws IOException {
    if (report.info().period() == null) {
      throw new IllegalArgumentException("a template needs the report's period");
    }
    WorkbookWriter.save(
        file,
        replace,
        workbook -> {
          WorkbookStyles styles =
              WorkbookWriter.fill(workbook, report, kind, report.info().period());
          InstructionsSheet.add(workbook, styles, kind, report.info());
        });
  }
}
