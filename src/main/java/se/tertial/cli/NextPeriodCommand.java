package se.tertial.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tertial next-period <föregående> <ny.xlsx>}: {@code init --from} with both files as
 * arguments, for the step an analyst takes at every tertial close.
 */
@Command(
    name = "next-period",
    mixinStandardHelpOptions = true,
    description = {
      "Skapa nästa periods arbetsbok utifrån föregående (samma som init --from).",
      "Styrmått, mål, åtgärder och texter följer med, tidigare utfall och status står kvar och "
          + "tomma rader läggs till för den nya perioden."
    })
final class NextPeriodCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "<föregående>",
      description = "Föregående periods arbetsbok eller CSV-mapp.")
  private Path previous;

  @Parameters(index = "1", paramLabel = "<ny.xlsx>", description = "Arbetsboken som skapas.")
  private Path target;

  @Option(
      names = "--period",
      paramLabel = "<period>",
      description =
          "Den nya perioden i rapporttypens form, t.ex. 2022-T2 eller 2027 för en verksamhetsplan"
              + " (standard: perioden efter den föregående).")
  private String period;

  @Option(names = "--force", description = "Skriv över en befintlig fil.")
  private boolean force;

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return InitCommand.make(spec, previous, target, period, null, force);
  }
}
