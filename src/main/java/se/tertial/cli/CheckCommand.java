package se.tertial.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code tertial check}: reads and validates a workbook and lists every finding. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Kontrollera indata och lista alla anmärkningar.")
final class CheckCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("check is not built yet");
  }
}
