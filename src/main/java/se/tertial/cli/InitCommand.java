package se.tertial.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.tertial.kind.ReportKindModule;
import se.tertial.kind.ReportKinds;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.workflow.NewWorkbook;
import se.tertial.workflow.WorkbookException;

/**
 * {@code tertial init}: writes an empty, ready-to-fill workbook, or with {@code --from} the next
 * period's workbook built from the previous one.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Skapa en tom arbetsbok att fylla i, eller med --from nästa periods arbetsbok "
          + "utifrån föregående period."
    })
final class InitCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<fil.xlsx>", description = "Arbetsboken som skapas.")
  private Path target;

  @Option(
      names = "--period",
      paramLabel = "<period>",
      description = {
        "Rapportperiod i rapporttypens form: 2022-T2 (delårsbilaga), 2025-03 (månadsuppföljning),"
            + " 2026 (verksamhetsplan). Standard: med --from perioden efter den föregående "
            + "(T1 → T2 → ÅR → nästa års T1), annars rapporttypens period i dag."
      })
  private String period;

  @Option(
      names = "--from",
      paramLabel = "<föregående>",
      description = "Föregående periods arbetsbok eller CSV-mapp att föra vidare.")
  private Path from;

  @Option(
      names = "--kind",
      paramLabel = "<rapporttyp>",
      completionCandidates = KindNames.class,
      description =
          "Rapporttyp: ${COMPLETION-CANDIDATES} (standard: delarsbilaga); arbetsboken får den"
              + " typens blad.")
  private String kind;

  @Option(names = "--force", description = "Skriv över en befintlig fil.")
  private boolean force;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    return make(spec, from, target, period, kind, force);
  }

  /**
   * Makes the workbook ({@link NewWorkbook}) and prints what was written, or the previous input's
   * findings; shared with {@code next-period}.
   *
   * @param previous the previous period's input, or null for an empty workbook
   * @param kind {@code --kind}, or null
   * @return the exit code
   */
  static int make(
      CommandSpec spec, Path previous, Path target, String period, String kind, boolean force) {
    String name = target.getFileName() == null ? "" : target.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new ParameterException(spec.commandLine(), CliMessages.get("init.notXlsx", target));
    }
    ReportKinds kinds = ReportKinds.BUILT_IN;
    ReportKindModule chosen =
        kind == null
            ? kinds.fallbackModule()
            : kinds
                .module(kind)
                .orElseThrow(
                    () ->
                        new ParameterException(
                            spec.commandLine(),
                            CliMessages.get("init.badKind", kind, orList(kinds.names()))));
    NewWorkbook.Outcome outcome;
    try {
      NewWorkbook maker = new NewWorkbook(kinds);
      outcome =
          previous == null
              ? maker.empty(target, chosen, period(chosen, period), LocalDate.now(), force)
              : maker.nextIn(previous, target, module -> period(module, period), kind, force);
    } catch (WorkbookException e) {
      throw new UserException(e.getMessage());
    } catch (InvalidValueException e) {
      // A period the kind does not take: the usage error every period option gives.
      throw new ParameterException(
          spec.commandLine(), CliMessages.get("usage.badOption", "--period", e.getMessage()));
    }
    PrintWriter err = spec.commandLine().getErr();
    if (outcome instanceof NewWorkbook.Unreadable unreadable) {
      unreadable.findings().forEach(f -> err.println(f.line()));
      err.println(CliMessages.get("init.fromErrors", previous, target));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    NewWorkbook.Made made = (NewWorkbook.Made) outcome;
    made.warnings().forEach(f -> err.println(f.line()));
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        CliMessages.get(
            "init.done",
            target,
            made.report().info().period().code(),
            module(kinds, made.report()).contents(made.report())));
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code --period} as the kind reads it, or null when not given. */
  private static Period period(ReportKindModule kind, String text) {
    return text == null ? null : kind.period(text);
  }

  private static ReportKindModule module(ReportKinds kinds, Report report) {
    return kinds.module(report.info().kind()).orElse(kinds.fallbackModule());
  }

  /** "a, b eller c". */
  private static String orList(List<String> names) {
    if (names.size() < 2) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " eller "
        + names.get(names.size() - 1);
  }
}
