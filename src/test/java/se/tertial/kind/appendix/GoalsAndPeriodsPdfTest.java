package se.tertial.kind.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.tertial.files.Logo;
import se.tertial.model.Measure;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.TemplateEngine;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;
import se.tertial.testing.ReadInput;

/**
 * The sample appendix as a reader sees it: one block (heading, own table) per strategic goal in the
 * order of the input, the unit's own wording, and the title, date and metadata of the period
 * rendered rather than of the Rapport sheet.
 */
class GoalsAndPeriodsPdfTest {
  private static final Path SAMPLE = Path.of("sample-data", "lansjukvard2", "csv");

  private static Report sample() {
    return ReadInput.read(SAMPLE).report().orElseThrow();
  }

  /** M02 moved to a second goal of Medborgare, between M01 and M03 of the first. */
  private static Report twoGoals(Map<String, String> extraInfo) {
    Report report = sample();
    List<Measure> measures = new ArrayList<>();
    for (Measure m : report.measures()) {
      String goal = m.id().equals("M02") ? "Andra strategiska målet" : m.strategicGoal();
      measures.add(
          new Measure(
              m.id(),
              m.perspective(),
              goal,
              m.successFactor(),
              m.name(),
              m.target(),
              m.polarity(),
              m.unit(),
              m.followUp(),
              m.comparison(),
              m.source(),
              m.footnote(),
              m.baseline(),
              m.yearTargets(),
              m.targetValue(),
              m.targetYear(),
              m.where()));
    }
    ReportInfo i = report.info();
    Map<String, String> extra = new HashMap<>(i.extra());
    extra.putAll(extraInfo);
    ReportInfo info =
        new ReportInfo(
            i.title(),
            i.organisation(),
            i.unit(),
            i.period(),
            i.documentId(),
            i.version(),
            i.responsible(),
            i.preparedBy(),
            i.publicationDate(),
            i.tolerance(),
            i.absoluteTolerance(),
            i.trendBase(),
            i.kind(),
            extra);
    return new Report(
        info,
        measures,
        report.outcomes(),
        report.actions(),
        report.statuses(),
        report.sections(),
        report.data());
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return se.tertial.render.PdfText.flat(
          new PDFTextStripper().getText(doc).replace('\u00a0', ' '));
    }
  }

  private static byte[] render(Report report, Period period) {
    ReportEvaluation evaluation =
        new ReportEvaluator(EvaluationOptions.defaults())
            .evaluate(report.forPeriod(period), period);
    return new DocumentRenderer(
            TemplateEngine.bundled(),
            new DocumentRenderer.Options(DocumentRenderer.Format.PDF, false, null))
        .render(evaluation, Logo.beside(SAMPLE));
  }

  @Test
  void twoGoalsInOnePerspectiveGiveTwoBlocksInInputOrder() throws IOException {
    Report report = twoGoals(Map.of("Enhetstyp", "förvaltning"));
    Period t1 = Period.parse("2022-T1");
    ReportEvaluation evaluation =
        new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, t1);
    AppendixViewModel model = new AppendixViewModelBuilder().build(evaluation, "");
    var medborgare = model.perspectives().get(0);

    assertThat(medborgare.goals())
        .extracting(g -> g.goal() + ": " + g.measures().stream().map(m -> m.id()).toList())
        .containsExactly(
            "Trygg norrbottning med god livskvalitet: [M01, M03]",
            "Andra strategiska målet: [M02]");

    String text = text(render(report, t1));
    int chapter = text.indexOf("Perspektivet Medborgare beskriver"); // after the TOC
    int first = text.indexOf("Strategiskt mål: Trygg norrbottning", chapter);
    int m03 = text.indexOf("Antal patienter som fått fråga om våld", first);
    int second = text.indexOf("Strategiskt mål: Andra strategiska målet", first);
    int m02 = text.indexOf("operation/åtgärd inom specialiserad vård", second);
    assertThat(chapter).isPositive();
    assertThat(first).isGreaterThan(chapter);
    assertThat(m03).isGreaterThan(first);
    assertThat(second).isGreaterThan(m03);
    assertThat(m02).isGreaterThan(second);
    assertThat(text)
        .contains("Uppföljning av förvaltningens strategiska åtgärder")
        .doesNotContain("divisionens strategiska åtgärder")
        .doesNotContain("Fotnotens text saknas");
  }

  @Test
  void aT2AndAYearEndRenderOfAT1WorkbookCarryTheirOwnTitlesDatesAndMetadata() throws IOException {
    Report report = twoGoals(Map.of("Publiceringsdatum 2022-T2", "2022-09-27"));

    byte[] t2 = render(report, Period.parse("2022-T2"));
    byte[] year = render(report, Period.parse("2022-ÅR"));

    try (PDDocument doc = Loader.loadPDF(t2)) {
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Bilaga till delårsrapport per augusti 2022");
      assertThat(doc.getDocumentInformation().getSubject()).contains("per augusti 2022");
    }
    assertThat(text(t2))
        .contains("Bilaga till delårsrapport per augusti 2022", "2022-09-27")
        .doesNotContain("Bilaga till delårsrapport per april 2022", "2022-05-31");
    try (PDDocument doc = Loader.loadPDF(year)) {
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Bilaga till årsredovisning 2022");
    }
    assertThat(text(year))
        .contains("Bilaga till årsredovisning 2022")
        .doesNotContain("delårsrapport per december", "2022-05-31", "2022-09-27");
  }
}
