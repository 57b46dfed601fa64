package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.tertial.cli.TertialCommand;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.render.PdfText;
import se.tertial.rules.EvaluationOptions;
import se.tertial.testing.ReadInput;
import se.tertial.workflow.InputPipeline;

/**
 * Nothing dropped, as a property: for every sample workbook and variants of them with the rows
 * analysts write by mistake or on purpose (a "Sammanfattning", a misspelt perspective, a second
 * Inledning, a slip of a known Avsnitt, text on the plan's "Mål och styrmått"), every text cell of
 * every sheet the kind reads reaches the text of the PDF of some period it belongs to, or a finding
 * names its sheet and row. Cells are compared line by line after the markdown subset is removed,
 * without white space (line breaks in the PDF fall where the cell has none).
 */
class NothingDroppedTest {
  /** The text columns of each sheet, by header. */
  private static final Map<String, Set<String>> TEXT_COLUMNS =
      Map.ofEntries(
          Map.entry("Texter", Set.of("Rubrik", "Text")),
          Map.entry(
              "Åtgärder",
              Set.of("Åtgärd", "Beskrivning", "Ansvarig", "Tidplan", "Förväntad effekt")),
          Map.entry("Åtgärdsstatus", Set.of("Kommentar")),
          Map.entry("Styrmått", Set.of("Styrmått", "Strategiskt mål", "Framgångsfaktor", "Fotnot")),
          Map.entry("Utfall", Set.of("Kommentar")),
          Map.entry("Uppdrag", Set.of("Ärende", "Rubrik")),
          Map.entry("Uppdragsstatus", Set.of("Pågående arbete", "Resultat")),
          Map.entry(
              "Månadsrapport",
              Set.of("Uppdrag", "Kommande månad", "Senaste månaden", "Kommentarer", "Risker")),
          Map.entry("Budget", Set.of("Tabell", "Rad")),
          Map.entry(
              "Riskbedömning",
              Set.of("Framgångsfaktor", "Risk", "Konsekvens", "Orsak", "Åtgärd", "Kontrollmetod")));

  private static final InputPipeline PIPELINE = new InputPipeline(EvaluationOptions.defaults());

  @TempDir Path dir;

  static Stream<Arguments> workbooks() {
    return Stream.of(
        Arguments.of("lansjukvard2", List.<List<String>>of()),
        Arguments.of(
            "lansjukvard2",
            List.of(
                List.of("Sammanfattning", "Sammanfattning", "Nämnden når de flesta av sina mål."),
                List.of("Perspektiv: Medarbetarna", "", "Medarbetarna mår bra i år."),
                List.of("Inledning", "Inledning", "En andra inledning som inte skrivs ut."),
                List.of("Inlednig", "", "En inledning med en slinka i avsnittet."),
                List.of("Åtgärder", "Nämndens åtgärder", "Åtgärderna följs upp varje tertial."),
                List.of(
                    "Efter perspektiv: Ekonomi", "", "Ekonomin är i balans efter perspektivet."))),
        Arguments.of("manadsuppfoljning", List.<List<String>>of()),
        Arguments.of(
            "manadsuppfoljning",
            List.of(
                List.of("Inledning", "Inledning", "Uppföljningen gäller månadens uppdrag."),
                List.of("Sammanfattning", "Sammanfattning", "Alla uppdrag löper enligt plan."))),
        Arguments.of("uppdrag-rd", List.<List<String>>of()),
        Arguments.of(
            "uppdrag-rd",
            List.of(
                List.of("Bakgrund", "Bakgrund till uppdragen", "Uppdragen gavs av direktören."))),
        Arguments.of("rs-plan-2023", List.<List<String>>of()),
        Arguments.of(
            "rs-plan-2023",
            List.of(
                List.of(
                    "Mål och styrmått", "Målen för planperioden", "Målen gäller hela perioden."),
                List.of("Risker", "Riskerna i planen", "Riskerna bedöms varje år."),
                List.of("Budget: Ekonomisk ram 2021", "", "En tabell som inte finns."),
                List.of("Stycke", "Ett stycke med rubrik", "Stycket har en egen rubrik."),
                List.of(
                    "Uppföljning",
                    "Uppföljning av planen",
                    "Planen följs upp i delårsrapporterna."),
                List.of(
                    "Framgångsfaktor: Hållbar arbetsmijö", "", "Fel stavad framgångsfaktor."))));
  }

  @ParameterizedTest(name = "{0} + {1}")
  @MethodSource("workbooks")
  void everyTextCellReachesThePdfOrAFinding(String sample, List<List<String>> extraTexts)
      throws IOException {
    Path workbook = variant(sample, extraTexts);
    Report report = ReadInput.read(workbook).report().orElseThrow();
    Set<Period> periods = new TreeSet<>(report.periods());
    periods.add(report.info().period());

    StringBuilder pdfs = new StringBuilder();
    List<Finding> findings = new ArrayList<>();
    for (Period period : periods) {
      findings.addAll(PIPELINE.load(workbook, period, null).findings());
      Path pdf = dir.resolve(sample + "-" + period.code().replace("Å", "A") + ".pdf");
      StringWriter err = new StringWriter();
      int exit =
          TertialCommand.execute(
              new String[] {
                "render", workbook.toString(), "--period", period.code(), "-o", pdf.toString()
              },
              new PrintWriter(new StringWriter()),
              new PrintWriter(err));
      assertThat(exit).as("%s %s: %s", sample, period, err).isZero();
      pdfs.append(normal(pdfText(pdf))).append('\n');
    }
    String printed = pdfs.toString();

    List<String> dropped = new ArrayList<>();
    for (Cell cell : textCells(workbook)) {
      String sheet = cell.getSheet().getSheetName();
      int row = cell.getRowIndex() + 1;
      boolean named =
          findings.stream()
              .anyMatch(f -> sheet.equals(f.where().sheet()) && f.where().row() == row);
      if (named) {
        continue;
      }
      for (String line : lines(new DataFormatter().formatCellValue(cell))) {
        if (!printed.contains(line)) {
          dropped.add(
              sheet
                  + " rad "
                  + row
                  + ": "
                  + line
                  + " [tryckt t.o.m.: "
                  + printedPrefix(printed, line)
                  + "]");
        }
      }
    }
    assertThat(dropped).as("text cells neither printed nor named in a finding").isEmpty();
  }

  /** The sample's workbook with {@code extra} rows at the end of Texter. */
  private Path variant(String sample, List<List<String>> extra) throws IOException {
    Path source = Path.of("sample-data", sample, sample + ".xlsx");
    Path file = dir.resolve(sample + (extra.isEmpty() ? "" : "-variant") + ".xlsx");
    try (InputStream in = Files.newInputStream(source);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet texts = workbook.getSheet("Texter");
      if (texts == null) {
        texts = workbook.createSheet("Texter");
        Row header = texts.createRow(0);
        List<String> names = List.of("Avsnitt", "Rubrik", "Text");
        for (int c = 0; c < names.size(); c++) {
          header.createCell(c).setCellValue(names.get(c));
        }
      }
      for (List<String> cells : extra) {
        Row row = texts.createRow(texts.getLastRowNum() + 1);
        for (int c = 0; c < cells.size(); c++) {
          row.createCell(c).setCellValue(cells.get(c));
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  private static List<Cell> textCells(Path workbook) throws IOException {
    List<Cell> cells = new ArrayList<>();
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      for (Sheet sheet : book) {
        Set<String> columns = TEXT_COLUMNS.get(sheet.getSheetName());
        if (columns == null || sheet.getRow(0) == null) {
          continue;
        }
        for (Cell header : sheet.getRow(0)) {
          if (!columns.contains(header.toString().strip())) {
            continue;
          }
          for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(header.getColumnIndex());
            if (cell != null && !new DataFormatter().formatCellValue(cell).isBlank()) {
              cells.add(cell);
            }
          }
        }
      }
    }
    return cells;
  }

  /** A cell's text as lines of plain words: the markdown subset removed, each line normalised. */
  static List<String> lines(String text) {
    List<String> result = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      String line =
          raw.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
              .replaceAll("^\\s*(?:[-*+]|\\d+[.)]|>)\\s+", "")
              .replace("**", "")
              .replaceAll("(?<![\\p{L}\\d])[*_]|[*_](?![\\p{L}\\d])", "");
      line = normal(line).strip();
      if (!line.isEmpty()) {
        result.add(line);
      }
    }
    return result;
  }

  /** The longest start of {@code line} that is printed, to show where a line was cut. */
  private static String printedPrefix(String printed, String line) {
    int n = line.length();
    while (n > 0 && !printed.contains(line.substring(0, n))) {
      n--;
    }
    return line.substring(0, n);
  }

  /**
   * Spaces, dashes and quotes as the typesetting may change them, made alike on both sides, and
   * white space removed.
   */
  static String normal(String text) {
    return text.replace('\u00a0', ' ')
        .replace('\u202f', ' ')
        .replace('\u00ad', ' ')
        .replace('\u2212', '-')
        .replaceAll("[\u201c\u201d\u201e\u00bb\u00ab]", "\"")
        .replaceAll("[\u2018\u2019]", "'")
        .replace("\u200b", "")
        // Compared without white space: a line may break at a slash, after "op." or at the
        // hyphen of "TNF-hämmare", and the extracted text has a line end there that the cell has
        // not. The characters and their order are what must reach the page.
        .replaceAll("\\s+", "");
  }

  /**
   * The document's text without its running head and foot ("Sida 3 (12)", the title on every page),
   * which would otherwise stand in the middle of a paragraph that crosses a page.
   */
  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      List<List<String>> pages = new ArrayList<>();
      Map<String, Integer> seen = new java.util.HashMap<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        List<String> lines = stripper.getText(doc).lines().toList();
        pages.add(lines);
        lines.stream().distinct().forEach(l -> seen.merge(l.strip(), 1, Integer::sum));
      }
      StringBuilder text = new StringBuilder();
      for (List<String> lines : pages) {
        for (String line : lines) {
          boolean running =
              line.strip().matches("Sida \\d+ \\(\\d+\\)")
                  || (pages.size() > 2 && seen.get(line.strip()) > pages.size() / 2);
          if (!running) {
            text.append(line).append('\n');
          }
        }
      }
      return PdfText.flat(text.toString());
    }
  }
}
