package se.tertial.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.SourceRef;

/**
 * Reads one unit's input — a workbook ({@code .xlsx}, {@code .xlsm}) or a folder of CSV files —
 * into a {@link se.tertial.model.Report}, collecting every finding on the way. Never throws for bad
 * input: an unreadable file, an old or encrypted workbook or a zip bomb become findings. The format
 * is told by content, not by file name. Stateless and thread-safe (POI's zip limits are global and
 * set once). The kinds to choose from are the caller's ({@code workflow.Inputs} reads with the
 * built-in ones), so this package never refers to the kinds, which use its helpers.
 */
public final class ReportReader {
  private ReportReader() {}

  /**
   * Reads and validates the input at {@code path}, choosing its kind among {@code kinds}, without
   * asking whether its characters print (for writing workbooks, not documents).
   *
   * @param period the reporting period to use instead of the Rapport sheet's, or null
   * @param kind the report kind to use instead of the Rapport sheet's {@code Rapporttyp}, or null
   */
  public static ReadResult read(
      Path path, Period period, String kind, KindAssembler.Catalogue kinds) {
    return read(path, period, kind, kinds, codePoint -> true);
  }

  /**
   * Reads and validates the input at {@code path}, choosing its kind among {@code kinds}; a text
   * cell with a character outside {@code printable} gets a warning naming the cell.
   *
   * @param period the reporting period to use instead of the Rapport sheet's, or null
   * @param kind the report kind to use instead of the Rapport sheet's {@code Rapporttyp}, or null
   * @param printable the characters the document can print (the caller knows its fonts)
   */
  public static ReadResult read(
      Path path,
      Period period,
      String kind,
      KindAssembler.Catalogue kinds,
      IntPredicate printable) {
    Findings findings = new Findings();
    Optional<RawInput> input =
        rawInput(path, findings, kinds.tables()).map(new TextCheck(findings, printable)::clean);
    Optional<Report> report =
        input.flatMap(raw -> new ReportAssembler(findings, kinds).assemble(raw, period, kind));
    return new ReadResult(report, findings.list());
  }

  private static Optional<RawInput> rawInput(Path path, Findings findings, List<Table> tables) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (!Files.exists(path)) {
      findings.error("input.missing", SourceRef.file(path.toString()));
      return Optional.empty();
    }
    if (Files.isDirectory(path)) {
      if (name.toLowerCase(Locale.ROOT).endsWith(".numbers")) {
        findings.error("input.numbers", SourceRef.file(name));
        return Optional.empty();
      }
      InputSiblings.lockFileIn(path)
          .ifPresent(lock -> findings.warning("input.lockFileFolder", SourceRef.file(name), lock));
      return new CsvFolderReader().read(path, findings, tables);
    }
    if (InputSiblings.linksOutOfItsFolder(path)) {
      findings.error("input.symlinkOutside", SourceRef.file(name));
      return Optional.empty();
    }
    Optional<String> special = SpecialFiles.messageKey(path);
    if (special.isPresent()) {
      findings.error(special.get(), SourceRef.file(name));
      return Optional.empty();
    }
    InputSiblings.lockFile(path)
        .ifPresent(lock -> findings.warning("input.lockFile", SourceRef.file(name), lock));
    InputFormat format;
    try {
      if (Files.isReadable(path) && Files.size(path) > Limits.MAX_WORKBOOK_BYTES) {
        // Refused before anything is opened: the size alone says it is no unit's workbook.
        findings.error(
            "input.tooLarge", SourceRef.file(name), Limits.MAX_WORKBOOK_BYTES / (1024 * 1024));
        return Optional.empty();
      }
      format = Files.isReadable(path) ? InputSniffer.sniff(path) : null;
    } catch (IOException e) {
      format = null;
    }
    if (format == null) {
      findings.error("input.unreadable", SourceRef.file(name));
      return Optional.empty();
    }
    if (format == InputFormat.XLSX) {
      return new XlsxReader().read(path.toFile(), findings, tables);
    }
    String code =
        switch (format) {
          case EMPTY -> "input.empty";
          case XLS -> "input.xls";
          case XLSB -> "input.xlsb";
          case XLSX_STRICT -> "input.strictOoxml";
          case ENCRYPTED -> "input.encrypted";
          case NUMBERS -> "input.numbers";
          case ODS -> "input.ods";
          case CSV_FILE -> "input.csvFile";
          case CORRUPT -> "input.corrupt";
          default -> "input.notWorkbook";
        };
    findings.error(code, SourceRef.file(name));
    return Optional.empty();
  }
}
