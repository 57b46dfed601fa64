package se.tertial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.kind.appendix.AppendixViewModelBuilder;
import se.tertial.model.Report;
import se.tertial.pdf.PdfDates;
import se.tertial.render.TemplateEngine;
import se.tertial.render.TemplateRenderer;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;

/** A table-of-contents entry too long for one line keeps leader and page number on its last. */
class TocWrapTest {
  private static final String GOAL = "God nära och samordnad vård";
  private static final String LONG =
      GOAL
          + " för alla invånare i hela länet oavsett ålder, kön och bostadsort samt med"
          + " särskilt fokus på de mest sjuka äldre";

  @Test
  void aWrappingEntryEndsWithItsLeaderAndPageNumber(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("csv");
    Files.createDirectories(csv);
    try (Stream<Path> files = Files.list(Path.of("sample-data/lansjukvard2/csv"))) {
      for (Path f : files.toList()) {
        Files.writeString(csv.resolve(f.getFileName()), Files.readString(f).replace(GOAL, LONG));
      }
    }
    Report report = se.tertial.testing.ReadInput.read(csv).report().orElseThrow();
    ReportEvaluation evaluation =
        new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, report.info().period());
    byte[] pdf =
        new TemplateRenderer(TemplateEngine.bundled())
            .pdf(
                new AppendixViewModelBuilder().build(evaluation, ""),
                "delarsbilaga.ftl",
                false,
                PdfDates.of(null, report.info().publicationDate(), evaluation.period()));
    String toc;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      toc = stripper.getText(doc);
    }
    List<String> lines = Arrays.stream(toc.split("\\R")).map(String::strip).toList();
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("Strategiskt mål: " + GOAL)) {
        first = i;
      }
    }
    assertThat(first).as("the long entry is in the TOC:\n%s", toc).isNotNegative();
    String start = lines.get(first);
    String end = lines.get(first + 1);
    // Wrapped: the first line carries no page number, the last one the leader and the number.
    assertThat(start).doesNotContainPattern("\\.{3,}").doesNotEndWith("äldre");
    assertThat(end).contains("äldre").containsPattern("äldre ?\\.{3,} ?\\d+$");
  }
}
