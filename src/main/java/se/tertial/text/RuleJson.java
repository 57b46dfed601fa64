package se.tertial.text;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import se.tertial.rules.Due;
import se.tertial.rules.RuleParaphrase;
import se.tertial.rules.TargetRule;

/** The {@code "rule"} object of the evaluate JSON: its type and the fields of that type. */
final class RuleJson {
  private RuleJson() {}

  // Long on purpose: one branch per rule type of the sealed TargetRule, each a few fields, so the
  // JSON of every type can be read against the schema in one place.
  static void write(JsonGenerator json, TargetRule rule) throws IOException {
    json.writeObjectFieldStart("rule");
    json.writeStringField("type", rule.type());
    json.writeStringField("reading", RuleParaphrase.of(rule));
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
      due(json, p.due());
    } else if (rule instanceof TargetRule.Range r) {
      EvaluationJsonWriter.number(json, "low", r.low());
      EvaluationJsonWriter.number(json, "high", r.high());
      json.writeStringField("unit", r.unit());
    } else if (rule instanceof TargetRule.ReferenceOffset o) {
      json.writeStringField("reference", o.reference());
      EvaluationJsonWriter.number(json, "delta", o.delta());
      json.writeBooleanField("relative", o.relative());
      json.writeStringField("unit", o.unit());
      json.writeStringField("bound", o.bound().code());
    } else if (rule instanceof TargetRule.Direction d) {
      json.writeStringField("better", d.better().code());
      json.writeBooleanField("keep", d.keep());
      json.writeStringField("base", d.base().code());
      baseYear(json, d.baseYear());
      due(json, d.due());
    } else if (rule instanceof TargetRule.Change c) {
      json.writeBooleanField("increase", c.increase());
      EvaluationJsonWriter.number(json, "amount", c.amount());
      json.writeBooleanField("relative", c.relative());
      json.writeStringField("unit", c.unit());
      json.writeStringField("bound", c.bound().code());
      json.writeStringField("better", c.better().code());
      json.writeStringField("base", c.base().code());
      baseYear(json, c.baseYear());
      due(json, c.due());
    } else if (rule instanceof TargetRule.Rank r) {
      json.writeNumberField("top", r.top());
      json.writeBooleanField("share", r.share());
      json.writeStringField("reference", r.reference());
    } else if (rule instanceof TargetRule.Balance b) {
      json.writeStringField("bound", b.bound().code());
      json.writeBooleanField("budget", b.budget());
    } else if (rule instanceof TargetRule.Reference r) {
      json.writeStringField("kind", r.kind().name().toLowerCase(Locale.ROOT));
      json.writeStringField("reference", r.reference());
      json.writeStringField("better", r.better().code());
    } else if (rule instanceof TargetRule.Gap g) {
      json.writeObjectFieldStart("onGap");
      write(json, g.onGap());
      json.writeEndObject();
    } else if (rule instanceof TargetRule.PerYear p) {
      json.writeArrayFieldStart("years");
      for (var year : p.years().entrySet()) {
        json.writeStartObject();
        json.writeNumberField("year", year.getKey());
        write(json, year.getValue());
        json.writeEndObject();
      }
      json.writeEndArray();
    } else if (rule instanceof TargetRule.NotAssessable n) {
      json.writeStringField("reason", n.reason());
      json.writeStringField("refusal", n.refusal().code());
      json.writeArrayFieldStart("words");
      for (String w : n.words()) {
        json.writeString(w);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void threshold(JsonGenerator json, TargetRule.Threshold t) throws IOException {
    EvaluationJsonWriter.number(json, "value", t.value());
    json.writeStringField("unit", t.unit());
    json.writeStringField("bound", t.bound().code());
  }

  private static void due(JsonGenerator json, Due due) throws IOException {
    if (due == null) {
      json.writeNullField("due");
    } else {
      json.writeStringField("due", due.code());
    }
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
