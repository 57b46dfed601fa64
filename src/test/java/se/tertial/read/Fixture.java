package se.tertial.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small valid input, table by table as {@code ;}-separated text, that a test can break in one
 * place and write either as a CSV folder or as a workbook of text cells, so that every validation
 * is checked for both formats.
 */
final class Fixture {
  /** The two formats; {@link #describe} gives a finding's position as each one names it. */
  enum Format {
    CSV,
    XLSX;

    String describe(String table, int row, String column) {
      String file = table.toLowerCase(java.util.Locale.ROOT) + ".csv";
      String sheet = SHEETS.get(table.toLowerCase(java.util.Locale.ROOT));
      String place = this == CSV ? file + " rad " + row : "in.xlsx, blad " + sheet + ", rad " + row;
      return column == null ? place : place + ", kolumn " + column;
    }
  }

  static final Map<String, String> SHEETS =
      Map.of(
          "rapport", "Rapport",
          "styrmatt", "Styrmått",
          "utfall", "Utfall",
          "atgarder", "Åtgärder",
          "atgardsstatus", "Åtgärdsstatus",
          "texter", "Texter");

  private final Map<String, String> tables = new LinkedHashMap<>();

  Fixture() {
    tables.put(
        "rapport",
        """
        Fält;Värde
        Titel;Testrapport
        Organisation;Region Test
        Enhet;Division Test
        Period;2022-T1
        Publiceringsdatum;2022-05-31
        """);
    tables.put(
        "styrmatt",
        """
        ID;Perspektiv;Strategiskt mål;Styrmått;Mål;Riktning;Enhet;Uppföljningsperiod
        M01;Medborgare;God vård;Andel väntat under 90 dagar;70%;Högre är bättre;%;DÅ04,08,ÅR
        M02;Ekonomi;Budget i balans;Resultat;0,0;Högre är bättre;mnkr;DÅ04,08,ÅR
        """);
    tables.put(
        "utfall",
        """
        ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning
        M01;2022-T1;41;40;;;Bättre än i fjol.;
        M02;2022-T1;;;-17,7;;;
        """);
    tables.put(
        "atgarder",
        """
        Nr;Perspektiv;Mål;Åtgärd;Beskrivning;Ansvarig;Tidplan;Förväntad effekt
        1;Medborgare;God vård;Införa PKS;Produktionsplaner;VO-chefer;T1;Bättre tillgänglighet
        2;Ekonomi;Budget i balans;Minska inhyrning;;;;
        """);
    tables.put(
        "atgardsstatus",
        """
        Nr;Period;Status;Kommentar
        1;2022-T1;Pågår enligt plan;Piloten är igång.
        2;2022-T1;Genomförd;
        """);
    tables.put(
        "texter",
        """
        Avsnitt;Rubrik;Text
        Inledning;Inledning;Här är **texten**.
        """);
  }

  /** Replaces one table ({@code "utfall"} …) with {@code text}, or removes it when null. */
  Fixture with(String table, String text) {
    if (text == null) {
      tables.remove(table);
    } else {
      tables.put(table, text);
    }
    return this;
  }

  Path write(Format format, Path dir) throws IOException {
    return format == Format.CSV ? writeCsv(dir.resolve("csv")) : writeXlsx(dir.resolve("in.xlsx"));
  }

  Path writeCsv(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (var table : tables.entrySet()) {
      Files.writeString(
          folder.resolve(table.getKey() + ".csv"), table.getValue(), StandardCharsets.UTF_8);
    }
    return folder;
  }

  /** Every value as a text cell, split on {@code ;} (the fixtures use no quoting). */
  Path writeXlsx(Path file) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      for (var table : tables.entrySet()) {
        Sheet sheet = workbook.createSheet(SHEETS.get(table.getKey()));
        String[] lines = table.getValue().split("\n", -1);
        for (int r = 0; r < lines.length; r++) {
          if (lines[r].isEmpty()) {
            continue;
          }
          Row row = sheet.createRow(r);
          String[] values = lines[r].split(";", -1);
          for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
              row.createCell(c).setCellValue(values[c]);
            }
          }
        }
      }
      workbook.write(out);
    }
    return file;
  }
}
