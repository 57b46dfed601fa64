package se.tertial.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.tertial.files.Logo;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.TemplateEngine;
import se.tertial.render.VeraPdfAccess;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluator;
import se.tertial.testing.ReadInput;

/**
 * The three kinds' samples rendered to PDF once each: text, grouping and order of every item, and
 * PDF/UA-1 + PDF/A-2u validity.
 */
class KindSamplesPdfTest {
  private static final Map<String, byte[]> PDFS = new TreeMap<>();
  private static final Map<String, String> TEXTS = new TreeMap<>();

  @BeforeAll
  static void render() throws Exception {
    DocumentRenderer renderer =
        new DocumentRenderer(
            TemplateEngine.bundled(),
            new DocumentRenderer.Options(DocumentRenderer.Format.PDF, false, "1700000000"));
    // uppdrag-rd holds two reports: seed 003 (2016-12) and seed 001 (2017-03, the default).
    for (String sample :
        new String[] {"uppdrag-rd@2016-12", "uppdrag-rd", "manadsuppfoljning", "rs-plan-2023"}) {
      Path input = Path.of("sample-data", sample.replaceAll("@.*", ""), "csv");
      ReadResult read = ReadInput.read(input);
      assertThat(read.hasErrors()).as("%s: %s", sample, read.findings()).isFalse();
      Report report = read.report().orElseThrow();
      Period period =
          sample.contains("@")
              ? Period.parse(sample.substring(sample.indexOf('@') + 1))
              : report.info().period();
      byte[] pdf =
          renderer.render(
              new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, period),
              Logo.beside(input));
      PDFS.put(sample, pdf);
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        TEXTS.put(
            sample,
            se.tertial.render.PdfText.flat(
                new PDFTextStripper().getText(doc).replace('\u00a0', ' ')));
      }
    }
  }

  @Test
  void assignmentFeedbackGroupsEveryItemUnderItsIssueInOrder() {
    String text = TEXTS.get("uppdrag-rd@2016-12");
    assertThat(text)
        .contains("Bilaga – Återkoppling RD-uppdrag till RS för att uppnå budgeterat resultat")
        .contains("Pågående arbete/åtgärder")
        .contains("Resultat")
        .containsSubsequence(
            "Minska användning av inhyrd personal och övertid",
            "Liggande handlingsplaner",
            "Tjänstledigheter och bisyssla",
            "Ny upphandling primärvård",
            "Åtstramning inhyrd personal",
            "Nationellt projekt",
            "Åtgärder för att minska sjukfrånvaron",
            // The narrow column breaks this one after "Sjukskrivningar".
            "Sjukskrivningar",
            "/arbetsmiljöpaket",
            "Handlingsplaner Vårdnära service",
            "Systematisk kompetensväxling",
            "Kompetensväxling generellt",
            "Analys av behov kopplat till plan och mål",
            "Schemaöversyn, Sunderbyn",
            "Minska övertid",
            "Uppföljning produktivitet",
            "Fortsatt arbete KPP",
            "Minska administrativ tid i vården",
            "Översyn av vårdtiderna",
            "Vårdtider – översyn Kalix",
            "Vårdtider – översyn Kiruna",
            "Vårdtider – översyn Piteå",
            "Snabbare utslussning av utskrivningsklara patienter",
            "Utskrivningsklara patienter",
            "Ökat användande av vård på distans",
            "Distansvård – breddinförandearbete",
            "Minskade kostnader för läkemedel",
            "Läkemedel – fokus TNF-alfa",
            "Övrigt",
            "Översyn av ansvar- sjukresor",
            "Ytterligare koncentration av vård")
        // List items and the continuation rows of the seed's page breaks are there.
        .contains("HR-funktionen förtydligar genom framtagande av tillämpningsanvisning")
        .contains("Utvärderingsarbete avseende pågående arbetstidsmodeller pågår.")
        .contains("Konklusion: Patienterna är svårt sjuka")
        .doesNotContain("<ul")
        .doesNotContain("•");
  }

  @Test
  void theLaterAssignmentReportShowsSeed001AndSaysNothingNewForUnchangedItems() {
    String text = TEXTS.get("uppdrag-rd");
    assertThat(text)
        .containsSubsequence(
            "Liggande handlingsplaner",
            "för att minska behovet av inhyrd personal",
            "Tjänstledigheter och bisyssla",
            "Inget nytt att redovisa",
            "Ny upphandling primärvård",
            "De fasta linjerna medför ett årslångt åtagande",
            "Läkemedel – fokus TNF-alfa",
            "Inom reumatologin har byte påbörjats.",
            "minskat med sammanlagt 2 mkr",
            "Ytterligare koncentration av vård",
            "Inget nytt att redovisa")
        // Seed 003's texts of the items 001 reports unchanged are not repeated.
        .doesNotContain("HR-funktionen förtydligar genom framtagande av tillämpningsanvisning")
        .doesNotContain("Konklusion: Patienterna är svårt sjuka");
    // Six items copy the earlier row unchanged (2, 4, 9, 10, 15, 23).
    assertThat(text.split("Inget nytt att redovisa sedan föregående rapport", -1)).hasSize(6 + 1);
  }

  @Test
  void monthlyFollowUpHasEveryBoxWithItsFourFieldsAndNoInstructionText() {
    String text = TEXTS.get("manadsuppfoljning");
    assertThat(text)
        .containsSubsequence(
            "Rubrik saknas i förlagan (HSN)",
            "Kommande månad",
            "Senaste månaden",
            "Kommentarer",
            "Uppkomna risker och eventuellt behov av stöd",
            "FM Uppdrag, Minska personalkostnaden RUN",
            "FM Uppdrag, Minska personalkostnaden RS",
            "FM Uppdrag, Minska hyrberoendet",
            "FM Uppdrag, Utifrån kloka kliniska val",
            "FM Uppdrag, Förbättra tillgängligheten",
            "FM Uppdrag, Genomför prioriterade åtgärder",
            "FM Uppdrag, Stärka vår ledning och styrning")
        .contains("varje områdesledningsgrupp ska ha frågan på bordet")
        .contains("Cosmic,cosmic,cosmic gör att tillgängligheten kommer sjunka")
        .doesNotContain("Sammanfatta kort")
        .doesNotContain("Eventuella kommentarer här")
        .doesNotContain("Här nämns eventuella risker");
    assertThat(text.split("Uppkomna risker och eventuellt behov av stöd", -1)).hasSize(8 + 1);
  }

  @Test
  void planShowsGoalsFactorsMeasuresWithBaselineAndYearTargetsAndBudgets() {
    String text = TEXTS.get("rs-plan-2023");
    assertThat(text)
        .containsSubsequence(
            "Regionstyrelsens plan 2023",
            "Medborgare",
            "Strategiskt mål: Trygg norrbottning med god, jämlik och jämställd livskvalitet",
            "Framgångsfaktor: En god vård med hög tillgänglighet och kontinuitet",
            "Styrmått",
            "Ingångsvärde",
            "Mål 2023",
            "Mål 2025",
            "Källa",
            "Period",
            "Antal slutförda ärenden (triage)",
            "43 000",
            "60 000",
            "Plattform24",
            "Kontinuitetindex för besök hos läkare",
            "Framgångsfaktor: Jämlik och jämställd hälsa",
            "Antal patienter som fått fråga om våld i nära relation",
            "Ekonomiska förutsättningar och ramar",
            "Förändringar i regionbidraget till Regionstyrelsen",
            "Anslag året innan",
            "8 675,0",
            "Regionbidrag",
            "9 854,5",
            "Investeringsramar 2023",
            "Summa",
            "263,0")
        // A plan states targets; it judges nothing.
        .doesNotContain("Måluppfyllelse")
        .doesNotContain("Teckenförklaring");
    assertThat(text)
        .as("styrmått of the first two framgångsfaktorer")
        .contains(
            "Antal slutförda ärenden (triage) per år totalt i länet på Digitalen",
            "kontakt med hälsocentralen via telefon eller digitalt samma dag",
            "Andel medicinsk bedömning av legitimerad personal i primärvård inom 3 dagar",
            "till första besök i specialiserad vård",
            "på operation/åtgärd inom specialiserad vård",
            "på en första bedömning inom barn- och ungdomspsykiatrin",
            "fördjupad behandling",
            "Andelen av bef som har fast läkarkontakt",
            "för alla patienter de senaste 18 månader",
            "Antal patienter som fått fråga om våld i nära relation",
            "rådgivande samtal på grund av ohälsosamma levnadsvanor");
  }

  @Test
  void everyKindIsPdfUa1AndPdfA2u() throws Exception {
    for (Map.Entry<String, byte[]> pdf : PDFS.entrySet()) {
      assertThat(VeraPdfAccess.failures(pdf.getValue(), PDFAFlavour.PDFUA_1))
          .as(pdf.getKey())
          .isEmpty();
      assertThat(VeraPdfAccess.failures(pdf.getValue(), PDFAFlavour.PDFA_2_U))
          .as(pdf.getKey())
          .isEmpty();
    }
  }
}
