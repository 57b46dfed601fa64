package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only a damaged file is "arbetsboken är skadad": POI's format errors and anything caused by an
 * I/O, zip or XML error; a programming error is not blamed on the workbook (it ends as exit 3).
 */
class XlsxReaderErrorsTest {
  @TempDir Path dir;

  @Test
  void poisFormatErrorsAndWrappedXmlOrIoErrorsAreBadInput() {
    assertThat(XlsxReader.isBadInput(new POIXMLException("broken part"))).isTrue();
    assertThat(XlsxReader.isBadInput(new NotOfficeXmlFileException("no zip"))).isTrue();
    assertThat(XlsxReader.isBadInput(new RuntimeException(new XMLStreamException("unexpected <"))))
        .isTrue();
    assertThat(XlsxReader.isBadInput(new IllegalStateException(new IOException("truncated"))))
        .isTrue();
  }

  @Test
  void programmingErrorsAreNotBadInput() {
    assertThat(XlsxReader.isBadInput(new NullPointerException())).isFalse();
    assertThat(XlsxReader.isBadInput(new IndexOutOfBoundsException(3))).isFalse();
    assertThat(XlsxReader.isBadInput(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void aDamagedZipIsStillAFindingNotAnException() throws IOException {
    File file = Files.write(dir.resolve("enhet.xlsx"), "PK\u0003\u0004 trasig".getBytes()).toFile();
    Findings findings = new Findings();

    assertThat(new XlsxReader().read(file, findings, Table.SHARED)).isEmpty();

    assertThat(findings.list())
        .singleElement()
        .extracting(f -> f.code())
        .isEqualTo("input.corrupt");
  }

  @Test
  void zipLimitsAreSetOnEveryReadWhateverChangedThemBefore() throws IOException {
    ZipSecureFile.setMinInflateRatio(0.5);
    File file = Files.write(dir.resolve("enhet.xlsx"), new byte[] {'P', 'K', 3, 4}).toFile();

    new XlsxReader().read(file, new Findings(), Table.SHARED);

    assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(XlsxReader.MIN_INFLATE_RATIO);
  }
}
