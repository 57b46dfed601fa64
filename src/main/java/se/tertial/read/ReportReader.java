package se.tertial.read;

import java.nio.file.Path;

/**
 * Reads one unit's input — a workbook ({@code .xlsx}, {@code .xlsm}) or a folder of CSV files —
 * into a {@link se.tertial.model.Report}, collecting every finding on the way. Never throws for bad
 * input.
 */
public final class ReportReader {
  private ReportReader() {}

  /** Reads and validates the input at {@code path}. */
  public static ReadResult read(Path path) {
    throw new UnsupportedOperationException("TODO: the reader is being built");
  }
}
