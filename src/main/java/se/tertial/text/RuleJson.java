package se.tertial.text;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import se.tertial.rules.AppliesFrom;
import se.tertial.rules.Balance;
import se.tertial.rules.Change;
import se.tertial.rules.Deadline;
import se.tertial.rules.Direction;
import se.tertial.rules.Due;
import se.tertial.rules.Gap;
import se.tertial.rules.NotAssessable;
import se.tertial.rules.PerSex;
import se.tertial.rules.PerYear;
import se.tertial.rules.Range;
import se.tertial.rules.Rank;
import se.tertial.rules.Reference;
import se.tertial.rules.ReferenceOffset;
import se.tertial.rules.RuleParaphrase;
import se.tertial.rules.TargetRule;
import se.tertial.rules.Threshold;

/** The {@code "rule"} object of the evaluate JSON: its type and the fields of that type. */
final class RuleJson {
  private RuleJson() {}

  /**
   * Writes the rule object: its type, its reading and the fields of its family (levels, change,
   * comparisons, rules made of rules, the refusal), so the JSON of every type reads against the
   * schema family by family.
   */
  static void write(JsonGenerator json, TargetRule rule) throws IOException {
    json.writeObjectFieldStart("rule");
    json.writeStringField("type", rule.type());
    json.writeStringField("reading", RuleParaphrase.of(rule));
    if (!level(json, rule) && !change(json, rule) && !comparison(json, rule)) {
      composite(json, rule);
    }
    json.writeEndObject();
  }

  /** Threshold, deadline, per sex and range: the level(s) to reach. */
  private static boolean level(JsonGenerator json, TargetRule rule) throws IOException {
    if (rule instanceof Threshold t) {
      threshold(json, t);
    } else if (rule instanceof Deadline d) {
      threshold(json, d.threshold());
      nullableNumber(json, "year", d.year());
      json.writeNumberField("month", d.month());
    } else if (rule instanceof PerSex p) {
      json.writeObjectFieldStart("K");
      threshold(json, p.women());
      json.writeEndObject();
      json.writeObjectFieldStart("M");
      threshold(json, p.men());
      json.writeEndObject();
      due(json, p.due());
    } else if (rule instanceof Range r) {
      EvaluationJsonWriter.number(json, "low", r.low());
      EvaluationJsonWriter.number(json, "high", r.high());
      json.writeStringField("unit", r.unit());
      if (!r.closed()) {
        // Only for an end not included ("Över 70 men under 80 %").
        json.writeStringField("lowBound", r.lowBound().code());
        json.writeStringField("highBound", r.highBound().code());
      }
      if (r.due() != null) {
        // Only when written: the JSON of an interval that applies now stays as it was.
        json.writeStringField("due", r.due().code());
      }
    } else {
      return false;
    }
    return true;
  }

  /** Direction and change: a move against a base. */
  private static boolean change(JsonGenerator json, TargetRule rule) throws IOException {
    if (rule instanceof Direction d) {
      json.writeStringField("better", d.better().code());
      json.writeBooleanField("keep", d.keep());
      json.writeStringField("base", d.base().code());
      nullableNumber(json, "baseYear", d.baseYear());
      due(json, d.due());
    } else if (rule instanceof Change c) {
      json.writeBooleanField("increase", c.increase());
      EvaluationJsonWriter.number(json, "amount", c.amount());
      json.writeBooleanField("relative", c.relative());
      json.writeStringField("unit", c.unit());
      json.writeStringField("bound", c.bound().code());
      json.writeStringField("better", c.better().code());
      json.writeStringField("base", c.base().code());
      nullableNumber(json, "baseYear", c.baseYear());
      due(json, c.due());
    } else {
      return false;
    }
    return true;
  }

  /** Reference offset, rank, balance and reference: against something outside the measure. */
  private static boolean comparison(JsonGenerator json, TargetRule rule) throws IOException {
    if (rule instanceof ReferenceOffset o) {
      json.writeStringField("reference", o.reference());
      EvaluationJsonWriter.number(json, "delta", o.delta());
      json.writeBooleanField("relative", o.relative());
      json.writeStringField("unit", o.unit());
      json.writeStringField("bound", o.bound().code());
    } else if (rule instanceof Rank r) {
      json.writeNumberField("top", r.top());
      json.writeBooleanField("share", r.share());
      json.writeStringField("reference", r.reference());
    } else if (rule instanceof Balance b) {
      json.writeStringField("bound", b.bound().code());
      json.writeBooleanField("budget", b.budget());
    } else if (rule instanceof Reference r) {
      json.writeStringField("kind", r.kind().name().toLowerCase(Locale.ROOT));
      json.writeStringField("reference", r.reference());
      json.writeStringField("better", r.better().code());
    } else {
      return false;
    }
    return true;
  }

  /** The gap and a target per year (each holding rules), and the refusal. */
  private static void composite(JsonGenerator json, TargetRule rule) throws IOException {
    if (rule instanceof Gap g) {
      json.writeObjectFieldStart("onGap");
      write(json, g.onGap());
      json.writeEndObject();
    } else if (rule instanceof PerYear p) {
      json.writeArrayFieldStart("years");
      for (var year : p.years().entrySet()) {
        json.writeStartObject();
        json.writeNumberField("year", year.getKey());
        write(json, year.getValue());
        json.writeEndObject();
      }
      json.writeEndArray();
    } else if (rule instanceof AppliesFrom f) {
      json.writeNumberField("fromYear", f.year());
      json.writeObjectFieldStart("level");
      write(json, f.rule());
      json.writeEndObject();
    } else if (rule instanceof NotAssessable n) {
      json.writeStringField("reason", n.reason());
      json.writeStringField("refusal", n.refusal().code());
      json.writeArrayFieldStart("words");
      for (String w : n.words()) {
        json.writeString(w);
      }
      json.writeEndArray();
    }
  }

  private static void threshold(JsonGenerator json, Threshold t) throws IOException {
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

  private static void nullableNumber(JsonGenerator json, String field, Integer value)
      throws IOException {
    json.writeFieldName(field);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value);
    }
  }
}
