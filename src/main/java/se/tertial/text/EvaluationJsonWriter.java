package se.tertial.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import se.tertial.model.Action;
import se.tertial.model.Finding;
import se.tertial.model.FinishedAction;
import se.tertial.model.FollowUp;
import se.tertial.model.Judgement;
import se.tertial.model.JudgementSettings;
import se.tertial.model.Period;
import se.tertial.model.ReportInfo;
import se.tertial.model.Sex;
import se.tertial.rules.MeasureJudgement;
import se.tertial.rules.ReferenceValue;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.SexJudgement;
import se.tertial.rules.TrendComparison;

/**
 * Writes a {@link ReportEvaluation} as the stable JSON of {@code tertial evaluate --format json}
 * (documented in {@code docs/json-output.md}): pretty-printed UTF-8, keys in a fixed order, numbers
 * as JSON numbers with the scale they were written with, null when absent. Streams with Jackson's
 * generator so the key order is the code's order, not a mapper's.
 */
public final class EvaluationJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private EvaluationJsonWriter() {}

  /** The JSON as a string (for tests and small outputs). */
  public static String toJson(ReportEvaluation evaluation) {
    var bytes = new ByteArrayOutputStream();
    write(evaluation, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Writes the JSON in UTF-8, followed by a newline; does not close {@code out}. */
  public static void write(ReportEvaluation evaluation, OutputStream out) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      json.setPrettyPrinter(pretty);
      json.writeStartObject();
      report(json, evaluation.report().info(), evaluation.settings());
      json.writeStringField("period", evaluation.period().code());
      json.writeArrayFieldStart("measures");
      for (MeasureJudgement m : evaluation.measures()) {
        measure(json, m);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("actions");
      for (Action a : evaluation.report().actions()) {
        // An action finished earlier stays finished (FinishedAction), as in the PDF.
        var status = FinishedAction.statusIn(evaluation.report(), a.nr(), evaluation.period());
        json.writeStartObject();
        json.writeStringField("nr", a.nr());
        json.writeStringField("name", a.title());
        json.writeStringField("status", status.map(s -> s.state().code()).orElse(null));
        json.writeStringField("comment", status.map(s -> s.comment()).orElse(null));
        json.writeEndObject();
      }
      json.writeEndArray();
      summary(json, evaluation);
      json.writeArrayFieldStart("findings");
      for (Finding f : evaluation.findings()) {
        finding(json, f);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void report(JsonGenerator json, ReportInfo info, JudgementSettings settings)
      throws IOException {
    json.writeObjectFieldStart("report");
    json.writeStringField("title", info.title());
    json.writeStringField("organisation", info.organisation());
    json.writeStringField("unit", info.unit());
    json.writeStringField("period", info.period() == null ? null : info.period().code());
    json.writeStringField("documentId", info.documentId());
    json.writeStringField("version", info.version());
    json.writeStringField("responsible", info.responsible());
    json.writeStringField("preparedBy", info.preparedBy());
    json.writeStringField(
        "publicationDate",
        info.publicationDate() == null ? null : info.publicationDate().toString());
    // The settings the measures were judged with (options included), not only the sheet's.
    number(json, "tolerance", settings.tolerance());
    number(json, "absoluteTolerance", settings.absoluteTolerance());
    json.writeStringField("trendBase", settings.trendBase().code());
    json.writeStringField("kind", info.kind());
    json.writeEndObject();
  }

  private static void measure(JsonGenerator json, MeasureJudgement m) throws IOException {
    var measure = m.measure();
    json.writeStartObject();
    json.writeStringField("id", measure.id());
    json.writeStringField("perspective", measure.perspective());
    json.writeStringField("goal", measure.strategicGoal());
    json.writeStringField("successFactor", measure.successFactor());
    json.writeStringField("name", measure.name());
    json.writeStringField("target", m.rule().text());
    json.writeStringField("unit", measure.unit());
    json.writeStringField("polarity", measure.polarity().code());
    RuleJson.write(json, m.rule());
    json.writeStringField("judgement", m.judgement().code());
    json.writeStringField("computed", m.computed().code());
    json.writeStringField("trend", m.trend().code());
    json.writeBooleanField("due", m.due());
    json.writeStringField("followUp", m.due() ? null : FollowUp.parse(measure.followUp()).label());
    comparedWith(json, m.compared());
    referenceValue(json, m.reference());
    json.writeObjectFieldStart("bySex");
    breakdown(json, "K", m.bySex().get(Sex.WOMEN), m.isBySex());
    breakdown(json, "M", m.bySex().get(Sex.MEN), m.isBySex());
    json.writeEndObject();
    json.writeFieldName("total");
    SexJudgement total = m.bySex().get(Sex.TOTAL);
    if (total == null) {
      json.writeNull();
    } else {
      breakdownValue(json, total);
    }
    json.writeStringField("valueText", m.outcome().map(o -> o.valueText()).orElse(null));
    json.writeStringField("manual", m.manual().map(Judgement::code).orElse(null));
    json.writeStringField("explanation", m.explanation());
    json.writeEndObject();
  }

  /** What the trend compared with: the base, the period looked in and whether it had values. */
  private static void comparedWith(JsonGenerator json, Optional<TrendComparison> compared)
      throws IOException {
    json.writeFieldName("comparedWith");
    if (compared.isEmpty()) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("base", compared.get().base().code());
    json.writeStringField("period", compared.get().period().map(Period::code).orElse(null));
    json.writeEndObject();
  }

  /** The reference value the judgement was decided with, per breakdown. */
  private static void referenceValue(JsonGenerator json, Optional<ReferenceValue> reference)
      throws IOException {
    json.writeFieldName("referenceValue");
    if (reference.isEmpty()) {
      json.writeNull();
      return;
    }
    ReferenceValue r = reference.get();
    json.writeStartObject();
    json.writeStringField("name", r.name());
    json.writeStringField("written", r.written());
    number(json, "K", r.values().get(Sex.WOMEN));
    number(json, "M", r.values().get(Sex.MEN));
    number(json, "total", r.values().get(Sex.TOTAL));
    json.writeEndObject();
  }

  private static void breakdown(JsonGenerator json, String key, SexJudgement s, boolean judged)
      throws IOException {
    json.writeFieldName(key);
    if (s == null) {
      json.writeNull();
    } else {
      breakdownValue(json, s);
    }
  }

  private static void breakdownValue(JsonGenerator json, SexJudgement s) throws IOException {
    json.writeStartObject();
    number(json, "value", s.value());
    number(json, "comparison", s.comparison());
    json.writeStringField(
        "comparisonPeriod", s.comparisonPeriod() == null ? null : s.comparisonPeriod().code());
    json.writeStringField("judgement", s.judgement().code());
    json.writeStringField("trend", s.trend().code());
    json.writeEndObject();
  }

  private static void summary(JsonGenerator json, ReportEvaluation evaluation) throws IOException {
    json.writeObjectFieldStart("summary");
    counts(json, evaluation.counts());
    json.writeNumberField("not_due", evaluation.notDue());
    json.writeObjectFieldStart("byPerspective");
    Map<String, Integer> notDue = evaluation.notDueByPerspective();
    for (var entry : evaluation.countsByPerspective().entrySet()) {
      json.writeObjectFieldStart(entry.getKey());
      counts(json, entry.getValue());
      json.writeNumberField("not_due", notDue.getOrDefault(entry.getKey(), 0));
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void counts(JsonGenerator json, Map<Judgement, Integer> counts)
      throws IOException {
    for (Judgement j : Judgement.values()) {
      json.writeNumberField(j.code(), counts.getOrDefault(j, 0));
    }
  }

  private static void finding(JsonGenerator json, Finding f) throws IOException {
    json.writeStartObject();
    for (Map.Entry<String, Object> field : f.json().entrySet()) {
      json.writeFieldName(field.getKey());
      Object value = field.getValue();
      if (value == null) {
        json.writeNull();
      } else if (value instanceof Integer number) {
        json.writeNumber(number);
      } else {
        json.writeString(value.toString());
      }
    }
    json.writeEndObject();
  }

  static void number(JsonGenerator json, String name, BigDecimal value) throws IOException {
    json.writeFieldName(name);
    if (value == null) {
      json.writeNull();
    } else {
      // toPlainString keeps the written scale (8.4, 41) and never uses exponent notation.
      json.writeNumber(value.toPlainString());
    }
  }
}
