package se.tertial.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Corpus cases for sheets laid out as analysts lay them out and files that are not what their names
 * say: grouping columns merged down over their rows, a measure without a perspective, title rows
 * above the header, a workbook under a CSV file's name, a workbook part elsewhere than {@code
 * xl/workbook.xml}, more zip entries than allowed, invisible spaces around IDs, a quoted multi-line
 * cell that looks like rows, deeply nested emphasis and an out-of-range publication date.
 */
final class CorpusLayoutCases {
  private CorpusLayoutCases() {}

  /** Four measures in two perspectives, each perspective and goal written once per group. */
  static Fixture groupedMeasures() {
    return new Fixture()
        .with(
            "styrmatt",
            """
            ID;Perspektiv;Strategiskt mål;Styrmått;Mål;Riktning;Enhet;Uppföljningsperiod
            M01;Medborgare;God vård;Andel väntat under 90 dagar;70%;Högre är bättre;%;DÅ04,08,ÅR
            M02;;;Nöjda patienter;80%;Högre är bättre;%;DÅ04,08,ÅR
            M03;Ekonomi;Budget i balans;Resultat;0,0;Högre är bättre;mnkr;DÅ04,08,ÅR
            M04;;;Sjukfrånvaro;5%;Lägre är bättre;%;DÅ04,08,ÅR
            """)
        .with(
            "utfall",
            """
            ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning
            M01;2022-T1;41;40;;;Bättre än i fjol.;
            M02;2022-T1;;;82;;;
            M03;2022-T1;;;-17,7;;;
            M04;2022-T1;;;5,5;;;
            """);
  }

  /**
   * {@link #groupedMeasures} as a workbook with Perspektiv and Strategiskt mål merged over each
   * group's rows (B2:B3, C2:C3, B4:B5, C4:C5), as POI writes merged cells.
   */
  static void mergedGroupingColumns(Path target) throws IOException {
    edit(
        groupedMeasures(),
        target,
        wb -> {
          Sheet measures = wb.getSheet("Styrmått");
          measures.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
          measures.addMergedRegion(new CellRangeAddress(1, 2, 2, 2));
          measures.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
          measures.addMergedRegion(new CellRangeAddress(3, 4, 2, 2));
        });
  }

  /**
   * {@link #groupedMeasures} (Perspektiv and goal merged as in {@link #mergedGroupingColumns}) with
   * last year's outcomes too, as an analyst groups them in a workbook: each ID written once and
   * merged down over its two periods' rows (A2:A3, A4:A5), M03's and M04's Period written once and
   * merged over both rows (B6:B7); and each action's Nr merged over its two periods' status rows
   * (A2:A3, A4:A5).
   */
  static void mergedOutcomeKeys(Path target) throws IOException {
    Fixture fixture =
        groupedMeasures()
            .with(
                "utfall",
                """
                ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning
                M01;2021-T1;38;37;;;;
                ;2022-T1;41;40;;;Bättre än i fjol.;
                M02;2021-T1;;;80;;;
                ;2022-T1;;;82;;;
                M03;2022-T1;;;-17,7;;;
                M04;;;;5,5;;;
                """)
            .with(
                "atgarder",
                """
                Nr;Perspektiv;Mål;Åtgärd;Beskrivning;Ansvarig;Tidplan;Förväntad effekt
                1;Medborgare;God vård;Införa PKS;;;;
                2;Medborgare;God vård;Säkra patientflöden;;;;
                3;Ekonomi;Budget i balans;Minska inhyrning;;;;
                4;Ekonomi;Budget i balans;Se över lokalerna;;;;
                """)
            .with(
                "atgardsstatus",
                """
                Nr;Period;Status;Kommentar
                1;2021-ÅR;Pågår enligt plan;
                ;2022-T1;Genomförd;
                2;2021-ÅR;Ej påbörjad;
                ;2022-T1;Pågår enligt plan;
                3;2022-T1;Genomförd;
                4;2022-T1;Ej påbörjad;
                """);
    edit(
        fixture,
        target,
        wb -> {
          Sheet measures = wb.getSheet("Styrmått");
          for (int column = 1; column <= 2; column++) {
            measures.addMergedRegion(new CellRangeAddress(1, 2, column, column));
            measures.addMergedRegion(new CellRangeAddress(3, 4, column, column));
          }
          Sheet outcomes = wb.getSheet("Utfall");
          outcomes.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
          outcomes.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
          outcomes.addMergedRegion(new CellRangeAddress(5, 6, 1, 1));
          Sheet statuses = wb.getSheet("Åtgärdsstatus");
          statuses.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
          statuses.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
        });
  }

  /**
   * Four actions in two perspectives, each perspective and goal written once per group: as a sheet
   * with those cells merged saves as CSV (the value in the top row only).
   */
  static Fixture groupedActions() {
    return new Fixture()
        .with(
            "atgarder",
            """
            Nr;Perspektiv;Mål;Åtgärd;Beskrivning;Ansvarig;Tidplan;Förväntad effekt
            1;Medborgare;God vård;Införa PKS;;;;
            2;;;Säkra patientflöden;;;;
            3;Ekonomi;Budget i balans;Minska inhyrning;;;;
            4;;;Se över lokalerna;;;;
            """)
        .with(
            "atgardsstatus",
            """
            Nr;Period;Status;Kommentar
            1;2022-T1;Pågår enligt plan;
            2;2022-T1;Pågår enligt plan;
            3;2022-T1;Genomförd;
            4;2022-T1;Ej påbörjad;
            """);
  }

  /** {@link #groupedActions} as a workbook, with {@code ranges} merged in Åtgärder. */
  private static void mergedActions(Path target, CellRangeAddress... ranges) throws IOException {
    edit(
        groupedActions(),
        target,
        wb -> {
          for (CellRangeAddress range : ranges) {
            wb.getSheet("Åtgärder").addMergedRegion(range);
          }
        });
  }

  static Map<String, CorpusInputs.Generator> generators() {
    Map<String, CorpusInputs.Generator> map = new LinkedHashMap<>();
    map.put("xlsx-merged-grouping-columns", CorpusLayoutCases::mergedGroupingColumns);
    map.put("xlsx-merged-outcome-keys", CorpusLayoutCases::mergedOutcomeKeys);
    map.put(
        "xlsx-measure-without-perspective",
        t ->
            edit(
                groupedMeasures(),
                t,
                wb -> {
                  // Only the goal is merged; M04's perspective is simply left out.
                  Sheet measures = wb.getSheet("Styrmått");
                  measures.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
                  measures.addMergedRegion(new CellRangeAddress(3, 4, 2, 2));
                }));
    map.put("csv-measure-without-perspective", t -> groupedMeasures().writeCsv(t));
    map.put("csv-action-without-perspective", t -> groupedActions().writeCsv(t));
    map.put(
        "xlsx-merged-action-perspective",
        t ->
            mergedActions(
                t,
                new CellRangeAddress(1, 2, 1, 1),
                new CellRangeAddress(1, 2, 2, 2),
                new CellRangeAddress(3, 4, 1, 1),
                new CellRangeAddress(3, 4, 2, 2)));
    map.put(
        "xlsx-action-without-perspective",
        t -> mergedActions(t, new CellRangeAddress(1, 2, 1, 1), new CellRangeAddress(1, 2, 2, 2)));
    map.put(
        "csv-measure-without-goal",
        t ->
            new Fixture()
                .with(
                    "styrmatt",
                    """
                    ID;Perspektiv;Strategiskt mål;Styrmått;Mål;Riktning;Enhet;Uppföljningsperiod
                    M01;Medborgare;God vård;Andel väntat under 90 dagar;70%;Högre är bättre;%;DÅ04,08,ÅR
                    M02;Medborgare;;Nöjda patienter;80%;Högre är bättre;%;DÅ04,08,ÅR
                    M03;Ekonomi;;Resultat;0,0;Högre är bättre;mnkr;DÅ04,08,ÅR
                    """)
                .with(
                    "utfall",
                    """
                    ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning
                    M01;2022-T1;41;40;;;;
                    M02;2022-T1;;;82;;;
                    M03;2022-T1;;;-17,7;;;
                    """)
                .writeCsv(t));
    map.put(
        "xlsx-title-rows-above-header",
        t ->
            edit(
                new Fixture(),
                t,
                wb -> {
                  for (String name : new String[] {"Styrmått", "Utfall"}) {
                    Sheet sheet = wb.getSheet(name);
                    sheet.shiftRows(0, sheet.getLastRowNum(), 2);
                    sheet.createRow(0).createCell(0).setCellValue(name + " 2022 – Division Test");
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
                  }
                }));
    map.put(
        "csv-title-rows-above-header",
        t ->
            new Fixture()
                .with(
                    "utfall",
                    """
                    Utfall 2022 – Division Test;;;;;;;
                    ;;;;;;;
                    ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning
                    M01;2022-T1;41;40;;;Bättre än i fjol.;
                    M02;2022-T1;;;-17,7;;;
                    """)
                .writeCsv(t));
    map.put(
        "csv-file-is-a-workbook",
        t -> {
          new Fixture().writeCsv(t);
          new Fixture().writeXlsx(t.resolve("utfall.csv"));
        });
    map.put("xlsx-workbook-part-elsewhere", CorpusLayoutCases::workbookPartElsewhere);
    map.put("xlsx-more-than-1000-parts", CorpusLayoutCases::manyParts);
    map.put(
        "csv-no-break-space-around-id",
        t ->
            new Fixture()
                .with(
                    "utfall",
                    """
                    ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning
                    M01\u00a0;2022-T1;41;40;;;Bättre än i fjol.;
                    \u2007M02\u200b;\u202f2022-T1;;;-17,7;;;
                    """)
                .writeCsv(t));
    map.put(
        "xlsx-no-break-space-around-id",
        t ->
            edit(
                new Fixture(),
                t,
                wb -> {
                  wb.getSheet("Utfall").getRow(1).getCell(0).setCellValue("M01\u00a0");
                  wb.getSheet("Utfall").getRow(2).getCell(0).setCellValue("\u3000M02\ufeff");
                }));
    map.put(
        "csv-quoted-multiline-cell-like-rows",
        t ->
            new Fixture()
                .with(
                    "texter",
                    """
                    Avsnitt;Rubrik;Text
                    Inledning;Inledning;"Se nedan.
                    Mål 1; mål 2; mål 3"
                    Sammanfattning;Sammanfattning;"Två rader;
                    ""citerat""; och mer"
                    """)
                .writeCsv(t));
    map.put(
        "csv-deeply-nested-emphasis",
        t ->
            new Fixture()
                .with(
                    "texter",
                    "Avsnitt;Rubrik;Text\nInledning;Inledning;"
                        + "**".repeat(3000)
                        + "[x](https://example.org)"
                        + "**".repeat(3000)
                        + "\n")
                .writeCsv(t));
    return map;
  }

  /**
   * The fixture workbook with its workbook part renamed to {@code xl/arbetsbok.xml}: a valid
   * package (the relationships and content types say where the part is), as other programs may
   * write it.
   */
  private static void workbookPartElsewhere(Path target) throws IOException {
    Path plain = new Fixture().writeXlsx(target.resolveSibling("plain.tmp"));
    try (ZipFile zip = new ZipFile(plain.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        String name =
            switch (entry.getName()) {
              case "xl/workbook.xml" -> "xl/arbetsbok.xml";
              case "xl/_rels/workbook.xml.rels" -> "xl/_rels/arbetsbok.xml.rels";
              default -> entry.getName();
            };
        byte[] data;
        try (InputStream in = zip.getInputStream(entry)) {
          data = in.readAllBytes();
        }
        if (name.equals("_rels/.rels") || name.equals("[Content_Types].xml")) {
          data =
              new String(data, StandardCharsets.UTF_8)
                  .replace("xl/workbook.xml", "xl/arbetsbok.xml")
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(name));
        out.write(data);
        out.closeEntry();
      }
    }
    Files.delete(plain);
  }

  /** The fixture workbook with 1 001 extra (unreferenced) parts. */
  private static void manyParts(Path target) throws IOException {
    Path plain = new Fixture().writeXlsx(target.resolveSibling("plain.tmp"));
    try (ZipFile zip = new ZipFile(plain.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream in = zip.getInputStream(entry)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
      for (int i = 1; i <= 1001; i++) {
        out.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
        out.write("<a/>".getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    Files.delete(plain);
  }

  /** {@code fixture} as a workbook, changed by {@code change} with POI. */
  static void edit(Fixture fixture, Path target, Consumer<XSSFWorkbook> change) throws IOException {
    Path plain = fixture.writeXlsx(target.resolveSibling("plain.tmp"));
    try (InputStream in = Files.newInputStream(plain);
        XSSFWorkbook workbook = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(target)) {
      change.accept(workbook);
      workbook.write(out);
    }
    Files.delete(plain);
  }
}
