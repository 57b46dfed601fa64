package se.tertial.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.tertial.files.Logo;
import se.tertial.kind.ReportKindModule;
import se.tertial.kind.ReportKinds;
import se.tertial.model.KindData;
import se.tertial.model.Period;
import se.tertial.model.Section;
import se.tertial.read.Findings;
import se.tertial.read.RawInput;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;
import se.tertial.read.Table;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.DocumentMeta;
import se.tertial.view.KindViewModel;
import se.tertial.view.MetaBuilder;
import se.tertial.view.TextSanitizer;
import se.tertial.view.TextSection;
import se.tertial.view.TocEntry;
import se.tertial.workflow.InputPipeline;
import se.tertial.workflow.NewWorkbook;

/**
 * The "add a kind" recipe of docs/architecture.md, proven: a kind defined only here — a module, a
 * template and one registry line ({@link ReportKinds#with}) — is read, judged and rendered to a PDF
 * that passes veraPDF, and {@code init}/{@code next-period} make workbooks of it, without touching
 * any other code.
 */
public class TestOnlyKindTest {

  @TempDir Path dir;

  /**
   * Every free text of the Texter sheet, one chapter each (public: templates see public types
   * only).
   */
  public record NotesViewModel(DocumentMeta meta, List<TocEntry> toc, List<TextSection> notes)
      implements KindViewModel {
    @Override
    public KindViewModel withMeta(DocumentMeta other) {
      return new NotesViewModel(other, toc, notes);
    }
  }

  /** Anteckningar: a kind with no sheet of its own, only Rapport and Texter. */
  static final class NotesKind implements ReportKindModule {
    @Override
    public String name() {
      return "anteckningar";
    }

    @Override
    public Set<Table> required() {
      return Set.of(Table.REPORT, Table.TEXTS);
    }

    @Override
    public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
      return Optional.of(KindData.NONE);
    }

    @Override
    public KindViewModel view(ReportEvaluation evaluation, String logoDataUri) {
      TextSanitizer sanitizer = new TextSanitizer();
      List<TextSection> notes = new ArrayList<>();
      List<TocEntry> toc = new ArrayList<>();
      int n = 0;
      for (Section s : evaluation.report().sections()) {
        String anchor = "anteckning-" + ++n;
        notes.add(new TextSection(anchor, s.heading(), sanitizer.toHtml(s.text()), true));
        toc.add(new TocEntry(anchor, s.heading()));
      }
      DocumentMeta meta =
          MetaBuilder.meta(
              evaluation.report().info(),
              evaluation.period(),
              logoDataUri,
              "anteckningar för perioden.");
      return new NotesViewModel(meta, toc, notes);
    }
  }

  private static final String TEMPLATE =
      """
      <#ftl output_format="XHTML" strip_whitespace=true>
      <#import "common/layout.ftl" as l>
      <@l.document meta=meta toc=toc>
      <@l.titlePage meta=meta subtitle="Period: ${meta.periodLabel}"/>
      <div class="chapter">
      <#list notes as n><@l.textSection section=n/></#list>
      </div>
      </@l.document>
      """;

  @Test
  void aKindDefinedOnlyInTestCodeRendersToAValidPdf() throws Exception {
    Path input = Files.createDirectories(dir.resolve("csv"));
    Files.writeString(
        input.resolve("rapport.csv"),
        "Fält;Värde\nTitel;Anteckningar från ledningsgruppen\nEnhet;Division Test\n"
            + "Period;2024-T2\nRapporttyp;Anteckningar\n");
    Files.writeString(
        input.resolve("texter.csv"),
        "Avsnitt;Rubrik;Text\nA1;Beslut;Ledningsgruppen beslutade att **förlänga** uppdraget.\n"
            + "A2;Risker;Bemanningen i sommar är osäker.\n");
    Path templates = Files.createDirectories(dir.resolve("mallar"));
    Files.writeString(templates.resolve("anteckningar.ftl"), TEMPLATE);
    ReportKinds kinds = ReportKinds.BUILT_IN.with(new NotesKind());

    InputPipeline.Loaded loaded =
        new InputPipeline(kinds, EvaluationOptions.defaults()).load(input, null, null);
    assertThat(loaded.findings()).isEmpty();
    ReportEvaluation evaluation = loaded.evaluation().orElseThrow();
    // The Rapporttyp as written ("Anteckningar") is the registered kind's name.
    assertThat(evaluation.report().info().kind()).isEqualTo("anteckningar");

    byte[] pdf =
        new DocumentRenderer(
                TemplateEngine.fromDirectory(templates),
                new DocumentRenderer.Options(DocumentRenderer.Format.PDF, false, "1700000000"),
                kinds)
            .render(evaluation, Logo.beside(input));

    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Anteckningar från ledningsgruppen", "Beslut", "förlänga", "Risker")
          .contains("Bemanningen i sommar är osäker.");
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Anteckningar från ledningsgruppen");
    }
  }

  @Test
  void initAndNextPeriodMakeWorkbooksOfTheKindWithOnlyItsSheets() throws Exception {
    ReportKinds kinds = ReportKinds.BUILT_IN.with(new NotesKind());
    NewWorkbook maker = new NewWorkbook(kinds);
    Path first = dir.resolve("anteckningar.xlsx");

    maker.empty(
        first, kinds.module("anteckningar").orElseThrow(), null, LocalDate.of(2024, 6, 3), false);

    List<String> sheets = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(first))) {
      workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
    }
    assertThat(sheets).contains("Rapport", "Texter").doesNotContain("Styrmått", "Utfall");
    ReadResult read = ReportReader.read(first, null, null, kinds);
    assertThat(read.findings()).isEmpty();
    assertThat(read.report().orElseThrow().info().kind()).isEqualTo("anteckningar");
    assertThat(read.report().orElseThrow().info().period()).isEqualTo(Period.parse("2024-T2"));

    Path next = dir.resolve("anteckningar-ar.xlsx");
    NewWorkbook.Outcome outcome = maker.next(first, next, null, null, false);

    assertThat(outcome).isInstanceOf(NewWorkbook.Made.class);
    ReadResult again = ReportReader.read(next, null, null, kinds);
    assertThat(again.findings()).isEmpty();
    assertThat(again.report().orElseThrow().info().period()).isEqualTo(Period.parse("2024-ÅR"));
  }

  @Test
  void withoutItsRegistryLineTheKindIsUnknown() throws Exception {
    Path input = Files.createDirectories(dir.resolve("csv"));
    Files.writeString(
        input.resolve("rapport.csv"), "Fält;Värde\nPeriod;2024-T2\nRapporttyp;anteckningar\n");
    Files.writeString(input.resolve("texter.csv"), "Avsnitt;Rubrik;Text\nA1;Beslut;Text.\n");

    InputPipeline.Loaded loaded =
        new InputPipeline(EvaluationOptions.defaults()).load(input, null, null);

    // Read as a delårsbilaga, which needs Styrmått and Utfall.
    assertThat(loaded.findings()).anyMatch(f -> f.code().equals("kind.unknown"));
    assertThat(loaded.hasErrors()).isTrue();
  }
}
