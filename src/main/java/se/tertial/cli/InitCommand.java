package se.tertial.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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
import se.tertial.model.Period;
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
      converter = PeriodConverter.class,
      description = {
        "Rapportperiod, t.ex. 2022-T2. Standard: med --from perioden efter den föregående "
            + "(T1 → T2 → ÅR → nästa års T1), annars tertialet som pågår i dag."
      })
  private Period period;

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
      CommandSpec spec, Path previous, Path target, Period period, String kind, boolean force) {
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
              ? maker.empty(target, chosen, period, LocalDate.now(), force)
              : maker.next(previous, target, period, kind, force);
    } catch (WorkbookException e) {
      throw new UserException(e.getMessage());
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
            made.report().measures().size(),
            made.report().actions().size()));
    out.flush();
    return ExitCodes.OK;
  }

  /** "a, b eller c". */
  private static String orList(java.util.List<String> names) {
    if (names.size() < 2) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " eller "
        + names.get(names.size() - 1);
  }
}
