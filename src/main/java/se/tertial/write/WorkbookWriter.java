package se.tertial.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.tertial.files.SpecialFiles;
import se.tertial.files.TemporaryFiles;
import se.tertial.kind.ReportKindModule;
import se.tertial.model.Action;
import se.tertial.model.ActionState;
import se.tertial.model.ActionStatus;
import se.tertial.model.Judgement;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.model.Section;
import se.tertial.read.Table;

/**
 * Writes a {@link Report} as an input workbook in the documented layout (sheets Rapport, Styrmått,
 * Utfall, Åtgärder, Åtgärdsstatus, Texter), so that reading it back gives the same report. Headers
 * are bold and frozen, shares are percent-formatted numbers, and Status, Bedömning, Riktning and
 * Perspektiv have dropdowns. An empty report gives an empty template. Stateless and thread-safe.
 */
public final class WorkbookWriter {
  /** A fixed creation date so that the same report gives the same workbook. */
  private static final Date CREATED = new Date(1_640_995_200_000L); // 2022-01-01T00:00:00Z

  static final List<String> PERSPECTIVES =
      List.of("Samhälle", "Medborgare", "Verksamhet", "Medarbetare", "Ekonomi");

  private WorkbookWriter() {}

  /**
   * Writes {@code report} to {@code file}, replacing it. The file is written beside and then moved
   * in place, so a failure never leaves a truncated workbook.
   */
  public static void write(Report report, Path file) throws IOException {
    save(file, true, workbook -> fill(workbook, report, KindSheets.module(report), null));
  }

  /** Writes bytes to an output stream; may fail with an I/O error. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} to a temp file beside {@code file} and moves it into place. The temp
   * file sits in the same folder so the move is a rename: readers never see a half-written
   * workbook. A replaced file keeps its mode (the new file would otherwise get the umask's).
   *
   * @param replace whether an existing file may be replaced; when false an existing file makes this
   *     throw {@link java.nio.file.FileAlreadyExistsException} and stays untouched
   */
  static void saveBytes(Path file, boolean replace, Content content) throws IOException {
    Path absolute = file.toAbsolutePath();
    Optional<String> special = SpecialFiles.describe(absolute);
    if (special.isPresent()) {
      // Renaming over a device node or a FIFO would replace it: never, whatever the caller asked.
      throw new FileSystemException(
          file.toString(), null, "är " + special.get() + " och ersätts aldrig");
    }
    Path temp =
        absolute.resolveSibling(
            "." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      content.writeTo(buffer);
      TemporaryFiles.created(temp); // removed on Ctrl-C or SIGTERM too
      Files.write(temp, ZipTimes.normalize(buffer.toByteArray()), StandardOpenOption.CREATE_NEW);
      if (replace) {
        if (Files.isRegularFile(absolute)
            && Files.getFileStore(absolute).supportsFileAttributeView("posix")) {
          Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(absolute));
        }
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(temp, absolute); // fails if the file appeared meanwhile: never clobber
      }
    } finally {
      Files.deleteIfExists(temp);
      TemporaryFiles.done(temp);
    }
  }

  /**
   * Builds a workbook with {@code content} and saves it at {@code file} like {@link #saveBytes}.
   */
  static void save(Path file, boolean replace, Consumer<XSSFWorkbook> content) throws IOException {
    saveBytes(
        file,
        replace,
        out -> {
          try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            content.accept(workbook);
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
            workbook.write(out);
          }
        });
  }

  /**
   * Fills {@code workbook} with the report's sheets.
   *
   * @param open a period to make ready for filling in: every measure without an outcome row for it
   *     gets an empty one (ID and Period only), every action without a status row an empty one (Nr
   *     and Period only); null adds none
   * @param kind the report's kind, which says which shared sheets there are and gives its own
   */
  static WorkbookStyles fill(
      XSSFWorkbook workbook, Report report, ReportKindModule kind, Period open) {
    WorkbookStyles styles = new WorkbookStyles(workbook);
    info(workbook, styles, report.info());
    Set<Table> shared = kind.sharedTables();
    if (shared.contains(Table.MEASURES)) {
      boolean baselines =
          kind.measureBaselines()
              || report.measures().stream().anyMatch(m -> !m.baseline().isEmpty());
      measures(workbook, styles, report.measures(), baselines);
    }
    if (shared.contains(Table.OUTCOMES)) {
      Map<String, Measure> byId =
          report.measures().stream()
              .collect(Collectors.toMap(Measure::id, m -> m, (a, b) -> a, TreeMap::new));
      List<String> openIds =
          open == null
              ? List.of()
              : report.measures().stream()
                  .map(Measure::id)
                  .filter(id -> report.outcome(id, open).isEmpty())
                  .toList();
      // First-year comparisons: an empty row for the same period last year where there is none,
      // so last year's values have a place and "Öka"/"Minska" and trends work from the first
      // report.
      List<String> comparisonIds =
          open == null
              ? List.of()
              : report.measures().stream()
                  .map(Measure::id)
                  .filter(id -> report.outcome(id, open.previousYear()).isEmpty())
                  .toList();
      outcomes(workbook, styles, report.outcomes(), byId, comparisonIds, openIds, open);
    }
    if (shared.contains(Table.ACTIONS)) {
      actions(workbook, styles, report.actions());
    }
    if (shared.contains(Table.STATUSES)) {
      List<String> openNrs =
          open == null
              ? List.of()
              : report.actions().stream()
                  .map(Action::nr)
                  .filter(nr -> report.status(nr, open).isEmpty())
                  .toList();
      statuses(workbook, styles, report, openNrs, open);
    }
    KindSheets.add(workbook, styles, kind.sheets(report, open));
    sections(workbook, styles, report.sections());
    return styles;
  }

  private static void info(XSSFWorkbook workbook, WorkbookStyles styles, ReportInfo info) {
    SheetBuilder sheet =
        new SheetBuilder(
            workbook.createSheet("Rapport"), styles, List.of("Fält", "Värde"), List.of(22, 60));
    sheet.row().text("Titel").text(info.title());
    sheet.row().text("Organisation").text(info.organisation());
    sheet.row().text("Enhet").text(info.unit());
    sheet.row().text("Period").text(info.period() == null ? "" : info.period().code());
    sheet.row().text("Dokument-ID").text(info.documentId());
    sheet.row().text("Version").text(info.version());
    sheet.row().text("Ansvarig").text(info.responsible());
    sheet.row().text("Upprättad av").text(info.preparedBy());
    // Always written, empty in a template, so the analyst sees every field to fill in.
    sheet.row().text("Publiceringsdatum").date(info.publicationDate());
    String tolerance =
        info.absoluteTolerance() != null
            ? swedish(info.absoluteTolerance().toPlainString()) + " (absolut)"
            : swedish(info.tolerance().toPlainString()) + " %";
    sheet.row().text("Toleransgräns").text(tolerance);
    sheet.row().text("Rapporttyp").text(info.kind());
    Map<String, String> further = new TreeMap<>(info.extra());
    if (info.trendBase() != null) {
      further.put(ReportInfo.TREND_BASE_FIELD, info.trendBase().code());
    }
    further.forEach((field, value) -> sheet.row().text(field).text(value));
  }

  private static void measures(
      XSSFWorkbook workbook, WorkbookStyles styles, List<Measure> list, boolean baselines) {
    Set<Integer> years = new TreeSet<>();
    list.forEach(m -> years.addAll(m.yearTargets().keySet()));
    List<String> header =
        new ArrayList<>(
            List.of(
                "ID",
                "Perspektiv",
                "Strategiskt mål",
                "Framgångsfaktor",
                "Styrmått",
                "Mål",
                "Målvärde",
                "Målår",
                "Riktning",
                "Enhet",
                "Uppföljningsperiod",
                "Jämförelse",
                "Källa",
                "Fotnot"));
    if (baselines) {
      header.add("Ingångsvärde");
    }
    years.forEach(y -> header.add("Mål " + y));
    SheetBuilder sheet =
        new SheetBuilder(
            workbook.createSheet("Styrmått"),
            styles,
            header,
            List.of(8, 14, 30, 34, 50, 18, 12, 8, 16, 8, 16, 16, 16, 8));
    for (Measure m : list) {
      sheet
          .row()
          .text(m.id())
          .text(m.perspective())
          .text(m.strategicGoal(), true)
          .text(m.successFactor(), true)
          .text(m.name(), true)
          .text(m.target(), true)
          .text(m.targetValue() == null ? "" : m.targetValue().text())
          .number(m.targetYear() == null ? null : BigDecimal.valueOf(m.targetYear()), false)
          .text(m.polarity() == Polarity.UNSPECIFIED ? "" : m.polarity().label())
          .text(m.unit())
          .text(m.followUp())
          .text(m.comparison(), true)
          .text(m.source(), true)
          .text(m.footnote(), true);
      if (baselines) {
        sheet.text(m.baseline(), true);
      }
      years.forEach(y -> sheet.text(m.yearTargets().getOrDefault(y, "")));
    }
    sheet.dropdown("Perspektiv", PERSPECTIVES);
    sheet.dropdown(
        "Riktning", List.of(Polarity.HIGHER_IS_BETTER.label(), Polarity.LOWER_IS_BETTER.label()));
  }

  private static void outcomes(
      XSSFWorkbook workbook,
      WorkbookStyles styles,
      List<Outcome> list,
      Map<String, Measure> measures,
      List<String> comparisonIds,
      List<String> openIds,
      Period open) {
    SheetBuilder sheet =
        new SheetBuilder(
            workbook.createSheet("Utfall"),
            styles,
            List.of(
                "ID", "Period", "Kvinnor", "Män", "Totalt", "Värdetext", "Kommentar", "Bedömning"),
            List.of(8, 10, 10, 10, 10, 22, 80, 16));
    for (Outcome o : list) {
      Measure measure = measures.get(o.measureId());
      boolean percent = measure != null && measure.isPercent();
      sheet
          .row()
          .text(o.measureId())
          .text(o.period().code())
          .number(o.women(), percent)
          .number(o.men(), percent)
          .number(o.total(), percent)
          .text(o.valueText(), true)
          .text(o.comment(), true)
          .text(o.manual() == null ? "" : o.manual().label());
    }
    for (String id : comparisonIds) {
      sheet.row().text(id).text(open.previousYear().code());
    }
    for (String id : openIds) {
      sheet.row().text(id).text(open.code());
    }
    sheet.dropdown("Bedömning", Arrays.stream(Judgement.values()).map(Judgement::label).toList());
  }

  private static void actions(XSSFWorkbook workbook, WorkbookStyles styles, List<Action> list) {
    SheetBuilder sheet =
        new SheetBuilder(
            workbook.createSheet("Åtgärder"),
            styles,
            List.of(
                "Nr",
                "Perspektiv",
                "Mål",
                "Åtgärd",
                "Beskrivning",
                "Ansvarig",
                "Tidplan",
                "Förväntad effekt"),
            List.of(6, 14, 30, 36, 60, 24, 36, 50));
    for (Action a : list) {
      sheet
          .row()
          .key(a.nr())
          .text(a.perspective())
          .text(a.goal(), true)
          .text(a.title(), true)
          .text(a.description(), true)
          .text(a.responsible(), true)
          .text(a.timeline(), true)
          .text(a.expectedEffect(), true);
    }
    sheet.dropdown("Perspektiv", PERSPECTIVES);
  }

  private static void statuses(
      XSSFWorkbook workbook,
      WorkbookStyles styles,
      Report report,
      List<String> openNrs,
      Period open) {
    SheetBuilder sheet =
        new SheetBuilder(
            workbook.createSheet("Åtgärdsstatus"),
            styles,
            List.of("Nr", "Period", "Status", "Kommentar"),
            List.of(6, 10, 22, 80));
    for (ActionStatus s : report.statuses()) {
      // The status as written, so a misspelling stays visible (and warned about) after a round
      // trip.
      sheet.row().key(s.nr()).text(s.period().code()).text(s.statusText()).text(s.comment(), true);
    }
    for (String nr : openNrs) {
      var carried = FinishedActions.carried(report, nr, open);
      sheet.row().key(nr).text(open.code());
      carried.ifPresent(c -> sheet.text(c.status()).text(c.comment(), true));
    }
    sheet.dropdown("Status", Arrays.stream(ActionState.values()).map(ActionState::label).toList());
  }

  /**
   * The Texter sheet. With the {@code Period} and {@code Skriv om} columns, unless every text was
   * read from a sheet without them: a workbook regenerated from such an input keeps its shape (and
   * reads the same), while an empty workbook and a carried one have them.
   */
  private static void sections(XSSFWorkbook workbook, WorkbookStyles styles, List<Section> list) {
    boolean dated = list.isEmpty() || list.stream().anyMatch(s -> s.workbookPeriod() == null);
    SheetBuilder sheet =
        new SheetBuilder(
            workbook.createSheet("Texter"),
            styles,
            dated
                ? List.of("Avsnitt", "Rubrik", "Text", "Period", "Skriv om")
                : List.of("Avsnitt", "Rubrik", "Text"),
            dated ? List.of(28, 28, 100, 12, 10) : List.of(28, 28, 100));
    for (Section s : list) {
      sheet.row().text(s.key()).text(s.heading()).text(s.text(), true);
      if (dated) {
        // A text read without the Period column among dated ones: the workbook's period's.
        Period period = s.period() != null ? s.period() : s.workbookPeriod();
        sheet.text(period == null ? "" : period.code()).text(s.rewrite() ? "ja" : "");
      }
    }
  }

  private static String swedish(String plainNumber) {
    return plainNumber.replace('.', ',');
  }
}
