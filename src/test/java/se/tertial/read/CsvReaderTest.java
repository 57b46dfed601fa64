package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tertial.model.Finding;
import se.tertial.model.Report;
import se.tertial.testing.ReadInput;

/** CSV specifics: separators, {@code sep=}, encodings, quoting and row numbers. */
class CsvReaderTest {
  @TempDir Path dir;

  private Path folder() throws IOException {
    return new Fixture().writeCsv(dir.resolve("csv"));
  }

  private static Report readClean(Path folder) {
    ReadResult result = ReadInput.read(folder);
    assertThat(result.findings()).isEmpty();
    return result.report().orElseThrow();
  }

  @Test
  void commaSeparatedFileWithQuotedDecimalsIsRead() throws IOException {
    Path folder = folder();
    Files.writeString(
        folder.resolve("utfall.csv"),
        "ID,Period,Kvinnor,Män,Totalt\nM01,2022-T1,\"41,5\",40,\nM02,2022-T1,,,\"-17,7\"\n");

    Report report = readClean(folder);

    assertThat(report.outcomes().get(0).women()).isEqualTo(new BigDecimal("41.5"));
  }

  @Test
  void sepLineIsHonouredAndNotCounted() throws IOException {
    Path folder = folder();
    Files.writeString(
        folder.resolve("utfall.csv"),
        "sep=,\nID,Period,Kvinnor,Män,Totalt\nM01,2022-T1,4l%,40,\nM02,2022-T1,,,1\n");

    ReadResult result = ReadInput.read(folder);

    assertThat(result.findings())
        .map(Finding::toString)
        .containsExactly("utfall.csv rad 2, kolumn Kvinnor: \"4l%\" är inget tal");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UTF-8-BOM",
        "UTF-8",
        "windows-1252",
        "UTF-16LE-BOM",
        "UTF-16BE-BOM",
        "UTF-16LE",
        "UTF-32LE-BOM",
        "UTF-32BE-BOM"
      })
  void encodingsSwedishExcelWritesAreRead(String encoding) throws IOException {
    Path folder = folder();
    String text = "Nr;Perspektiv;Mål;Åtgärd\n1;Medborgare;God vård;Införa PKS – före sommaren\n";
    byte[] bytes =
        switch (encoding) {
          case "UTF-8-BOM" ->
              concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text, "UTF-8");
          case "UTF-16LE-BOM" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, "UTF-16LE");
          case "UTF-16BE-BOM" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text, "UTF-16BE");
          case "UTF-32LE-BOM" ->
              concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, text, "UTF-32LE");
          case "UTF-32BE-BOM" ->
              concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, text, "UTF-32BE");
          default -> text.getBytes(Charset.forName(encoding));
        };
    Files.write(folder.resolve("atgarder.csv"), bytes);
    Files.writeString(folder.resolve("atgardsstatus.csv"), "Nr;Period;Status\n1;2022-T1;Pågår\n");

    ReadResult result = ReadInput.read(folder);
    Report report = result.report().orElseThrow();

    if (encoding.equals("windows-1252")) {
      // Read right, and the encoding guessed from the content is named (no BOM tells it).
      assertThat(result.findings())
          .map(Finding::toString)
          .containsExactly(
              "atgarder.csv: filen är inte UTF-8 och lästes som windows-1252 (bedömt av"
                  + " innehållet); spara filen som CSV UTF-8 så att inga tecken tolkas fel");
    } else {
      assertThat(result.findings()).isEmpty();
    }
    assertThat(report.actions().get(0).goal()).isEqualTo("God vård");
    assertThat(report.actions().get(0).title()).isEqualTo("Införa PKS – före sommaren");
  }

  @Test
  void quotedNewlinesStayInTheTextAndCountAsOneRow() throws IOException {
    Path folder = folder();
    Files.writeString(
        folder.resolve("utfall.csv"),
        "ID;Period;Kvinnor;Män;Totalt;Kommentar\r\n"
            + "M01;2022-T1;41;40;;\"Första stycket.\r\n\r\nAndra; med semikolon.\"\r\n"
            + "M02;2022-T1;;;x\r\n");

    ReadResult result = ReadInput.read(folder);

    assertThat(result.findings())
        .map(Finding::toString)
        .containsExactly("utfall.csv rad 3, kolumn Totalt: \"x\" är inget tal");
    assertThat(result.report().orElseThrow().outcomes().get(0).comment())
        .isEqualTo("Första stycket.\n\nAndra; med semikolon.");
  }

  @Test
  void blankLinesAreSkippedButCounted() throws IOException {
    Path folder = folder();
    Files.writeString(
        folder.resolve("utfall.csv"),
        "ID;Period;Kvinnor;Män;Totalt\n\nM01;2022-T1;41;40;\n;;;;\nM02;2022-T1;;;bad\n\n");

    ReadResult result = ReadInput.read(folder);

    assertThat(result.findings())
        .map(Finding::toString)
        .containsExactly("utfall.csv rad 5, kolumn Totalt: \"bad\" är inget tal");
  }

  @Test
  void fileNamesMatchWithoutCaseOrAccents() throws IOException {
    Path folder = folder();
    Files.move(folder.resolve("atgarder.csv"), folder.resolve("Åtgärder.CSV"));
    Files.move(folder.resolve("styrmatt.csv"), folder.resolve("Styrmått.csv"));

    Report report = readClean(folder);

    assertThat(report.actions()).hasSize(2);
    assertThat(report.measures()).hasSize(2);
  }

  @Test
  void emptyCsvFileIsAnError() throws IOException {
    Path folder = folder();
    Files.write(folder.resolve("texter.csv"), new byte[0]);

    ReadResult result = ReadInput.read(folder);

    assertThat(result.findings())
        .map(Finding::toString)
        .containsExactly("texter.csv: filen är tom");
  }

  @Test
  void unterminatedQuoteIsAFindingNotACrash() throws IOException {
    Path folder = folder();
    Files.writeString(
        folder.resolve("texter.csv"), "Avsnitt;Rubrik;Text\nInledning;x;\"öppen\nAvslutning;y;z\n");

    ReadResult result = ReadInput.read(folder);

    assertThat(result.findings())
        .map(Finding::toString)
        .containsExactly(
            "texter.csv rad 2: ett citattecken (\") öppnas på raden men stängs aldrig; raden läses"
                + " inte (resten av filen läses), kontrollera citattecknen");
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.report().orElseThrow().sections())
        .extracting(s -> s.key())
        .containsExactly("Avslutning");
  }

  @Test
  void strayQuoteInOneRowIsReportedOnceAndTheRestIsRead() throws IOException {
    Path folder = folder();
    Files.writeString(
        folder.resolve("texter.csv"),
        "Avsnitt;Rubrik;Text\nInledning;\"x;a\nMitten;m;n\nAvslutning;\"y\";z\n");

    ReadResult result = ReadInput.read(folder);

    assertThat(result.findings())
        .map(Finding::toString)
        .containsExactly(
            "texter.csv rad 2: ett citattecken (\") på raden öppnar ett fält som inte stängs där"
                + " det ska; raden läses inte (resten av filen läses), kontrollera citattecknen");
  }

  @Test
  void oneBadByteInUtf8IsAnErrorNamingItsLineNotWindows1252() throws IOException {
    Path folder = folder();
    byte[] good =
        "Nr;Perspektiv;Mål;Åtgärd\n1;Medborgare;God vård;Införa PKS\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad = "2;Ekonomi;Budget;Minska x\n".getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 2] = (byte) 0xE5; // "å" in Windows-1252, invalid alone in UTF-8
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Files.write(folder.resolve("atgarder.csv"), all);

    ReadResult result = ReadInput.read(folder);

    assertThat(result.findings())
        .map(Finding::toString)
        .contains(
            "atgarder.csv rad 3: byten 0xE5 är inte giltig UTF-8; tecknet blir \uFFFD. Spara"
                + " filen som CSV UTF-8");
    assertThat(result.findings()).map(Finding::toString).noneMatch(f -> f.contains("windows-1252"));
  }

  private static byte[] concat(byte[] bom, String text, String charset) {
    byte[] body = text.getBytes(Charset.forName(charset));
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  @Test
  void utf8IsPreferredWhenValid() {
    assertThat(CsvText.decode("Fält;Värde".getBytes(StandardCharsets.UTF_8)).text())
        .isEqualTo("Fält;Värde");
  }
}
