package se.tertial.write;

import java.io.IOException;
import java.nio.file.Path;
import se.tertial.kind.ReportKinds;
import se.tertial.model.Finding;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;

/**
 * Builds a sample workbook from its CSV folder so both always hold the same data: {@code java -cp …
 * se.tertial.write.SampleWorkbookBuilder sample-data/lansjukvard2/csv
 * sample-data/lansjukvard2/lansjukvard2.xlsx}. A test regenerates it and compares, so the committed
 * workbook cannot go stale unnoticed.
 */
public final class SampleWorkbookBuilder {
  private SampleWorkbookBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("Användning: SampleWorkbookBuilder <csv-mapp> <arbetsbok.xlsx>");
      System.exit(2);
    }
    build(Path.of(args[0]), Path.of(args[1]));
  }

  /**
   * Reads the CSV folder and writes it as a workbook.
   *
   * @throws IllegalArgumentException when the CSV folder has errors (listed in the message)
   */
  public static void build(Path csvFolder, Path workbook) throws IOException {
    ReadResult result = ReportReader.read(csvFolder, null, null, ReportKinds.BUILT_IN);
    if (result.hasErrors() || result.report().isEmpty()) {
      throw new IllegalArgumentException(
          "CSV-mappen har fel:\n"
              + String.join(
                  "\n",
                  result.findings().stream()
                      .filter(Finding::isError)
                      .map(Finding::toString)
                      .toList()));
    }
    boolean appendix =
        KindSheets.module(result.report().get()) == ReportKinds.BUILT_IN.fallbackModule();
    if (appendix) {
      WorkbookWriter.write(result.report().get(), workbook);
    } else {
      // The other kinds' own tables are not in WorkbookWriter: copy the tables as they are.
      CsvSampleWorkbook.write(csvFolder, workbook);
    }
  }
}
