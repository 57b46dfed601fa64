package se.tertial.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.tertial.model.ActionState;
import se.tertial.model.Period;
import se.tertial.read.ReadResult;
import se.tertial.rules.PeriodDiff;
import se.tertial.rules.ReportEvaluation;
import se.tertial.workflow.InputPipeline;

/**
 * {@code tertial diff}: what changed between two periods of one workbook — judgements that moved,
 * actions that changed status, measures that lost their data. For CI review and the summary text.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Visa vad som ändrats mellan två perioder.")
final class DiffCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    table,
    json
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions source;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "P",
      converter = OnePeriodConverter.class,
      description = "Tidigare period (för en verksamhetsplan även ett år, t.ex. 2025).")
  OnePeriodConverter.OnePeriod from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "P",
      converter = OnePeriodConverter.class,
      description = "Senare period (för en verksamhetsplan även ett år, t.ex. 2026).")
  OnePeriodConverter.OnePeriod to;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (standard) eller json.")
  Format format = Format.table;

  @Override
  public Integer call() throws JsonProcessingException {
    InputPipeline pipeline = source.pipeline();
    ReadResult read = pipeline.read(source.input, source.period(), source.kind);
    Period earlier = InputOptions.confirmed(from.in("--from"), read, pipeline);
    Period later = InputOptions.confirmed(to.in("--to"), read, pipeline);
    PeriodDiff diff =
        PeriodDiff.between(judged(pipeline, read, earlier), judged(pipeline, read, later));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(diff));
    } else {
      table(diff, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The input judged for one of the two periods; errors end the command with every finding. */
  private static ReportEvaluation judged(InputPipeline pipeline, ReadResult read, Period period) {
    InputPipeline.Loaded loaded = pipeline.judge(read, period);
    if (loaded.hasErrors()) {
      throw new UserException(InputOptions.describe(loaded.findings()));
    }
    return loaded.evaluation().orElseThrow();
  }

  private static void table(PeriodDiff diff, PrintWriter out) {
    out.println(CliMessages.get("diff.heading", diff.from().label(), diff.to().label()));
    if (diff.isEmpty()) {
      out.println(CliMessages.get("diff.none"));
      return;
    }
    if (!diff.judgements().isEmpty()) {
      out.println();
      out.println(CliMessages.get("diff.judgements"));
      for (var change : diff.judgements()) {
        out.printf(
            "  %s %-8s %s → %s  %s%s%n",
            mark(change.movement()),
            change.measureId(),
            change.from().label(),
            change.to().label(),
            change.name(),
            change.improved() || change.worsened() ? "" : " (" + change.movement().label() + ")");
      }
    }
    if (!diff.statuses().isEmpty()) {
      out.println();
      out.println(CliMessages.get("diff.statuses"));
      for (var change : diff.statuses()) {
        out.printf(
            "  %-4s %s → %s  %s%n",
            change.nr(), label(change.from()), label(change.to()), change.title());
      }
    }
    if (!diff.newlyMissing().isEmpty()) {
      out.println();
      out.println(CliMessages.get("diff.missing", String.join(", ", diff.newlyMissing())));
    }
  }

  /** "+" better, "−" worse, "•" a judgement that is new or gone (neither better nor worse). */
  private static String mark(PeriodDiff.Movement movement) {
    return switch (movement) {
      case IMPROVED -> "+";
      case WORSENED -> "\u2212";
      case NEW, GONE -> "\u2022";
    };
  }

  private static String label(Optional<ActionState> state) {
    return state.map(ActionState::label).orElse(CliMessages.get("diff.noStatus"));
  }

  private static String json(PeriodDiff diff) throws JsonProcessingException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("from", diff.from().code());
    root.put("to", diff.to().code());
    root.put(
        "judgements",
        diff.judgements().stream()
            .map(
                c ->
                    ordered(
                        "id", c.measureId(),
                        "name", c.name(),
                        "from", c.from().code(),
                        "to", c.to().code(),
                        "improved", c.improved(),
                        "change", c.movement().code()))
            .toList());
    root.put(
        "statuses",
        diff.statuses().stream()
            .map(
                c ->
                    ordered(
                        "nr", c.nr(),
                        "title", c.title(),
                        "from", c.from().map(ActionState::code).orElse(null),
                        "to", c.to().map(ActionState::code).orElse(null)))
            .toList());
    root.put("newlyMissing", List.copyOf(diff.newlyMissing()));
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
