package se.tertial.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.tertial.model.Finding;
import se.tertial.workflow.InputPipeline;

/**
 * {@code tertial check}: the input pipeline without output — reads, validates and judges a workbook
 * and lists every finding, so {@code --strict} fails exactly where {@code render} would warn.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Kontrollera indata och lista alla anmärkningar.")
final class CheckCommand implements Callable<Integer> {

  /** Output formats of {@code --format}. */
  enum Format {
    TEXT,
    JSON
  }

  @Mixin InputOptions source;

  @Option(names = "--strict", description = "Slutkod 1 även när det bara finns varningar.")
  private boolean strict;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description = "Utdataformat: text (standard) eller json.")
  private Format format = Format.TEXT;

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    InputPipeline.Loaded loaded = source.load(source.pipeline());
    List<Finding> findings = loaded.findings();
    long errors = loaded.errors();
    long warnings = loaded.warnings();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(FindingsJson.write(source.input.toString(), findings, errors, warnings));
    } else {
      findings.forEach(f -> out.println(f.line()));
      out.println(
          findings.isEmpty()
              ? CliMessages.get("check.ok")
              : CliMessages.get("check.summary", errors, warnings));
    }
    out.flush();
    if (errors > 0) {
      return ExitCodes.BAD_INPUT;
    }
    return strict && warnings > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
