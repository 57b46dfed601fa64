package se.tertial.text;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import se.tertial.rules.TargetRule;

/** The {@code "rule"} object of the evaluate JSON: its type and the fields of that type. */
final class RuleJson {
  private RuleJson() {}

  static void write(JsonGenerator json, TargetRule rule) throws IOException {
    json.writeObjectFieldStart("rule");
    json.writeStringField("type", rule.type());
    if (rule instanceof TargetRule.Threshold t) {
      threshold(json, t);
    } else if (rule instanceof TargetRule.Deadline d) {
      threshold(json, d.threshold());
      json.writeFieldName("year");
      if (d.year() == null) {
        json.writeNull();
      } else {
        json.writeNumber(d.year());
      }
      json.writeNumberField("month", d.month());
    } else if (rule instanceof TargetRule.PerSex p) {
      json.writeObjectFieldStart("K");
      threshold(json, p.women());
      json.writeEndObject();
      json.writeObjectFieldStart("M");
      threshold(json, p.men());
      json.writeEndObject();
    } else if (rule instanceof TargetRule.Direction d) {
      json.writeStringField("better", d.better().code());
      json.writeBooleanField("keep", d.keep());
      baseYear(json, d.baseYear());
    } else if (rule instanceof TargetRule.RelativeChange r) {
      json.writeStringField("better", r.better().code());
      EvaluationJsonWriter.number(json, "percent", r.percent());
      baseYear(json, r.baseYear());
    } else if (rule instanceof TargetRule.Reference r) {
      json.writeStringField("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
      json.writeStringField("reference", r.reference());
      json.writeStringField("better", r.better().code());
    } else if (rule instanceof TargetRule.NotAssessable n) {
      json.writeStringField("reason", n.reason());
    }
    json.writeEndObject();
  }

  private static void threshold(JsonGenerator json, TargetRule.Threshold t) throws IOException {
    EvaluationJsonWriter.number(json, "value", t.value());
    json.writeStringField("unit", t.unit());
    json.writeStringField("bound", t.bound().code());
  }

  private static void baseYear(JsonGenerator json, Integer year) throws IOException {
    json.writeFieldName("baseYear");
    if (year == null) {
      json.writeNull();
    } else {
      json.writeNumber(year);
    }
  }
}
