package se.tertial.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.tertial.model.Period;

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
      description =
          "Rapporttyp: delarsbilaga (standard), uppdragsaterkoppling, manadsuppfoljning eller"
              + " verksamhetsplan; arbetsboken får den typens blad.")
  private String kind;

  @Option(names = "--force", description = "Skriv över en befintlig fil.")
  private boolean force;

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return new WorkbookInit(spec).run(target, from, period, force, LocalDate.now(), kind);
  }
}
