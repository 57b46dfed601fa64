package se.tertial.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.tertial.rules.ReportEvaluation;

class EvaluationJsonWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final ReportEvaluation evaluation = SampleEvaluation.build();
  private final String json = EvaluationJsonWriter.toJson(evaluation);

  @Test
  void outputValidatesAgainstTheDocumentedSchema() throws Exception {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(Path.of("docs/evaluate.schema.json")));
    Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(json));
    assertThat(errors).isEmpty();
  }

  @Test
  void schemaRejectsAStringWhereANumberBelongs() throws Exception {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(Path.of("docs/evaluate.schema.json")));
    String broken = json.replaceFirst("\"value\" : 41,", "\"value\" : \"41\",");
    assertThat(broken).isNotEqualTo(json);
    assertThat(schema.validate(MAPPER.readTree(broken))).isNotEmpty();
  }

  @Test
  void topLevelKeysComeInTheDocumentedOrder() throws Exception {
    List<String> keys = new ArrayList<>();
    MAPPER.readTree(json).fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly("report", "period", "measures", "actions", "summary", "findings");
  }

  @Test
  void valuesAreJsonNumbersWithTheWrittenScaleAndNullWhenAbsent() throws Exception {
    JsonNode m03 = measure("M03");
    assertThat(m03.at("/bySex/K/value").isNumber()).isTrue();
    assertThat(m03.at("/bySex/K/value").decimalValue()).isEqualByComparingTo("14.5");
    assertThat(json).contains("\"value\" : 14.5,").contains("\"value\" : 41,");
    assertThat(m03.get("total").isNull()).isTrue();
    assertThat(measure("M04").at("/bySex/K").isNull()).isTrue();
  }

  @Test
  void perSexMeasureCarriesBothJudgementsAndTheRule() throws Exception {
    JsonNode m03 = measure("M03");
    assertThat(m03.get("judgement").asText()).isEqualTo("met");
    assertThat(m03.at("/rule/type").asText()).isEqualTo("per_sex");
    assertThat(m03.at("/rule/K/value").decimalValue()).isEqualByComparingTo("16.0");
    assertThat(m03.at("/bySex/M/trend").asText()).isEqualTo("improved");
  }

  @Test
  void manualJudgementIsKeptNextToTheComputedOne() throws Exception {
    JsonNode m04 = measure("M04");
    assertThat(m04.get("judgement").asText()).isEqualTo("partly_met");
    assertThat(m04.get("computed").asText()).isEqualTo("not_met");
    assertThat(m04.get("manual").asText()).isEqualTo("partly_met");
    JsonNode codes = MAPPER.readTree(json).get("findings");
    assertThat(codes.findValuesAsText("code"))
        .contains("judgement.manual_differs", "rule.not_assessable");
  }

  @Test
  void summaryCountsEveryMeasureOnce() throws Exception {
    JsonNode summary = MAPPER.readTree(json).get("summary");
    int total =
        summary.get("met").asInt()
            + summary.get("partly_met").asInt()
            + summary.get("not_met").asInt()
            + summary.get("not_assessed").asInt();
    assertThat(total).isEqualTo(evaluation.measures().size());
    assertThat(summary.at("/byPerspective/Verksamhet/met").isInt()).isTrue();
  }

  @Test
  void actionsCarryTheirStatusOrNull() throws Exception {
    JsonNode actions = MAPPER.readTree(json).get("actions");
    assertThat(actions.get(0).get("status").asText()).isEqualTo("on_track");
    assertThat(actions.get(1).get("status").isNull()).isTrue();
  }

  @Test
  void writingTwiceGivesTheSameBytes() {
    assertThat(EvaluationJsonWriter.toJson(evaluation)).isEqualTo(json);
  }

  private JsonNode measure(String id) throws Exception {
    for (JsonNode m : MAPPER.readTree(json).get("measures")) {
      if (m.get("id").asText().equals(id)) {
        return m;
      }
    }
    throw new AssertionError(id);
  }
}
