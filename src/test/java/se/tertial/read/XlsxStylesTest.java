package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The number formats tertial reads from {@code xl/styles.xml} are the ones POI's {@code
 * StylesTable} gives ({@code XSSFCellStyle.getDataFormat()} and {@code getDataFormatString()},
 * which the reader used before): POI stays the oracle here, on real files and on odd parts.
 */
class XlsxStylesTest {
  private static final Path REAL = Path.of("src/test/resources/real-files");
  private static final String MAIN = XlsxStyles.MAIN_NS;

  private final XMLInputFactory factory = XMLHelper.newXMLInputFactory();

  static Stream<Path> realWorkbooks() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(Path.of("sample-data/lansjukvard2/lansjukvard2.xlsx"));
    files.add(Path.of("src/test/resources/libreoffice/lansjukvard2-libreoffice.xlsx"));
    try (Stream<Path> real = Files.list(REAL)) {
      real.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(files::add);
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("realWorkbooks")
  void everyCellStyleOfARealWorkbookHasTheFormatPoisStylesTableGives(Path file) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      StylesTable poi = new XSSFReader(pkg).getStylesTable();
      XlsxStyles ours;
      try (InputStream in = XlsxPackage.open(pkg, factory).styles()) {
        ours = XlsxStyles.read(factory, in);
      }

      assertThat(ours.size()).isEqualTo(poi.getNumCellStyles()).isPositive();
      for (int style = -1; style <= poi.getNumCellStyles() + 1; style++) {
        assertThat(ours.format(style)).as("%s, style %d", file, style).isEqualTo(poi(poi, style));
      }
    }
  }

  @Test
  void openpyxlCustomFormatsAreReadWithTheirOwnIds() throws Exception {
    XlsxStyles styles = stylesOf(REAL.resolve("openpyxl-number-formats.xlsx"));

    List<XlsxStyles.Format> formats = formats(styles);
    assertThat(formats)
        .extracting(XlsxStyles.Format::code)
        .contains("0.0%", "0,0", "# ##0", "yyyy-mm-dd", "0.0 \"mnkr\"", "[Red]-0.0;0.0")
        .contains("0.00%", "0%", "#,##0"); // built-in ids 10, 9 and 3, named by POI's table
    assertThat(formats).contains(new XlsxStyles.Format(164, "0.0%"));
    assertThat(formats).contains(new XlsxStyles.Format(10, "0.00%"));
  }

  @Test
  void libreOfficeRedefiningId164AsGeneralIsReadAsWritten() throws Exception {
    XlsxStyles styles = stylesOf(REAL.resolve("libreoffice-resaved-number-formats.xlsx"));

    // LibreOffice writes no applyNumberFormat at all (the schema default is false), yet its
    // numFmtId is the cell's format, in Excel and in POI alike.
    assertThat(formats(styles))
        .contains(new XlsxStyles.Format(164, "General"))
        .extracting(XlsxStyles.Format::code)
        .contains("#\\ ##0", "yyyy\\-mm\\-dd", "0.00%");
  }

  @Test
  void numbersAreShownWithTheFormatsOfAnOpenpyxlWorkbook() throws Exception {
    XlsxStyles styles = stylesOf(REAL.resolve("openpyxl-number-formats.xlsx"));
    XlsxCells cells = new XlsxCells(styles, false);

    RawCell percent = cells.numeric(0.0843, styleWith(styles, "0.00%"));
    assertThat(percent.number()).isEqualTo(new BigDecimal("8.43"));
    RawCell custom = cells.numeric(0.4, styleWith(styles, "0.0%"));
    assertThat(custom.number()).isEqualTo(new BigDecimal("40.0"));
    RawCell date = cells.numeric(44681, styleWith(styles, "yyyy-mm-dd"));
    assertThat(date.date()).isEqualTo(LocalDate.of(2022, 4, 30));
    RawCell general = cells.numeric(44681, 0);
    assertThat(general.date()).isNull();
    assertThat(general.text()).isEqualTo("44681");
  }

  /** Odd styles parts, each read by POI's StylesTable too: the formats must agree. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // empty cellXfs: every index is out of range
        "<cellXfs count=\"0\"/>",
        // an xf without numFmtId is format 0
        "<cellXfs><xf fontId=\"0\"/><xf numFmtId=\"10\"/></cellXfs>",
        // a numFmtId that is neither the workbook's nor built in: id kept, General shown
        "<cellXfs><xf numFmtId=\"200\"/><xf numFmtId=\"50\"/></cellXfs>",
        // a workbook may redefine a built-in id (bug 49928 in POI)
        "<numFmts><numFmt numFmtId=\"9\" formatCode=\"0.0%\"/></numFmts>"
            + "<cellXfs><xf numFmtId=\"9\"/></cellXfs>",
        // applyNumberFormat="0" is not consulted, as POI does not
        "<cellXfs><xf numFmtId=\"10\" applyNumberFormat=\"0\"/></cellXfs>",
        // an id above a short's range, cast as POI casts it
        "<numFmts><numFmt numFmtId=\"40000\" formatCode=\"0.000\"/></numFmts>"
            + "<cellXfs><xf numFmtId=\"40000\"/><xf numFmtId=\" 40000 \"/></cellXfs>",
        // cellStyleXfs and a dxf's numFmt are not cell formats; a later numFmt wins
        "<numFmts><numFmt numFmtId=\"164\" formatCode=\"0.0\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"0.00\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"0.000\"/></numFmts>"
            + "<cellStyleXfs><xf numFmtId=\"165\"/></cellStyleXfs>"
            + "<cellXfs><xf numFmtId=\"164\"/><xf numFmtId=\"165\" xfId=\"0\"/></cellXfs>"
            + "<dxfs><dxf><numFmt numFmtId=\"164\" formatCode=\"0.0000\"/></dxf></dxfs>",
        // a numFmt without a formatCode falls back to the built-in format of its id
        "<numFmts><numFmt numFmtId=\"10\"/></numFmts><cellXfs><xf numFmtId=\"10\"/></cellXfs>",
        // no cellXfs at all
        "<numFmts><numFmt numFmtId=\"164\" formatCode=\"0.0\"/></numFmts>"
      })
  void anOddStylesPartGivesTheFormatsPoiGives(String body) throws IOException {
    String xml = "<styleSheet xmlns=\"" + MAIN + "\">" + body + "</styleSheet>";
    StylesTable poi = new StylesTable(stream(xml));
    XlsxStyles ours = XlsxStyles.read(factory, stream(xml));

    assertThat(ours.size()).isEqualTo(poi.getNumCellStyles());
    for (int style = -2; style <= poi.getNumCellStyles() + 2; style++) {
      assertThat(ours.format(style)).as("style %d", style).isEqualTo(poi(poi, style));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<styleSheet xmlns=\"" + MAIN + "\"><cellXfs><xf numFmtId=\"10\"></cellXfs></styleSheet>",
        "<worksheet xmlns=\"" + MAIN + "\"><cellXfs><xf numFmtId=\"10\"/></cellXfs></worksheet>",
        "<styleSheet><cellXfs><xf numFmtId=\"10\"/></cellXfs></styleSheet>",
        "<styleSheet xmlns=\""
            + MAIN
            + "\"><cellXfs><xf numFmtId=\"10\"/></cellXfs></styleSheet>"
            + "<trailing/>",
        ""
      })
  void anUnreadableStylesPartMeansTheGeneralFormat(String xml) {
    XlsxStyles styles = XlsxStyles.read(factory, stream(xml));

    assertThat(styles.size()).isZero();
    assertThat(styles.format(0)).isEqualTo(XlsxStyles.GENERAL);
  }

  @Test
  void entitiesInTheStylesPartAreNeitherExpandedNorFetched(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("hemlig.txt");
    Files.writeString(secret, "0.00%");
    String laughs =
        "<!ENTITY a \"0000000000\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;\">";
    for (String entity :
        List.of(
            laughs + "<!ENTITY x \"&d;&d;&d;&d;\">",
            "<!ENTITY x SYSTEM \"" + secret.toUri() + "\">")) {
      String xml =
          "<!DOCTYPE styleSheet ["
              + entity
              + "]><styleSheet xmlns=\""
              + MAIN
              + "\">"
              + "<numFmts><numFmt numFmtId=\"164\" formatCode=\"&x;\"/></numFmts>"
              + "<cellXfs><xf numFmtId=\"164\"/></cellXfs></styleSheet>";

      XlsxStyles styles = XlsxStyles.read(factory, stream(xml));

      assertThat(styles.format(0)).isEqualTo(XlsxStyles.GENERAL);
    }
  }

  @Test
  void aHugeFormatCodeIsIgnoredAndHugeStyleCountsAreCapped() {
    StringBuilder xml = new StringBuilder("<styleSheet xmlns=\"" + MAIN + "\"><numFmts>");
    xml.append("<numFmt numFmtId=\"164\" formatCode=\"").append("0".repeat(1_000_000));
    xml.append("\"/></numFmts><cellXfs>");
    xml.append("<xf numFmtId=\"164\"/>".repeat(XlsxStyles.MAX_ENTRIES + 10));
    xml.append("</cellXfs></styleSheet>");

    XlsxStyles styles = XlsxStyles.read(factory, stream(xml.toString()));

    assertThat(styles.size()).isEqualTo(XlsxStyles.MAX_ENTRIES);
    assertThat(styles.format(0)).isEqualTo(new XlsxStyles.Format(164, "General"));
    assertThat(styles.format(XlsxStyles.MAX_ENTRIES)).isEqualTo(XlsxStyles.GENERAL);
  }

  @Test
  void idsThatAreNotNumbersMeanTheGeneralFormat() {
    String xml =
        "<styleSheet xmlns=\""
            + MAIN
            + "\">"
            + "<numFmts><numFmt numFmtId=\"x\" formatCode=\"0.0\"/></numFmts>"
            + "<cellXfs><xf numFmtId=\"-1\"/><xf numFmtId=\"abc\"/><xf numFmtId=\"10\" xfId=\"?\"/>"
            + "<xf numFmtId=\"10\"/></cellXfs></styleSheet>";

    XlsxStyles styles = XlsxStyles.read(factory, stream(xml));

    assertThat(styles.size()).isEqualTo(4);
    assertThat(styles.format(0)).isEqualTo(XlsxStyles.GENERAL);
    assertThat(styles.format(1)).isEqualTo(XlsxStyles.GENERAL);
    assertThat(styles.format(2)).isEqualTo(XlsxStyles.GENERAL);
    assertThat(styles.format(3)).isEqualTo(new XlsxStyles.Format(10, "0.00%"));
  }

  /** What the reader used before: POI's cell style, or General where it had none. */
  private static XlsxStyles.Format poi(StylesTable table, int style) {
    XSSFCellStyle cellStyle =
        style < 0 || style >= table.getNumCellStyles() ? null : table.getStyleAt(style);
    if (cellStyle == null) {
      return XlsxStyles.GENERAL;
    }
    String code = cellStyle.getDataFormatString();
    return new XlsxStyles.Format(cellStyle.getDataFormat(), code == null ? "General" : code);
  }

  private XlsxStyles stylesOf(Path file) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        InputStream in = XlsxPackage.open(pkg, factory).styles()) {
      return XlsxStyles.read(factory, in);
    }
  }

  private static int styleWith(XlsxStyles styles, String code) {
    List<XlsxStyles.Format> formats = formats(styles);
    for (int i = 0; i < formats.size(); i++) {
      if (formats.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new AssertionError("no style with " + code);
  }

  private static List<XlsxStyles.Format> formats(XlsxStyles styles) {
    List<XlsxStyles.Format> formats = new ArrayList<>();
    for (int i = 0; i < styles.size(); i++) {
      formats.add(styles.format(i));
    }
    return formats;
  }

  private static InputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}
