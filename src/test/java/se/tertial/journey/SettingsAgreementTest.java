package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.cli.TertialCommand;
import se.tertial.model.Judgement;
import se.tertial.rules.Trend;
import se.tertial.view.Symbol;

/**
 * {@code render} and {@code evaluate} under the same non-default settings (tolerance 25 %, trends
 * against the previous period) tell the same story: every measure's judgements and trends in the
 * PDF's text equal those of the JSON, and the PDF's legend states the settings used.
 */
class SettingsAgreementTest {
  private static final String SAMPLE = "sample-data/lansjukvard2/lansjukvard2.xlsx";
  private static final String[] SETTINGS = {"--tolerance", "25", "--trend-base", "previous-period"};

  @TempDir Path dir;

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(exit).as(err.toString()).isZero();
    return out.toString();
  }

  private static JsonNode evaluate(String... settings) throws IOException {
    List<String> args = new ArrayList<>(List.of("evaluate", SAMPLE, "--format", "json"));
    args.addAll(List.of(settings));
    return new ObjectMapper().readTree(run(args.toArray(String[]::new)));
  }

  /** Every symbol code of judgements and trends, by the text the PDF prints: "● Uppfyllt". */
  private static Map<String, String> codesByText() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (Judgement j : Judgement.values()) {
      Symbol s = Symbol.of(j);
      codes.put(s.glyph() + " " + s.label(), s.code());
    }
    for (Trend t : Trend.values()) {
      Symbol s = Symbol.of(t);
      codes.put(s.glyph() + " " + s.label(), s.code());
    }
    return codes;
  }

  /**
   * The judgement and trend codes as evaluate's JSON gives them, measure by measure in input order:
   * K and M for measures judged per sex (one judgement when set by hand), else the total.
   */
  private static List<String> expected(JsonNode json) {
    List<String> codes = new ArrayList<>();
    for (JsonNode m : json.get("measures")) {
      JsonNode k = m.get("bySex").get("K");
      JsonNode men = m.get("bySex").get("M");
      boolean bySex = k != null && !k.isNull();
      if (bySex && m.get("manual").isNull()) {
        codes.add(k.get("judgement").asText());
        codes.add(men.get("judgement").asText());
      } else {
        codes.add(m.get("judgement").asText());
      }
      if (bySex) {
        codes.add(k.get("trend").asText());
        codes.add(men.get("trend").asText());
      } else {
        codes.add(m.get("trend").asText());
      }
    }
    return codes;
  }

  /**
   * The same, read from the PDF: every judgement and trend symbol printed in the measure tables,
   * from the first perspective's chapter to the legend, in reading order (the tables follow the
   * input's order; action statuses use other words).
   */
  private static List<String> printed(String text) {
    Map<String, String> codes = codesByText();
    Pattern symbol =
        Pattern.compile(
            String.join(
                "|",
                codes.keySet().stream()
                    .map(t -> Pattern.quote(t).replace(" ", "\\E\\s+\\Q"))
                    .toList()));
    int from = text.indexOf("Perspektivet Medborgare beskriver");
    int to = text.lastIndexOf("Teckenförklaring");
    assertThat(from).isPositive().isLessThan(to);
    List<String> found = new ArrayList<>();
    Matcher m = symbol.matcher(text.substring(from, to));
    while (m.find()) {
      found.add(codes.get(m.group().replaceAll("\\s+", " ")));
    }
    return found;
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      return new PDFTextStripper()
          .getText(doc)
          .replace('\u00a0', ' ')
          .replace("\u00ad", "")
          .replaceAll("\\s+", " ");
    }
  }

  @Test
  void renderAndEvaluateAgreeOnEveryMeasureUnderNonDefaultSettings() throws IOException {
    JsonNode json = evaluate(SETTINGS);
    JsonNode defaults = evaluate();
    // The settings matter for this input, or the test would prove nothing.
    assertThat(expected(json)).isNotEqualTo(expected(defaults));
    assertThat(json.get("report").get("tolerance").asInt()).isEqualTo(25);
    assertThat(json.get("report").get("trendBase").asText()).isEqualTo("previous-period");

    Path pdf = dir.resolve("bilaga.pdf");
    List<String> args = new ArrayList<>(List.of("render", SAMPLE, "-o", pdf.toString()));
    args.addAll(List.of(SETTINGS));
    run(args.toArray(String[]::new));
    String text = pdfText(pdf);

    assertThat(printed(text)).containsExactlyElementsOf(expected(json));
    String legend = text.substring(text.lastIndexOf("Teckenförklaring"));
    assertThat(legend)
        .contains("Utveckling jämfört med föregående period")
        .contains("toleransgränsen 25 % av målvärdet")
        .doesNotContain("samma period föregående år");
  }

  @Test
  void theLegendStatesTheRapportSheetsSettingsByDefault() throws IOException {
    Path pdf = dir.resolve("standard.pdf");
    run("render", SAMPLE, "-o", pdf.toString());
    String legend = pdfText(pdf);
    legend = legend.substring(legend.lastIndexOf("Teckenförklaring"));
    assertThat(legend)
        .contains("Utveckling jämfört med samma period föregående år")
        .contains("toleransgränsen 10 % av målvärdet");
  }
}
