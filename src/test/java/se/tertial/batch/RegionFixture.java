package se.tertial.batch;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.tertial.model.ActionState;
import se.tertial.model.ActionStatus;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.testing.ReadInput;
import se.tertial.write.WorkbookWriter;

/**
 * A region of generated units for batch tests: each unit is the sample's measures and actions with
 * its own name and seeded outcomes and statuses for every period given, written as a real workbook.
 */
final class RegionFixture {
  private static final Path SAMPLE = Path.of("sample-data/lansjukvard2/csv");

  private RegionFixture() {}

  static List<Path> write(Path folder, int units, List<Period> periods) throws IOException {
    Report sample = ReadInput.read(SAMPLE).report().orElseThrow();
    Files.createDirectories(folder);
    List<Path> files = new ArrayList<>();
    for (int unit = 1; unit <= units; unit++) {
      Path file = folder.resolve(String.format("enhet-%02d.xlsx", unit));
      WorkbookWriter.write(unitReport(sample, unit, periods), file);
      files.add(file);
    }
    return files;
  }

  private static Report unitReport(Report sample, int unit, List<Period> periods) {
    Random random = new Random(unit);
    List<Outcome> outcomes = new ArrayList<>();
    List<ActionStatus> statuses = new ArrayList<>();
    for (Period period : periods) {
      sample
          .measures()
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
    ReportInfo info = sample.info();
    ReportInfo unitInfo =
        info.toBuilder().unit("Enhet " + unit).period(periods.get(periods.size() - 1)).build();
    return new Report(
        unitInfo, sample.measures(), outcomes, sample.actions(), statuses, sample.sections());
  }

  private static BigDecimal value(Random random) {
    return BigDecimal.valueOf(random.nextInt(1000), 1);
  }
}
