package se.tertial.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.TemplateEngine;
import se.tertial.render.VeraPdfAccess;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluator;
import se.tertial.testing.ReadInput;

/**
 * A unit with four periods of outcomes: its appendix draws each measure's history with the period
 * span as text and stays PDF/UA-1 and PDF/A-2u; a template copy with the setting off draws none.
 */
class OutcomeHistoryPdfTest {
  private static final Period PERIOD = Period.parse("2022-T1");

  @TempDir Path dir;

  private byte[] render(TemplateEngine templates, Path unit) {
    Report report = ReadInput.read(unit).report().orElseThrow();
    return new DocumentRenderer(
            templates,
            new DocumentRenderer.Options(DocumentRenderer.Format.PDF, false, "1700000000"))
        .render(new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, PERIOD), unit);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void fourPeriodsOfOutcomesDrawAHistoryThatPassesVeraPdf() throws Exception {
    Path unit = RegionFixture.write(dir, 1, Period.range(Period.parse("2021-T1"), PERIOD)).get(0);
    byte[] pdf = render(TemplateEngine.bundled(), unit);
    assertThat(text(pdf)).contains("T1 2021–T1 2022");
    assertThat(VeraPdfAccess.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdfAccess.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
  }

  @Test
  void aTemplateSettingTurnsTheHistoryOff() throws Exception {
    Path unit = RegionFixture.write(dir, 1, Period.range(Period.parse("2021-T1"), PERIOD)).get(0);
    Path templates = dir.resolve("mallar");
    Files.createDirectories(templates.resolve("common"));
    for (String name :
        List.of(
            "common/layout.ftl",
            "common/base.css",
            "common/paged.css",
            "common/screen.css",
            "common/symbols.css",
            "common/tema.css")) {
      Files.copy(Path.of("templates", name), templates.resolve(name));
    }
    Files.writeString(
        templates.resolve("delarsbilaga.ftl"),
        Files.readString(Path.of("templates/delarsbilaga.ftl"))
            .replace("<#assign showHistory = true>", "<#assign showHistory = false>"));
    assertThat(text(render(TemplateEngine.fromDirectory(templates), unit)))
        .doesNotContain("T1 2021–T1 2022");
  }
}
