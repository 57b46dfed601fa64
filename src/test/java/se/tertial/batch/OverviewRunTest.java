package se.tertial.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.tertial.model.Period;
import se.tertial.overview.OverviewBuilder;
import se.tertial.overview.OverviewJson;
import se.tertial.overview.OverviewViewModel;
import se.tertial.pdf.PdfDates;
import se.tertial.render.PdfText;
import se.tertial.render.TemplateEngine;
import se.tertial.render.TemplateRenderer;
import se.tertial.render.VeraPdfAccess;
import se.tertial.rules.EvaluationOptions;
import se.tertial.text.EvaluationJsonWriter;
import se.tertial.workflow.InputPipeline;

/**
 * The overview over a region of generated units, one of them broken: its numbers are the sums of
 * the units' own {@code evaluate --format json}, the broken unit is listed with its errors, and the
 * PDF passes veraPDF.
 */
class OverviewRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Period PERIOD = Period.parse("2022-T1");

  @TempDir static Path dir;
  private static List<Path> good;
  private static OverviewViewModel overview;

  @BeforeAll
  static void judge() throws Exception {
    good = RegionFixture.write(dir.resolve("enheter"), 6, List.of(Period.parse("2021-T1"), PERIOD));
    Files.writeString(dir.resolve("enheter/trasig.xlsx"), "inte en arbetsbok");
    Files.writeString(dir.resolve("region.yaml"), "inputs:\n  - \"enheter/*.xlsx\"\n");
    OverviewRun.Units units =
        OverviewRun.judge(
            BatchManifest.read(dir.resolve("region.yaml")),
            PERIOD,
            new InputPipeline(EvaluationOptions.defaults()));
    overview = OverviewBuilder.build(units.units(), units.period(), units.organisation());
  }

  @Test
  void everyCountIsTheSumOfTheUnitsOwnEvaluations() throws Exception {
    InputPipeline pipeline = new InputPipeline(EvaluationOptions.defaults());
    JsonNode totals = JSON.readTree(OverviewJson.write(overview)).get("total");
    Map<String, Integer> expected = new TreeMap<>();
    Map<String, Integer> expectedByPerspective = new TreeMap<>();
    for (Path unit : good) {
      JsonNode summary =
          JSON.readTree(
                  EvaluationJsonWriter.toJson(
                      pipeline
                          .judge(pipeline.read(unit, PERIOD, null), PERIOD)
                          .evaluation()
                          .orElseThrow()))
              .get("summary");
      add(expected, "", summary);
      for (Iterator<Map.Entry<String, JsonNode>> it = summary.get("byPerspective").fields();
          it.hasNext(); ) {
        var entry = it.next();
        add(expectedByPerspective, entry.getKey() + "/", entry.getValue());
      }
    }
    Map<String, Integer> actual = new TreeMap<>();
    add(actual, "", totals.get("counts"));
    Map<String, Integer> actualByPerspective = new TreeMap<>();
    totals
        .get("perspectives")
        .fields()
        .forEachRemaining(e -> add(actualByPerspective, e.getKey() + "/", e.getValue()));
    assertThat(actual).isEqualTo(expected).isNotEmpty();
    assertThat(actualByPerspective).isEqualTo(expectedByPerspective);
    assertThat(overview.units()).hasSize(good.size());
  }

  private static void add(Map<String, Integer> into, String prefix, JsonNode counts) {
    for (String code : List.of("met", "partly_met", "not_met", "not_assessed")) {
      into.merge(prefix + code, counts.get(code).asInt(), Integer::sum);
    }
  }

  @Test
  void aBrokenUnitIsListedWithItsErrorsNeverDropped() {
    assertThat(overview.leftOut()).hasSize(1);
    OverviewViewModel.LeftOut broken = overview.leftOut().get(0);
    assertThat(broken.input()).endsWith("trasig.xlsx");
    assertThat(broken.problems()).isNotEmpty().allMatch(p -> p.contains("trasig.xlsx"));
  }

  @Test
  void thePdfNamesEveryUnitLinksItsAppendixAndPassesVeraPdf() throws Exception {
    byte[] pdf =
        new TemplateRenderer(TemplateEngine.bundled())
            .pdf(overview, "oversikt.ftl", false, PdfDates.of("1700000000", null, PERIOD));
    assertThat(VeraPdfAccess.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdfAccess.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = PdfText.flat(new PDFTextStripper().getText(doc));
      assertThat(text)
          .contains("Måluppfyllelse per enhet och perspektiv")
          .contains("Enheter som inte kunde tas med")
          .contains("trasig.xlsx");
      for (OverviewViewModel.UnitRow unit : overview.units()) {
        assertThat(text).contains(unit.name());
      }
      List<String> links = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            links.add(uri.getURI());
          }
        }
      }
      assertThat(links)
          .as("links to the units' appendices")
          .containsAll(overview.units().stream().map(OverviewViewModel.UnitRow::link).toList());
    }
  }
}
