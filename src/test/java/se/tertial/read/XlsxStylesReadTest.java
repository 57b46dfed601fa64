package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.model.Finding;
import se.tertial.testing.ReadInput;

/**
 * A workbook whose styles part is missing, empty or pointed at wrongly is still read, its numbers
 * in the General format (as before tertial read styles.xml itself): never a damaged-file finding.
 * The fixture's first outcome is 0.41 formatted {@code 0 %}, so 41 with its format, 0.41 without.
 */
class XlsxStylesReadTest {
  @TempDir Path dir;

  @Test
  void withItsStylesPartTheCellIsReadInPercentUnits() throws IOException {
    Path file = rewritten((name, bytes) -> bytes);

    assertThat(firstWomen(file)).isEqualTo(new BigDecimal("41"));
  }

  @Test
  void aMissingStylesPartWithItsRelationshipLeftMeansTheGeneralFormat() throws IOException {
    Path file = rewritten((name, bytes) -> name.equals("xl/styles.xml") ? null : bytes);

    assertThat(firstWomen(file)).isEqualTo(new BigDecimal("0.41"));
  }

  @Test
  void aWorkbookWithoutAnyStylesMeansTheGeneralFormat() throws IOException {
    Path file =
        rewritten(
            (name, bytes) -> {
              String text = new String(bytes, StandardCharsets.UTF_8);
              return switch (name) {
                case "xl/styles.xml" -> null;
                case "xl/_rels/workbook.xml.rels" ->
                    utf8(text.replaceAll("<Relationship [^>]*styles\"[^>]*/>", ""));
                case "[Content_Types].xml" ->
                    utf8(text.replaceAll("<Override [^>]*styles\\+xml\"[^>]*/>", ""));
                default -> bytes;
              };
            });

    assertThat(entry(file, "xl/styles.xml")).isNull();
    assertThat(entry(file, "xl/_rels/workbook.xml.rels")).doesNotContain("relationships/styles");
    assertThat(entry(file, "[Content_Types].xml")).doesNotContain("styles+xml");
    assertThat(firstWomen(file)).isEqualTo(new BigDecimal("0.41"));
  }

  @Test
  void aStyleIndexBeyondAnEmptyCellXfsMeansTheGeneralFormat() throws IOException {
    Path file =
        rewritten(
            (name, bytes) ->
                name.equals("xl/styles.xml")
                    ? utf8(
                        new String(bytes, StandardCharsets.UTF_8)
                            .replaceAll("<cellXfs.*</cellXfs>", "<cellXfs count=\"0\"/>"))
                    : bytes);

    assertThat(firstWomen(file)).isEqualTo(new BigDecimal("0.41"));
  }

  @Test
  void aStylesPartThatIsNotXmlMeansTheGeneralFormat() throws IOException {
    Path file =
        rewritten((name, bytes) -> name.equals("xl/styles.xml") ? utf8("<styleSheet") : bytes);

    assertThat(firstWomen(file)).isEqualTo(new BigDecimal("0.41"));
  }

  /** The fixture with Utfall!C2 = 0.41 formatted {@code 0 %}, its zip entries passed through. */
  private Path rewritten(BiFunction<String, byte[], byte[]> change) throws IOException {
    Path plain = new Fixture().writeXlsx(dir.resolve("plain.xlsx"));
    Path edited = dir.resolve("edited.xlsx");
    try (InputStream in = Files.newInputStream(plain);
        XSSFWorkbook workbook = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(edited)) {
      var cell = workbook.getSheet("Utfall").getRow(1).createCell(2);
      cell.setCellValue(0.41);
      var style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat("0 %"));
      cell.setCellStyle(style);
      workbook.write(out);
    }
    Path result = dir.resolve("in.xlsx");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(edited));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(result))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = change.apply(entry.getName(), in.readAllBytes());
        if (bytes != null) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          out.write(bytes);
          out.closeEntry();
        }
      }
    }
    return result;
  }

  private static BigDecimal firstWomen(Path file) {
    ReadResult result = ReadInput.read(file);
    assertThat(result.findings())
        .extracting(Finding::code)
        .doesNotContain("input.corrupt", "input.zipBomb");
    return result.report().orElseThrow().outcomes().get(0).women();
  }

  /** A zip entry's text, or null when there is none. */
  private static String entry(Path file, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    return null;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
