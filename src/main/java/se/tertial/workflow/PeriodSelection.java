package se.tertial.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import se.tertial.kind.ReportKinds;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.KindAssembler;

/**
 * Which periods to render for each workbook: the workbook's own period, every period that has data
 * ({@code all}), or a fixed list of periods and ranges ({@code 2021-T1..2022-ÅR}). A period only
 * some kinds read (a plan's bare year, {@code 2026}) is read by the workbook's kind, as the Rapport
 * sheet's {@code Period} is: a plan takes it, an appendix refuses it ({@link KindRefusal}).
 */
public sealed interface PeriodSelection {

  /**
   * The periods to render for {@code report}, in order.
   *
   * @param kindReads how the report's kind reads a written period ({@link KindAssembler#period})
   * @throws KindRefusal when a period was written in a form the report's kind does not read
   */
  List<Period> periodsFor(Report report, Function<String, Period> kindReads);

  /** The report's own {@code Period}. */
  record ReportPeriod() implements PeriodSelection {
    @Override
    public List<Period> periodsFor(Report report, Function<String, Period> kindReads) {
      return report.info().period() == null ? List.of() : List.of(report.info().period());
    }
  }

  /** Every period that has outcomes or statuses. */
  record All() implements PeriodSelection {
    @Override
    public List<Period> periodsFor(Report report, Function<String, Period> kindReads) {
      return List.copyOf(report.periods());
    }
  }

  /**
   * A period written in a form only some kinds read.
   *
   * @param text as written ({@code 2026})
   * @param period what the kinds that read it make of it ({@code 2026-ÅR})
   * @param writtenIn where it was written, for the refusal ({@code --period})
   */
  record KindRead(String text, Period period, String writtenIn) {
    public KindRead {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(writtenIn, "writtenIn");
    }
  }

  /**
   * A fixed list, expanded from the written periods and ranges.
   *
   * @param periods every period, in order
   * @param kindRead the written periods among them that the report's kind must read as written
   */
  record Listed(List<Period> periods, List<KindRead> kindRead) implements PeriodSelection {
    public Listed {
      periods = List.copyOf(new TreeSet<>(periods));
      kindRead = List.copyOf(kindRead);
    }

    /** Periods every kind reads. */
    public Listed(List<Period> periods) {
      this(periods, List.of());
    }

    @Override
    public List<Period> periodsFor(Report report, Function<String, Period> kindReads) {
      for (KindRead written : kindRead) {
        Period read;
        try {
          read = kindReads.apply(written.text());
        } catch (InvalidValueException e) {
          throw new KindRefusal(written, report.info().kind(), e.getMessage());
        }
        if (!read.equals(written.period())) {
          throw new KindRefusal(written, report.info().kind(), read.code());
        }
      }
      return periods;
    }

    /** The one period this list names, if it names one. */
    public Optional<Period> single() {
      return periods.size() == 1 ? Optional.of(periods.get(0)) : Optional.empty();
    }
  }

  /**
   * A period written in a form the report's kind does not read ({@code --period 2026} for a
   * delårsbilaga, whose periods are tertials and years written {@code 2026-ÅR}). The message is
   * Swedish and names the period and the kind; the caller names where it was written.
   */
  final class KindRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Messages.Bundle TEXTS =
        new Messages.Bundle("se.tertial.workflow.messages");

    KindRefusal(KindRead written, String kind, String reason) {
      super(
          TEXTS.get("period.notOfKind", written.writtenIn(), written.text(), kind, reason),
          null,
          false,
          false);
    }
  }

  /**
   * Reads {@code periods} as written on the command line: {@code 2021-T1,2021-T2}, ranges {@code
   * 2021-T1..2022-ÅR}, or {@code all}. {@code batch}'s manifest and {@code render --period} both
   * read periods here, so they accept the same texts. A period only some built-in kind reads (a
   * plan's {@code 2026}) is taken as that kind reads it, for the workbook's kind to confirm.
   *
   * @param writtenIn where it was written ({@code --period}), named if the workbook's kind refuses
   *     a period
   * @throws InvalidValueException naming the period that cannot be read
   */
  static PeriodSelection parse(String commaSeparated, String writtenIn) {
    if (commaSeparated.strip().equalsIgnoreCase("all")) {
      return new All();
    }
    List<String> parts = new ArrayList<>();
    for (String part : commaSeparated.split(",")) {
      if (!part.isBlank()) { // "2024-T1,,2024-T2" or a trailing comma: nothing asked for there
        parts.add(part.strip());
      }
    }
    if (parts.isEmpty()) {
      throw new InvalidValueException("\"" + commaSeparated + "\" är ingen period");
    }
    return listed(parts, writtenIn);
  }

  /**
   * The periods and ranges of a manifest's list or the command line, each as written.
   *
   * @param writtenIn where they were written, named if the workbook's kind refuses a period
   * @throws InvalidValueException naming the period that cannot be read
   */
  static Listed listed(List<String> parts, String writtenIn) {
    SortedSet<Period> periods = new TreeSet<>();
    List<KindRead> kindRead = new ArrayList<>();
    for (String part : parts) {
      int dots = part.indexOf("..");
      if (dots < 0) {
        periods.add(read(part, writtenIn, kindRead));
      } else {
        Period start = read(part.substring(0, dots), writtenIn, kindRead);
        periods.addAll(Period.range(start, read(part.substring(dots + 2), writtenIn, kindRead)));
      }
    }
    return new Listed(new ArrayList<>(periods), kindRead);
  }

  /** One period as every kind reads it, else as the first built-in kind that reads it. */
  private static Period read(String text, String writtenIn, List<KindRead> kindRead) {
    try {
      return Period.parse(text);
    } catch (InvalidValueException refused) {
      for (String name : ReportKinds.BUILT_IN.names()) {
        Optional<KindAssembler> kind = ReportKinds.BUILT_IN.find(name);
        try {
          Period period = kind.orElseThrow().period(text);
          kindRead.add(new KindRead(text.strip(), period, writtenIn));
          return period;
        } catch (InvalidValueException notThisKind) {
          // The next kind may read it.
        }
      }
      throw refused;
    }
  }
}
