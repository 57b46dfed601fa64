package se.tertial.ci;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.tertial.model.ActionState;
import se.tertial.model.ActionStatus;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.model.Section;
import se.tertial.testing.ReadInput;
import se.tertial.write.WorkbookWriter;

/**
 * A data repository as a CI owner has one: {@code enheter/enhet-NN.xlsx}, real workbooks written
 * from the sample's measures with seeded outcomes and statuses for three periods, and {@code
 * region.yaml}, a batch manifest over those periods. Unit 3 is broken (a value that is no number,
 * typed into its Utfall sheet with POI), unit 5 lacks one measure's outcome for 2022-T2 only (a
 * warning that only that period has).
 */
public final class CiRepository {
  public static final List<Period> PERIODS =
      List.of(Period.parse("2022-T1"), Period.parse("2022-T2"), Period.parse("2022-T3"));
  public static final int BROKEN = 3;
  public static final int MISSING_T2 = 5;
  static final String MISSING_MEASURE = "M05";

  private static final Path SAMPLE = Path.of("sample-data/lansjukvard2/csv");

  private CiRepository() {}

  /** Writes {@code units} units and the manifest below {@code root}; returns the workbooks. */
  public static List<Path> write(Path root, int units) throws IOException {
    Report sample = ReadInput.read(SAMPLE).report().orElseThrow();
    Path folder = Files.createDirectories(root.resolve("enheter"));
    List<Path> files = new ArrayList<>();
    for (int unit = 1; unit <= units; unit++) {
      Path file = folder.resolve(String.format("enhet-%02d.xlsx", unit));
      WorkbookWriter.write(unitReport(sample, unit), file);
      if (unit == BROKEN) {
        breakFirstOutcome(file);
      }
      files.add(file);
    }
    Files.writeString(
        root.resolve("region.yaml"),
        "inputs: [\"enheter/*.xlsx\"]\nperiods: [\"2022-T1..2022-T3\"]\noutput: ut\n");
    return files;
  }

  private static Report unitReport(Report sample, int unit) {
    Random random = new Random(unit);
    List<Outcome> outcomes = new ArrayList<>();
    List<ActionStatus> statuses = new ArrayList<>();
    for (Period period : PERIODS) {
      sample.measures().stream()
          .filter(
              m ->
                  !(unit == MISSING_T2
                      && m.id().equals(MISSING_MEASURE)
                      && period.code().equals("2022-T2")))
          .forEach(
              m ->
                  outcomes.add(
                      new Outcome(
                          m.id(),
                          period,
                          value(random),
                          value(random),
                          null,
                          "",
                          "Kommentar för " + period.label() + ".",
                          null,
                          null)));
      sample
          .actions()
          .forEach(
              a ->
                  statuses.add(
                      new ActionStatus(
                          a.nr(),
                          period,
                          ActionState.values()[random.nextInt(4)],
                          null,
                          "",
                          null)));
    }
    Map<String, String> dates = new LinkedHashMap<>();
    PERIODS.forEach(p -> dates.put(ReportInfo.publicationField(p), "2023-01-31"));
    ReportInfo info =
        sample.info().toBuilder()
            .unit("Enhet " + unit)
            .period(PERIODS.get(2))
            .publicationDate(LocalDate.parse("2023-01-31"))
            .extra(dates)
            .build();
    // Clean but for what a test breaks on purpose: no footnote without text, texts that name no
    // period (the sample's name its own tertial, which later periods warn about).
    List<Measure> measures =
        sample.measures().stream()
            .map(
                m ->
                    new Measure(
                        m.id(),
                        m.perspective(),
                        m.strategicGoal(),
                        m.successFactor(),
                        m.name(),
                        m.target(),
                        m.polarity(),
                        m.unit(),
                        m.followUp(),
                        m.comparison(),
                        m.source(),
                        null,
                        m.baseline(),
                        m.yearTargets(),
                        m.targetValue(),
                        m.targetYear(),
                        m.where()))
            .toList();
    List<Section> sections =
        sample.sections().stream()
            .map(s -> new Section(s.key(), s.heading(), "Verksamheten följer planen.", s.where()))
            .toList();
    return new Report(info, measures, outcomes, sample.actions(), statuses, sections);
  }

  /** Types "4l%" over the first outcome's value (Kvinnor), as a slip of the finger would. */
  private static void breakFirstOutcome(Path file) throws IOException {
    XSSFWorkbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    }
    try (workbook) {
      Sheet sheet = workbook.getSheet("Utfall");
      Row header = sheet.getRow(sheet.getFirstRowNum());
      int column = -1;
      for (Cell cell : header) {
        if (cell.getStringCellValue().strip().equals("Kvinnor")) {
          column = cell.getColumnIndex();
        }
      }
      sheet.getRow(sheet.getFirstRowNum() + 1).getCell(column).setCellValue("4l%");
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
  }

  private static BigDecimal value(Random random) {
    return BigDecimal.valueOf(200 + random.nextInt(700), 1); // 20,0–89,9: clearly percent
  }
}
