package se.tertial.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Period;
import se.tertial.model.Report;

/**
 * Which periods to render for each workbook: the workbook's own period, every period that has data
 * ({@code all}), or a fixed list of periods and ranges ({@code 2021-T1..2022-ÅR}).
 */
public sealed interface PeriodSelection {

  /** The periods to render for {@code report}, in order. */
  List<Period> periodsFor(Report report);

  /** The report's own {@code Period}. */
  record ReportPeriod() implements PeriodSelection {
    @Override
    public List<Period> periodsFor(Report report) {
      return report.info().period() == null ? List.of() : List.of(report.info().period());
    }
  }

  /** Every period that has outcomes or statuses. */
  record All() implements PeriodSelection {
    @Override
    public List<Period> periodsFor(Report report) {
      return List.copyOf(report.periods());
    }
  }

  /** A fixed list, expanded from the written periods and ranges. */
  record Listed(List<Period> periods) implements PeriodSelection {
    public Listed {
      periods = List.copyOf(new TreeSet<>(periods));
    }

    @Override
    public List<Period> periodsFor(Report report) {
      return periods;
    }
  }

  /**
   * Reads {@code periods} as written on the command line: {@code 2021-T1,2021-T2}, ranges {@code
   * 2021-T1..2022-ÅR}, or {@code all}. {@code batch}'s manifest and {@code render --period} both
   * read periods here, so they accept the same texts.
   *
   * @throws InvalidValueException naming the period that cannot be read
   */
  public static PeriodSelection parse(String commaSeparated) {
    if (commaSeparated.strip().equalsIgnoreCase("all")) {
      return new All();
    }
    SortedSet<Period> periods = new TreeSet<>();
    for (String part : commaSeparated.split(",")) {
      if (part.isBlank()) {
        continue; // "2024-T1,,2024-T2" or a trailing comma: nothing asked for there
      }
      periods.addAll(Period.parseRange(part.strip()));
    }
    if (periods.isEmpty()) {
      throw new InvalidValueException("\"" + commaSeparated + "\" är ingen period");
    }
    return new Listed(new ArrayList<>(periods));
  }
}
