package se.tertial.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.cli.TertialCommand;
import se.tertial.kind.ReportKindModule;
import se.tertial.kind.ReportKinds;
import se.tertial.model.Report;
import se.tertial.pdf.PdfWriter;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;
import se.tertial.testing.ReadInput;
import se.tertial.view.KindViewModel;

/**
 * The built-in templates draw no SVG (the summary chart is HTML/CSS bars), so a render never loads
 * Batik and Java2D's graphics environment, a quarter of a second of a cold render; an SVG in a
 * template of one's own is still drawn.
 */
class BuiltInTemplatesNeedNoBatikTest {

  @TempDir Path dir;

  @Test
  void noBuiltInKindsSampleDocumentHoldsAnSvgPagedOrNot() throws Exception {
    TemplateRenderer renderer = new TemplateRenderer(TemplateEngine.bundled());
    List<String> kinds = new ArrayList<>();
    for (String sample :
        new String[] {"lansjukvard2", "uppdrag-rd", "manadsuppfoljning", "rs-plan-2023"}) {
      Report report = ReadInput.read(Path.of("sample-data", sample, "csv")).report().orElseThrow();
      ReportEvaluation evaluation =
          new ReportEvaluator(EvaluationOptions.defaults())
              .evaluate(report, report.info().period());
      ReportKindModule module = ReportKinds.BUILT_IN.module(report.info().kind()).orElseThrow();
      kinds.add(module.name());
      KindViewModel model = module.view(evaluation, "");
      for (boolean paged : new boolean[] {true, false}) {
        // PdfWriter registers the SVG drawer (Batik) only for a document mentioning "svg".
        assertThat(renderer.xhtml(model, module.template(), paged, false))
            .as("%s, paged %s", sample, paged)
            .doesNotContainIgnoringCase("svg");
      }
    }
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(ReportKinds.BUILT_IN.names());
  }

  @Test
  void theSampleAppendixRendersToPdfWithoutLoadingBatik() throws Exception {
    Path pdf = dir.resolve("bilaga.pdf");
    Path classes = dir.resolve("classes.log");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xlog:class+load=info:file=" + classes,
            "-cp",
            System.getProperty("java.class.path"),
            TertialCommand.class.getName(),
            "render",
            "sample-data/lansjukvard2/lansjukvard2.xlsx",
            "-o",
            pdf.toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("render.log").toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("render did not finish within 120 s");
    }

    assertThat(process.exitValue()).as(Files.readString(dir.resolve("render.log"))).isZero();
    assertThat(Files.size(pdf)).isGreaterThan(50_000);
    List<String> loaded = Files.readAllLines(classes);
    // The log is live: the PDF engine's classes are in it.
    assertThat(loaded).anyMatch(l -> l.contains("com.openhtmltopdf.pdfboxout.PdfBoxRenderer"));
    assertThat(loaded).noneMatch(l -> l.contains("org.apache.batik."));
  }

  @Test
  void anSvgInATemplateOfOnesOwnIsStillDrawn() throws Exception {
    String xhtml =
        "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv-SE\"><head><title>Prov</title>"
            + "</head><body><p style=\"font-family: 'Liberation Sans'\">Stapel</p>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\""
            + " viewBox=\"0 0 200 100\" alt=\"En röd stapel\">"
            + "<rect x=\"0\" y=\"0\" width=\"200\" height=\"100\" fill=\"#C0262D\"/></svg>"
            + "</body></html>";
    byte[] pdf = new PdfWriter().write(xhtml, RenderedFixture.DATES);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImage(0, 0.5f);
      int red = 0;
      for (int y = 0; y < page.getHeight(); y++) {
        for (int x = 0; x < page.getWidth(); x++) {
          if ((page.getRGB(x, y) & 0xFFFFFF) == 0xC0262D) {
            red++;
          }
        }
      }
      // 200 × 100 CSS px at 0.75 pt a px and 0.5 image px a pt: 75 × 37.5 image px.
      assertThat(red).isGreaterThan(2000);
    }
  }
}
