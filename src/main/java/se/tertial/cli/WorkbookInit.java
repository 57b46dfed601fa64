package se.tertial.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import se.tertial.files.FileErrors;
import se.tertial.files.OutputPolicy;
import se.tertial.files.RenderException;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.model.ReportKind;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;
import se.tertial.write.CarryForward;
import se.tertial.write.TemplateWriter;
import se.tertial.write.WorkbookCarry;

/**
 * The work shared by {@code init} and {@code next-period}: pick the period, read the previous
 * report if any, and write the template without ever leaving a partial or clobbered file.
 */
final class WorkbookInit {
  private final CommandSpec spec;

  WorkbookInit(CommandSpec spec) {
    this.spec = spec;
  }

  /**
   * Writes the template and reports on standard output.
   *
   * @param target the workbook to write
   * @param previous the previous period's input, or null for an empty workbook
   * @param explicit {@code --period}, or null
   * @param force whether an existing {@code target} may be replaced
   * @param today the date that picks the period of an empty workbook without {@code --period}
   * @return the exit code
   */
  int run(Path target, Path previous, Period explicit, boolean force, LocalDate today) {
    return run(target, previous, explicit, force, today, null);
  }

  /**
   * Like {@link #run(Path, Path, Period, boolean, LocalDate)} for a report kind ({@code init
   * --kind}; null: the delårsbilaga, or with a previous input its own kind).
   */
  int run(
      Path target, Path previous, Period explicit, boolean force, LocalDate today, String kind) {
    checkTarget(target, force);
    ReportKind chosenKind = parseKind(kind);
    if (previous != null) {
      try {
        OutputPolicy.protecting(List.of(previous)).check(target);
      } catch (RenderException e) {
        throw new UserException(e.getMessage());
      }
    }
    Report report;
    List<Finding> warnings = List.of();
    if (previous == null) {
      ReportKind k = chosenKind == null ? ReportKind.DELARSBILAGA : chosenKind;
      report = emptyReport(explicit != null ? explicit : periodContaining(today, k), k);
      write(report, target, force);
    } else {
      if (sameFile(previous, target)) {
        throw new UserException(CliMessages.get("init.sameFile", previous));
      }
      ReadResult read = ReportReader.read(previous, null, kind);
      if (read.hasErrors() || read.report().isEmpty()) {
        PrintWriter err = spec.commandLine().getErr();
        read.findings().forEach(f -> err.println(f.line()));
        err.println(CliMessages.get("init.fromErrors", previous, target));
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      Report old = read.report().get();
      Period to = explicit != null ? explicit : nextPeriod(old);
      report = CarryForward.to(old, to);
      if (Files.isRegularFile(previous)) {
        warnings = carry(previous, old, to, target, force);
      } else {
        write(report, target, force);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    warnings.forEach(f -> err.println(f.line()));
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        CliMessages.get(
            "init.done",
            target,
            report.info().period().code(),
            report.measures().size(),
            report.actions().size()));
    out.flush();
    return ExitCodes.OK;
  }

  /** The period after {@code old}'s: a plan's is next year's, the others step as periods do. */
  private static Period nextPeriod(Report old) {
    Period from = old.info().period();
    if (old.info().reportKind().orElse(null) == ReportKind.VERKSAMHETSPLAN) {
      return Period.yearEnd(from.year() + 1);
    }
    return from.next();
  }

  private ReportKind parseKind(String kind) {
    if (kind == null) {
      return null;
    }
    return ReportKind.parse(kind)
        .orElseThrow(
            () ->
                new ParameterException(spec.commandLine(), CliMessages.get("init.badKind", kind)));
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  private static List<Finding> carry(
      Path previous, Report old, Period to, Path target, boolean force) {
    try {
      return WorkbookCarry.carry(previous, old, to, target, force);
    } catch (FileAlreadyExistsException e) {
      throw new UserException(CliMessages.get("init.exists", target));
    } catch (NoSuchFileException e) {
      throw new UserException(CliMessages.get("init.noFolder", target));
    } catch (IOException e) {
      throw new UserException(
          CliMessages.get("init.writeFailed", target, FileErrors.reason(target, e)));
    }
  }

  /**
   * The tertial a date falls in: January–April T1, May–August T2, September–December ÅR. An analyst
   * starting a workbook works towards the report that closes the current tertial.
   */
  static Period periodContaining(LocalDate date) {
    int tertial = (date.getMonthValue() - 1) / 4 + 1;
    return Period.tertial(date.getYear(), tertial);
  }

  /**
   * The period an empty workbook of a kind starts with: the current tertial for the appendix, the
   * current month for the monthly kinds, the current year for a plan.
   */
  static Period periodContaining(LocalDate date, ReportKind kind) {
    return switch (kind) {
      case DELARSBILAGA -> periodContaining(date);
      case UPPDRAGSATERKOPPLING, MANADSUPPFOLJNING ->
          Period.month(date.getYear(), date.getMonthValue());
      case VERKSAMHETSPLAN -> Period.yearEnd(date.getYear());
    };
  }

  private static Report emptyReport(Period period, ReportKind kind) {
    ReportInfo info =
        new ReportInfo(
            "",
            "",
            "",
            period,
            "",
            "",
            "",
            "",
            null,
            null,
            null,
            kind.id(),
            Map.<String, String>of());
    return new Report(info, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Checked before reading anything, so a refusal is quick; the write re-checks atomically. */
  private void checkTarget(Path target, boolean force) {
    String name = target.getFileName() == null ? "" : target.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new ParameterException(spec.commandLine(), CliMessages.get("init.notXlsx", target));
    }
    if (Files.isDirectory(target)) {
      throw new UserException(CliMessages.get("init.isFolder", target));
    }
    if (Files.exists(target) && !force) {
      throw new UserException(CliMessages.get("init.exists", target));
    }
  }

  private static void write(Report report, Path target, boolean force) {
    try {
      TemplateWriter.write(report, target, force);
    } catch (FileAlreadyExistsException e) {
      throw new UserException(CliMessages.get("init.exists", target));
    } catch (NoSuchFileException e) {
      throw new UserException(CliMessages.get("init.noFolder", target));
    } catch (IOException e) {
      throw new UserException(
          CliMessages.get("init.writeFailed", target, FileErrors.reason(target, e)));
    }
  }
}
