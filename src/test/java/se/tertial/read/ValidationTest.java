package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.tertial.model.ActionState;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Report;
import se.tertial.model.TrendBase;
import se.tertial.read.Fixture.Format;
import se.tertial.testing.ReadInput;

/** The same validation for workbooks and CSV folders: each case runs in both formats. */
class ValidationTest {
  @TempDir Path dir;

  private ReadResult read(Fixture fixture, Format format) throws IOException {
    return ReadInput.read(fixture.write(format, dir));
  }

  private static List<String> texts(ReadResult result) {
    return result.findings().stream().map(f -> f.severity().label() + ": " + f).toList();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void validInputReadsWithoutFindings(Format format) throws IOException {
    ReadResult result = read(new Fixture(), format);

    assertThat(result.findings()).isEmpty();
    Report report = result.report().orElseThrow();
    assertThat(report.info().period()).isEqualTo(Period.tertial(2022, 1));
    assertThat(report.info().title()).isEqualTo("Testrapport");
    assertThat(report.measures()).extracting(m -> m.id()).containsExactly("M01", "M02");
    assertThat(report.measures().get(0).polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(report.outcomes().get(0).women()).isEqualTo(new BigDecimal("41"));
    assertThat(report.outcomes().get(1).total()).isEqualTo(new BigDecimal("-17.7"));
    assertThat(report.statuses())
        .extracting(s -> s.state())
        .containsExactly(ActionState.ON_TRACK, ActionState.DONE);
    assertThat(report.sections().get(0).text()).isEqualTo("Här är **texten**.");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void textThatIsNoNumberIsAnErrorNamingTheCell(Format format) throws IOException {
    Fixture fixture =
        new Fixture()
            .with(
                "utfall",
                """
                ID;Period;Kvinnor;Män;Totalt
                M01;2022-T1;4l%;40;
                M02;2022-T1;;;-17,7
                """);

    ReadResult result = read(fixture, format);

    assertThat(texts(result))
        .containsExactly(
            "fel: " + format.describe("utfall", 2, "Kvinnor") + ": \"4l%\" är inget tal");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void allFindingsAreCollectedAtOnce(Format format) throws IOException {
    Fixture fixture =
        new Fixture()
            .with(
                "styrmatt",
                """
                ID;Perspektiv;Styrmått;Mål;Riktning;Enhet
                M01;Medborgare;Andel;70%;Uppåt;%
                M01;Ekonomi;Resultat;0,0;;mnkr
                M02;Ekonomi;Resultat;0,0;;mnkr
                """)
            .with(
                "utfall",
                """
                ID;Period;Kvinnor;Män;Totalt;Bedömning
                M01;2022-T1;41;ca 40;;
                M09;2022-T1;1;2;;
                M02;T7 2022;;;1;
                M02;2022-T1;;;1;Kanske
                """)
            .with(
                "atgardsstatus",
                """
                Nr;Period;Status;Kommentar
                1;2022-T1;Ej fåbörjats;
                1;2022-T1;Klar;
                7;2022-T1;Pågår;
                2;2022-T1;Halvklar;
                """);

    ReadResult result = read(fixture, format);

    assertThat(texts(result))
        .containsExactly(
            "fel: "
                + format.describe("styrmatt", 2, "Riktning")
                + ": \"Uppåt\" är ingen riktning (Högre är bättre eller Lägre är bättre)",
            "fel: " + format.describe("styrmatt", 3, "ID") + ": ID M01 finns redan på rad 2",
            "fel: " + format.describe("utfall", 2, "Män") + ": \"ca 40\" är inget tal",
            "fel: " + format.describe("utfall", 3, "ID") + ": styrmåttet M09 finns inte i Styrmått",
            "fel: "
                + format.describe("utfall", 4, "Period")
                + ": \"T7 2022\" är ingen period (skriv t.ex. 2022-T1, 2022-ÅR eller 2022-04)",
            "fel: "
                + format.describe("utfall", 5, "Bedömning")
                + ": \"Kanske\" är ingen bedömning (Uppfyllt, Delvis uppfyllt, Ej uppfyllt, Ej"
                + " bedömd)",
            "varning: "
                + format.describe("atgardsstatus", 2, "Status")
                + ": \"Ej fåbörjats\" är felstavat; skriv \"Ej påbörjad\"",
            "fel: "
                + format.describe("atgardsstatus", 3, "Nr")
                + ": status för åtgärd 1 2022-T1 finns redan på rad 2",
            "fel: "
                + format.describe("atgardsstatus", 4, "Nr")
                + ": åtgärd 7 finns inte i Åtgärder",
            "fel: "
                + format.describe("atgardsstatus", 5, "Status")
                + ": \"Halvklar\" är ingen status (Ej påbörjad, Pågår enligt plan, Pågår med"
                + " avvikelse, Genomförd, Avbruten)");
    // No "missing outcome/status" warnings repeat the errors: M01, M02 and action 2 had rows.
    assertThat(result.hasErrors()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void measureWithoutOutcomeForThePeriodIsAWarning(Format format) throws IOException {
    Fixture fixture =
        new Fixture()
            .with(
                "utfall",
                """
                ID;Period;Kvinnor;Män;Totalt
                M01;2021-T1;41;40;
                M02;2022-T1;;;
                """);

    ReadResult result = read(fixture, format);

    assertThat(texts(result))
        .containsExactly(
            "varning: "
                + format.describe("styrmatt", 2, "ID")
                + ": styrmåttet M01 saknar utfall för 2022-T1",
            "varning: "
                + format.describe("styrmatt", 3, "ID")
                + ": styrmåttet M02 saknar utfall för 2022-T1");
    assertThat(result.report()).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void measureNotFollowedUpInThePeriodNeedsNoOutcome(Format format) throws IOException {
    Fixture fixture =
        new Fixture()
            .with(
                "styrmatt",
                """
                ID;Perspektiv;Styrmått;Mål;Uppföljningsperiod
                M01;Medborgare;Andel;70%;DÅ08, ÅR
                M02;Ekonomi;Resultat;0,0;DÅ04,08,ÅR
                """);

    ReadResult result = read(fixture, format);

    assertThat(result.findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void periodOptionOverridesTheReportSheet(Format format) throws IOException {
    ReadResult result = ReadInput.read(new Fixture().write(format, dir), Period.tertial(2021, 1));

    assertThat(result.report().orElseThrow().info().period()).isEqualTo(Period.tertial(2021, 1));
    assertThat(result.findings())
        .extracting(Finding::code)
        .containsExactly("outcome.missing", "outcome.missing", "status.missing", "status.missing");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void missingRequiredTableIsAnError(Format format) throws IOException {
    ReadResult result = read(new Fixture().with("utfall", null), format);

    String expected =
        format == Format.CSV
            ? "csv/: filen utfall.csv saknas (hittade: atgarder.csv, atgardsstatus.csv,"
                + " rapport.csv, styrmatt.csv, texter.csv)"
            : "in.xlsx: bladet Utfall saknas (hittade: Rapport, Styrmått, Åtgärder,"
                + " Åtgärdsstatus, Texter)";
    assertThat(result.findings()).map(Finding::toString).containsExactly(expected);
    assertThat(result.report()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void missingRequiredColumnIsAnErrorAMisspeltColumnAWarningAndAnOwnColumnNothing(Format format)
      throws IOException {
    Fixture fixture =
        new Fixture()
            .with(
                "utfall",
                """
                ID;Kvinnor;Män;Totalt;Kontaktperson;Kommentarer
                M01;41;40;;Eva;
                """);

    ReadResult result = read(fixture, format);

    assertThat(texts(result))
        .containsExactly(
            "varning: "
                + format.describe("utfall", 1, "Kommentarer")
                + ": okänd kolumn, läses inte; menade du \"Kommentar\"?",
            "fel: " + format.describe("utfall", 1, null) + ": kolumnen Period saknas");
    assertThat(result.report()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void namesMatchWithoutCaseAccentsOrSurroundingSpaces(Format format) throws IOException {
    Fixture fixture =
        new Fixture()
            .with(
                "utfall",
                """
                 id ;PERIOD;kvinnor;Man;TOT
                M01;T1 2022;41 %;40%;
                M02;DÅ04 2022;;;−17,7 mnkr
                """)
            .with(
                "rapport",
                """
                Falt;Varde
                Titel;Testrapport
                period;2022-T1
                Toleransgräns;1 mnkr
                Kontakt;analys@region.se
                """);

    ReadResult result = read(fixture, format);

    assertThat(result.findings()).isEmpty();
    Report report = result.report().orElseThrow();
    assertThat(report.outcomes().get(0).men()).isEqualTo(new BigDecimal("40"));
    assertThat(report.outcomes().get(1).total()).isEqualTo(new BigDecimal("-17.7"));
    assertThat(report.info().absoluteTolerance()).isEqualTo(BigDecimal.ONE);
    assertThat(report.info().extra()).containsEntry("Kontakt", "analys@region.se");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void yearTargetColumnsAreRead(Format format) throws IOException {
    Fixture fixture =
        new Fixture()
            .with(
                "styrmatt",
                """
                ID;Perspektiv;Styrmått;Mål;Mål 2023;Mål 2025
                M01;Medborgare;Andel;70%;75%;80 %
                M02;Ekonomi;Resultat;0,0;;
                """);

    Report report = read(fixture, format).report().orElseThrow();

    assertThat(report.measures().get(0).yearTargets())
        .containsEntry(2023, "75%")
        .containsEntry(2025, "80 %");
    assertThat(report.measures().get(1).yearTargets()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void publicationDateMustBeIso(Format format) throws IOException {
    Fixture fixture =
        new Fixture()
            .with(
                "rapport",
                """
                Fält;Värde
                Period;2022-T1
                Publiceringsdatum;31/5 2022
                """);

    ReadResult result = read(fixture, format);

    assertThat(texts(result))
        .containsExactly(
            "fel: "
                + format.describe("rapport", 3, "Värde")
                + ": fältet Publiceringsdatum: \"31/5 2022\" är inget datum (skriv ÅÅÅÅ-MM-DD, t.ex. 2022-05-31)");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void trendbasIsReadAsATrendBaseNotAFreeField(Format format) throws IOException {
    Fixture fixture =
        new Fixture()
            .with(
                "rapport",
                """
                Fält;Värde
                Period;2022-T1
                trendbas;Föregående period
                """);

    ReadResult result = read(fixture, format);

    assertThat(result.findings()).isEmpty();
    Report report = result.report().orElseThrow();
    assertThat(report.info().trendBase()).isEqualTo(TrendBase.PREVIOUS_PERIOD);
    assertThat(report.info().extra()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void anUnknownTrendbasIsAnErrorNamingTheCell(Format format) throws IOException {
    Fixture fixture =
        new Fixture()
            .with(
                "rapport",
                """
                Fält;Värde
                Period;2022-T1
                Trendbas;kvartalet innan
                """);

    ReadResult result = read(fixture, format);

    assertThat(texts(result))
        .containsExactly(
            "fel: "
                + format.describe("rapport", 3, "Värde")
                + ": fältet Trendbas: \"kvartalet innan\" är ingen trendbas (skriv \"samma period"
                + " föregående år\" eller \"föregående period\")");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void missingReportPeriodIsAnError(Format format) throws IOException {
    Fixture fixture = new Fixture().with("rapport", "Fält;Värde\nTitel;Test\n");

    ReadResult result = read(fixture, format);

    String table = format == Format.CSV ? "rapport.csv" : "in.xlsx, blad Rapport";
    assertThat(result.findings())
        .map(Finding::toString)
        .containsExactly(table + ": fältet Period saknas (eller ange --period)");
  }
}
