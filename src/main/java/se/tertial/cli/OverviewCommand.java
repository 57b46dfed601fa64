package se.tertial.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.tertial.batch.BatchException;
import se.tertial.batch.BatchManifest;
import se.tertial.batch.OverviewRun;
import se.tertial.files.AtomicFiles;
import se.tertial.files.OutputException;
import se.tertial.files.OutputNames;
import se.tertial.files.OutputPolicy;
import se.tertial.model.Period;
import se.tertial.overview.OverviewBuilder;
import se.tertial.overview.OverviewJson;
import se.tertial.overview.OverviewViewModel;
import se.tertial.pdf.PdfDates;
import se.tertial.pdf.PdfException;
import se.tertial.render.RenderException;
import se.tertial.render.TemplateEngine;
import se.tertial.render.TemplateRenderer;
import se.tertial.workflow.InputPipeline;

/**
 * {@code tertial overview}: one document over every unit of a manifest for one period — which units
 * meet which goals, where it got worse, where women and men differ most, which actions are late —
 * with the units that errors kept out listed by name.
 */
@Command(
    name = "overview",
    mixinStandardHelpOptions = true,
    description = "Skriv en översikt över alla enheter i ett manifest för en period.")
final class OverviewCommand implements Callable<Integer> {

  /** The overview's formats. */
  enum Format {
    pdf,
    html,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MANIFEST", description = "Batchmanifestet (YAML/JSON).")
  Path manifest;

  @Option(
      names = "--period",
      paramLabel = "P",
      converter = OnePeriodConverter.class,
      description =
          "Perioden, för verksamhetsplaner även ett år, t.ex. 2026 (standard: den första enhetens"
              + " period i bladet Rapport).")
  OnePeriodConverter.OnePeriod period;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FIL",
      description = "Utfilen (standard: oversikt-<period>.<format> i manifestets mapp).")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "pdf (standard), html eller json.")
  Format format;

  @Option(
      names = "--templates",
      paramLabel = "MAPP",
      description = "En egen mallmapp med oversikt.ftl.")
  Path templates;

  @Option(names = "--strict", description = "Slutkod 1 om någon enhet inte kunde tas med.")
  boolean strict;

  @Mixin JudgementOptions judgement;

  @Override
  public Integer call() {
    try {
      return write();
    } catch (BatchException | OutputException | RenderException | PdfException e) {
      // A manifest, template folder or output the user must fix: exit 2, never "Internt fel".
      throw new UserException(e.getMessage());
    }
  }

  private int write() {
    BatchManifest read = BatchManifest.read(manifest);
    OverviewRun.Units units =
        OverviewRun.judge(
            read,
            period == null ? null : period.in("--period"),
            new InputPipeline(judgement.options()));
    OverviewViewModel overview =
        OverviewBuilder.build(units.units(), units.period(), units.organisation());
    Format chosen = chosenFormat();
    Path target =
        output != null
            ? output
            : read.base().resolve(OutputNames.of("oversikt", units.period(), chosen.name()));
    OutputPolicy.protecting(List.of(manifest)).check(target);
    AtomicFiles.write(target, bytes(overview, chosen, units.period()));
    var err = spec.commandLine().getErr();
    for (OverviewViewModel.LeftOut unit : overview.leftOut()) {
      err.println(CliMessages.get("overview.leftOut", unit.unit(), unit.problems().size()));
    }
    err.flush();
    var out = spec.commandLine().getOut();
    out.println(
        CliMessages.get(
            "overview.written", target, overview.units().size(), overview.leftOut().size()));
    out.flush();
    return strict && !overview.leftOut().isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private Format chosenFormat() {
    if (format != null) {
      return format;
    }
    String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json")
        ? Format.json
        : name.endsWith(".html") || name.endsWith(".htm") ? Format.html : Format.pdf;
  }

  private byte[] bytes(OverviewViewModel overview, Format chosen, Period judged) {
    if (chosen == Format.json) {
      return OverviewJson.write(overview).getBytes(StandardCharsets.UTF_8);
    }
    TemplateRenderer renderer =
        new TemplateRenderer(
            templates == null ? TemplateEngine.bundled() : TemplateEngine.fromDirectory(templates));
    if (chosen == Format.html) {
      return renderer
          .xhtml(overview, "oversikt.ftl", false, false)
          .getBytes(StandardCharsets.UTF_8);
    }
    PdfDates dates = PdfDates.of(System.getenv("SOURCE_DATE_EPOCH"), null, judged);
    return renderer.pdf(overview, "oversikt.ftl", false, dates);
  }
}
