package se.tertial.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Corpus cases for sheets laid out as analysts lay them out and files that are not what their
 * names say: grouping columns merged down over their rows, a measure without a perspective, title
 * rows above the header, a workbook under a CSV file's name, a workbook part elsewhere than {@code
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

  static Map<String, CorpusInputs.Generator> generators() {
    Map<String, CorpusInputs.Generator> map = new LinkedHashMap<>();
    map.put("xlsx-merged-grouping-columns", CorpusLayoutCases::mergedGroupingColumns);
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
    return map;
  }

  /** {@code fixture} as a workbook, changed by {@code change} with POI. */
  static void edit(Fixture fixture, Path target, Consumer<XSSFWorkbook> change)
      throws IOException {
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
