package se.tertial.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Polarity;
import se.tertial.rules.Refusal;
import se.tertial.rules.RuleFormat;
import se.tertial.rules.RuleSuggestion;
import se.tertial.rules.TargetRule;
import se.tertial.rules.TargetRuleParser;

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

  @Option(names = "--format", paramLabel = "text|json", description = "text (standard) eller json.")
  Format format = Format.text;

  @Override
  public Integer call() throws JsonProcessingException {
    Polarity polarity = polarity();
    String target = String.join(" ", words);
    TargetRuleParser.Parsed parsed = TargetRuleParser.read(target, polarity, enhet);
    TargetRule rule = parsed.rule();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(parsed));
    } else {
      out.println(CliMessages.get("rule.target", target));
      if (rule instanceof TargetRule.NotAssessable) {
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
    }
    out.flush();
    return exitCode(rule);
  }

  /** 0 for a rule, 1 for a deliberately open or empty target, 2 for a text that cannot be read. */
  static int exitCode(TargetRule rule) {
    if (!(rule instanceof TargetRule.NotAssessable n)) {
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

  private String json(TargetRuleParser.Parsed parsed) throws JsonProcessingException {
    TargetRule rule = parsed.rule();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", rule.text());
    m.put("type", rule.type());
    m.put("rule", RuleFormat.typed(rule));
    m.put("reading", parsed.paraphrase());
    m.put("subject", parsed.subject());
    m.put("suggestion", RuleSuggestion.nearest(rule.text(), polarity(), enhet).orElse(null));
    if (rule instanceof TargetRule.NotAssessable n) {
      m.put("refusal", n.refusal().code());
      m.put("words", n.words());
    } else {
      m.put("refusal", null);
      m.put("words", List.of());
    }
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
  }
}
