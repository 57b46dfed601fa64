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
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Polarity;
import se.tertial.model.TargetValue;
import se.tertial.rules.NotAssessable;
import se.tertial.rules.Refusal;
import se.tertial.rules.RuleFormat;
import se.tertial.rules.RuleSuggestion;
import se.tertial.rules.TargetRule;
import se.tertial.rules.TargetRuleParser;
import se.tertial.rules.ValueReading;

/**
 * {@code tertial rule "<mål>"}: shows how a target text is read — the typed rule and its Swedish
 * reading — or exactly why it cannot be judged. For analysts writing next year's plan. Exit 0 when
 * the text is a rule, 1 when it is deliberately open ("Under utredning", empty), 2 when it cannot
 * be read (unknown words, two readings, no direction).
 */
@Command(
    name = "rule",
    mixinStandardHelpOptions = true,
    description =
        "Visa hur en måltext tolkas (regel och läsning), eller varför den inte kan bedömas.")
final class RuleCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "<mål>",
      description = "Måltexten, t.ex. \"Minst 80 %%\" (flera ord utan citattecken fogas ihop).")
  List<String> words;

  @Option(
      names = "--riktning",
      paramLabel = "högre|lägre",
      description = "Riktning som i kolumnen Riktning: högre eller lägre är bättre.")
  String riktning;

  @Option(
      names = "--enhet",
      paramLabel = "<enhet>",
      description = "Måttets enhet som i kolumnen Enhet, t.ex. %%, st, placering.")
  String enhet = "";

  @Option(names = "--malvarde", paramLabel = "<målvärde>", descriptionKey = "malvarde")
  String malvarde;

  @Option(names = "--malar", paramLabel = "<år>", descriptionKey = "malar")
  String malar;

  @Option(names = "--format", paramLabel = "text|json", description = "text (standard) eller json.")
  Format format = Format.text;

  @Override
  public Integer call() throws JsonProcessingException {
    Polarity polarity = polarity();
    String target = String.join(" ", words);
    TargetRuleParser.Parsed parsed = TargetRuleParser.read(target, polarity, enhet);
    TargetRule rule = parsed.rule();
    Optional<ValueReading> withValue = withValue(target, polarity);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(parsed, withValue));
    } else {
      out.println(CliMessages.get("rule.target", target));
      if (rule instanceof NotAssessable) {
        out.println(CliMessages.get("rule.refused", parsed.paraphrase()));
        RuleSuggestion.nearest(target, polarity, enhet)
            .ifPresent(s -> out.println(CliMessages.get("rule.suggestion", s)));
      } else {
        out.println(CliMessages.get("rule.reading", parsed.paraphrase()));
        if (!parsed.subject().isEmpty()) {
          out.println(CliMessages.get("rule.subject", parsed.subject()));
        }
      }
      out.println(CliMessages.get("rule.typed", RuleFormat.typed(rule)));
      withValue.ifPresent(v -> printValue(out, v));
    }
    out.flush();
    return withValue.map(RuleCommand::exitCode).orElseGet(() -> exitCode(rule));
  }

  /** The reading the evaluator uses with Målvärde and Målår beside the text, and its warnings. */
  private void printValue(PrintWriter out, ValueReading v) {
    if (malvarde != null) {
      out.println(CliMessages.get("rule.malvarde", malvarde.strip()));
    }
    if (malar != null) {
      out.println(CliMessages.get("rule.malar", malar.strip()));
    }
    out.println(CliMessages.get("rule.judged", v.paraphrase()));
    if (!v.note().isEmpty()) {
      out.println(CliMessages.get("rule.note", v.note()));
    }
    out.println(CliMessages.get("rule.judgedTyped", RuleFormat.typed(v.rule())));
    v.warnings().forEach(w -> out.println(CliMessages.get("rule.warning", w)));
  }

  /**
   * With Målvärde or Målår: the exit code of the rule judged with, and at least 1 when a cell is
   * warned about (the text and Målvärde disagree, Målår unused).
   */
  static int exitCode(ValueReading v) {
    int code = exitCode(v.rule());
    return code == ExitCodes.OK && !v.warnings().isEmpty() ? ExitCodes.FINDINGS : code;
  }

  private Optional<ValueReading> withValue(String target, Polarity polarity) {
    if (malvarde == null && malar == null) {
      return Optional.empty();
    }
    TargetValue value = null;
    Integer year = null;
    try {
      if (malvarde != null) {
        value = TargetValue.parse(malvarde);
      }
    } catch (InvalidValueException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    try {
      if (malar != null) {
        year = TargetValue.parseYear(malar);
      }
    } catch (InvalidValueException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return Optional.of(ValueReading.read(target, polarity, enhet, value, year));
  }

  /** 0 for a rule, 1 for a deliberately open or empty target, 2 for a text that cannot be read. */
  static int exitCode(TargetRule rule) {
    if (!(rule instanceof NotAssessable n)) {
      return ExitCodes.OK;
    }
    return n.refusal() == Refusal.OPEN || n.refusal() == Refusal.EMPTY
        ? ExitCodes.FINDINGS
        : ExitCodes.BAD_INPUT;
  }

  private Polarity polarity() {
    if (riktning == null) {
      return Polarity.UNSPECIFIED;
    }
    try {
      return Polarity.parse(riktning);
    } catch (InvalidValueException e) {
      throw new ParameterException(
          spec.commandLine(), CliMessages.get("rule.badRiktning", riktning));
    }
  }

  private String json(TargetRuleParser.Parsed parsed, Optional<ValueReading> withValue)
      throws JsonProcessingException {
    TargetRule rule = parsed.rule();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", rule.text());
    m.put("type", rule.type());
    m.put("rule", RuleFormat.typed(rule));
    m.put("reading", parsed.paraphrase());
    m.put("subject", parsed.subject());
    m.put("suggestion", RuleSuggestion.nearest(rule.text(), polarity(), enhet).orElse(null));
    if (rule instanceof NotAssessable n) {
      m.put("refusal", n.refusal().code());
      m.put("words", n.words());
    } else {
      m.put("refusal", null);
      m.put("words", List.of());
    }
    withValue.ifPresent(
        v -> {
          Map<String, Object> judged = new LinkedHashMap<>();
          judged.put("malvarde", malvarde == null ? null : malvarde.strip());
          judged.put("malar", malar == null ? null : malar.strip());
          judged.put("rule", RuleFormat.typed(v.rule()));
          judged.put("reading", v.paraphrase());
          judged.put("fromValue", v.fromValue());
          judged.put("note", v.note());
          judged.put("warnings", v.warnings());
          m.put("judged", judged);
        });
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
  }
}
