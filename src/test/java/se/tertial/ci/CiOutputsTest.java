package se.tertial.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The CI formats of {@code check} on a generated repository of five units over three periods (unit
 * 3 broken, unit 5 without one outcome in 2022-T2): each validates against its published schema —
 * JSON against docs/findings.schema.json, JUnit XML against the Ant/Jenkins XSD, SARIF against the
 * OASIS SARIF 2.1.0 schema — and the GitHub workflow commands are pinned line by line.
 */
class CiOutputsTest extends CiRepositoryTest {

  private String manifest() {
    return root.resolve("region.yaml").toString();
  }

  @Test
  void jsonOfCheckFollowsTheFindingsSchemaWithEveryUnitAndPeriod() throws IOException {
    int exit = run("check", "--manifest", manifest(), "--format", "json");

    assertThat(exit).as(err).isEqualTo(2);
    assertThat(errors(findingsSchema(), out)).isEmpty();
    assertThat(errors(findingsSchema(), out.replace("\"state\" : \"ok\"", "\"state\" : \"fine\"")))
        .isNotEmpty();
    JsonNode json = new ObjectMapper().readTree(out);
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    assertThat(json.get("warnings").asInt()).isEqualTo(1);
    // Four readable units × three periods, and the broken unit once, without a period.
    assertThat(json.at("/counts/total").asInt()).isEqualTo(13);
    assertThat(json.at("/counts/failed").asInt()).isEqualTo(1);
    assertThat(json.at("/counts/warnings").asInt()).isEqualTo(1);
    JsonNode broken = json.get("reports").get(6);
    assertThat(broken.get("input").asText()).endsWith("enheter/enhet-03.xlsx");
    assertThat(broken.get("period").isNull()).isTrue();
    assertThat(broken.at("/findings/0/code").asText()).isEqualTo("number.invalid");
    assertThat(broken.at("/findings/0/sheet").asText()).isEqualTo("Utfall");
    assertThat(broken.at("/findings/0/row").asInt()).isEqualTo(2);
    assertThat(broken.at("/findings/0/column").asText()).isEqualTo("Kvinnor");
  }

  @Test
  void junitHasACasePerUnitAndPeriodAndAFailurePerErrorOrStrictWarning() throws Exception {
    assertThat(run("check", "--manifest", manifest(), "--format", "junit")).isEqualTo(2);
    String lenient = out;
    assertThat(run("check", "--manifest", manifest(), "--format", "junit", "--strict"))
        .isEqualTo(2);
    String strict = out;

    for (String xml : List.of(lenient, strict)) {
      validateJunit(xml);
    }
    assertThatThrownBy(() -> validateJunit(lenient.replace("<failure ", "<fail ")))
        .isInstanceOf(SAXException.class);
    Document doc = parse(lenient);
    assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(5);
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(13);
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    assertThat(lenient).contains("<system-out>varning: enhet-05.xlsx, blad Styrmått");
    Document strictDoc = parse(strict);
    assertThat(strictDoc.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(strict)
        .contains("type=\"outcome.missing\"")
        .contains("<testcase name=\"2022-T2\" classname=\"" + root + "/enheter/enhet-05.xlsx\">");
  }

  @Test
  void sarifValidatesAgainstTheSarif210SchemaWithALocationPerFinding() throws IOException {
    assertThat(run("check", "--manifest", manifest(), "--format", "sarif")).isEqualTo(2);

    JsonSchema sarif;
    try (InputStream schema = resource("ci/sarif-schema-2.1.0.json")) {
      sarif = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
    }
    assertThat(errors(sarif, out)).isEmpty();
    // The schema is really applied: a level SARIF does not know is refused.
    assertThat(errors(sarif, out.replace("\"level\" : \"warning\"", "\"level\" : \"fatal\"")))
        .isNotEmpty();
    JsonNode results = new ObjectMapper().readTree(out).at("/runs/0/results");
    assertThat(results).hasSize(2);
    JsonNode warning = results.get(1);
    assertThat(warning.get("level").asText()).isEqualTo("warning");
    assertThat(warning.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .endsWith("/enheter/enhet-05.xlsx");
    assertThat(warning.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("Styrmått/rad 6/ID");
    assertThat(warning.at("/properties/periods").toString()).isEqualTo("[\"2022-T2\"]");
  }

  @Test
  void sarifOfACsvFolderPointsAtTheLineOfTheCsvFile() throws IOException {
    assertThat(run("check", "sample-data/lansjukvard2/csv", "--format", "sarif")).isZero();

    JsonNode result = new ObjectMapper().readTree(out).at("/runs/0/results/1");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("sample-data/lansjukvard2/csv/atgardsstatus.csv");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(19);
  }

  @Test
  void githubWorkflowCommandsArePinned() {
    assertThat(run("check", "--manifest", manifest(), "--format", "github")).isEqualTo(2);

    String unit = root + "/enheter/enhet-0";
    assertThat(out.lines().limit(2))
        .containsExactly(
            "::error file="
                + unit
                + "3.xlsx,title=tertial number.invalid::enhet-03.xlsx, blad Utfall, rad 2,"
                + " kolumn Kvinnor: \"4l%25\" är inget tal",
            "::warning file="
                + unit
                + "5.xlsx,title=tertial outcome.missing (2022-T2)::enhet-05.xlsx, blad Styrmått,"
                + " rad 6, kolumn ID: styrmåttet M05 saknar utfall för 2022-T2");
    assertThat(out).contains("Kontroll klar: 5 enheter, 13 rapporter: 1 fel, 1 varning.");
  }

  @Test
  void githubCommandsEscapePercentLineBreaksAndPropertySeparators() {
    assertThat(GithubCommands.data("100 %\r\nrad 2: a,b")).isEqualTo("100 %25%0D%0Arad 2: a,b");
    assertThat(GithubCommands.property("Utfall, rad 2: 5 %\n"))
        .isEqualTo("Utfall%2C rad 2%3A 5 %25%0A");
  }

  @Test
  void junitStaysWellFormedWhateverACellHolds() throws Exception {
    assertThat(JunitXml.xmlSafe("a\u0001b\uD800c")).isEqualTo("a\uFFFDb\uFFFDc");
  }

  static JsonSchema findingsSchema() throws IOException {
    try (InputStream schema = Files.newInputStream(Path.of("docs/findings.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }
  }

  static Set<ValidationMessage> errors(JsonSchema schema, String json) throws IOException {
    return schema.validate(new ObjectMapper().readTree(json));
  }

  static void validateJunit(String xml) throws Exception {
    try (InputStream xsd = resource("ci/junit.xsd")) {
      SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
          .newSchema(new StreamSource(xsd))
          .newValidator()
          .validate(new StreamSource(new StringReader(xml)));
    }
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml)));
  }

  private static InputStream resource(String name) {
    return CiOutputsTest.class.getClassLoader().getResourceAsStream(name);
  }
}
