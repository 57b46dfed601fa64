package se.tertial.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;
import se.tertial.testing.ReadInput;

/**
 * {@link ReportReader#read} on 2 000 folders (times {@code tertial.fuzz.factor}) whose tables are
 * random CSV-ish text or random bytes: it must never throw, and whatever it reports must be a
 * finding with a position and a message.
 */
class CsvReaderFuzzTest {
  private static final String[] FILES = {
    "rapport.csv", "styrmatt.csv", "utfall.csv", "atgarder.csv", "atgardsstatus.csv", "texter.csv"
  };
  private static final String[] HEADERS = {
    "Fält;Värde\nPeriod;2022-T1\n",
    "ID;Perspektiv;Styrmått;Mål;Riktning;Enhet\n",
    "ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning\n",
    "Nr;Åtgärd\n",
    "Nr;Period;Status;Kommentar\n",
    "Avsnitt;Rubrik;Text\n"
  };

  @TempDir Path dir;

  // No @Timeout: the count is bounded, and -Pfuzz runs 20 times as long.
  @Test
  void readNeverThrowsOnRandomCsvFolders() throws IOException {
    FuzzText text = new FuzzText(7);
    int tries = 2_000 * FuzzText.FACTOR;
    for (int i = 0; i < tries; i++) {
      Path folder = Files.createDirectories(dir.resolve("f" + (i % 8)));
      for (int f = 0; f < FILES.length; f++) {
        Files.write(folder.resolve(FILES[f]), content(text, f));
      }
      ReadResult result;
      try {
        result = ReadInput.read(folder);
      } catch (RuntimeException | Error e) {
        throw new AssertionError("seed " + FuzzText.SEED + ", try " + i + ": " + e, e);
      }
      assertThat(result.findings())
          .allSatisfy(
              finding -> {
                assertThat(finding.where().file()).isNotBlank();
                assertThat(finding.message()).isNotBlank();
              });
    }
  }

  /** Starts of files that are no text: zip (a workbook), OLE2 (an .xls), PDF. */
  private static final byte[][] MAGIC = {
    {0x50, 0x4B, 0x03, 0x04},
    {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
    {0x25, 0x50, 0x44, 0x46, 0x2D}
  };

  /**
   * A valid header and random rows (mostly), or random bytes, or nothing; the header sometimes
   * below title rows, rows sometimes with a quoted multi-line field or deeply nested emphasis, and
   * files sometimes starting like a workbook, an old Excel file or a PDF.
   */
  private static byte[] content(FuzzText text, int file) {
    return switch (text.nextInt(12)) {
      case 0 -> text.bytes(300);
      case 1 -> new byte[0];
      case 2 -> {
        byte[] magic = MAGIC[text.nextInt(MAGIC.length)];
        byte[] rest = text.bytes(200);
        byte[] all = java.util.Arrays.copyOf(magic, magic.length + rest.length);
        System.arraycopy(rest, 0, all, magic.length, rest.length);
        yield all;
      }
      default -> {
        StringBuilder csv = new StringBuilder();
        for (int t = text.nextInt(4) == 0 ? text.nextInt(4) : 0; t > 0; t--) {
          csv.append(text.next(3)).append(text.nextInt(2) == 0 ? ";;;\n" : "\n"); // title rows
        }
        csv.append(HEADERS[file]);
        for (int r = text.nextInt(6); r > 0; r--) {
          csv.append(text.next(12));
          switch (text.nextInt(8)) {
            case 0 ->
                csv.append(";\"")
                    .append(text.next(4))
                    .append("\n")
                    .append(text.next(6))
                    .append("\"");
            case 1 -> csv.append(";").append("*[".repeat(text.nextInt(400))).append(text.next(3));
            default -> {}
          }
          csv.append('\n');
        }
        yield csv.toString()
            .getBytes(text.nextInt(5) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
      }
    };
  }
}
