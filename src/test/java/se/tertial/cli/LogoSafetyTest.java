package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The logo beside the input, through the real command line: a symlink out of the folder is refused
 * (exit 2, nothing written, the target's bytes never in the output); a logo that is no image or
 * claims 25 000 × 25 000 pixels is left out with a warning naming it.
 */
class LogoSafetyTest extends CommandLineHarness {
  private Path csv;
  private Path html;

  @BeforeEach
  void copySample() throws IOException {
    csv = copyOfSample("enhet/csv");
    html = dir.resolve("bilaga.html");
  }

  private int render(String... extra) {
    String[] args = new String[3 + extra.length];
    args[0] = "render";
    args[1] = csv.toString();
    args[2] = "-o" + html;
    System.arraycopy(extra, 0, args, 3, extra.length);
    return run(args);
  }

  @Test
  void aLogoLinkingOutOfTheFolderIsRefusedAndItsTargetNeverEmbedded() throws IOException {
    Path secret = Files.writeString(dir.resolve("hemlig.txt"), "HEMLIGT-INNEHALL");
    Files.createSymbolicLink(csv.resolve("logo.png"), secret);

    int exit = render();

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("pekar ut ur indatamappen").doesNotContain("\tat ");
    assertThat(html).doesNotExist();
  }

  @Test
  void aLogoThatIsNoImageIsLeftOutWithAWarning() throws IOException {
    Files.writeString(csv.resolve("logo.png"), "inte en bild");

    int exit = render("--strict");

    assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
    assertThat(err.toString()).contains("logo.png: logotypen är ingen PNG- eller JPEG-bild");
    assertThat(Files.readString(html)).doesNotContain("data:image/png");
  }

  @Test
  void aHugeLogoIsLeftOutWithAWarningNamingItsSize() throws IOException {
    Files.write(csv.resolve("logo.png"), pngHeader(25_000, 25_000));

    int exit = render();

    assertThat(exit).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).contains("logotypen är 25000 × 25000 bildpunkter, större än 4000");
    assertThat(Files.readString(html)).doesNotContain("data:image/png");
  }

  @Test
  void checkReportsTheLogoFindingsRenderWouldAct() throws IOException {
    Files.write(csv.resolve("logo.png"), pngHeader(25_000, 25_000));

    int exit = run("check", csv.toString());

    assertThat(exit).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains(
            "varning: logo.png: logotypen är 25000 × 25000 bildpunkter, större än 4000 × 4000,"
                + " och används inte; spara en mindre bild");
  }

  @Test
  void checkRefusesALogoLinkingOutOfTheFolderAsRenderDoes() throws IOException {
    Path secret = Files.writeString(dir.resolve("hemlig.txt"), "HEMLIGT-INNEHALL");
    Files.createSymbolicLink(csv.resolve("logo.png"), secret);

    int exit = run("check", csv.toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString())
        .contains("fel: logo.png: logotypen är en länk som pekar ut ur indatamappen")
        .doesNotContain("HEMLIGT-INNEHALL");
  }

  @Test
  void renderWarnsAboutALeftOutLogoOnce() throws IOException {
    Files.writeString(csv.resolve("logo.png"), "inte en bild");

    render();

    assertThat(err.toString().split("logotypen är ingen PNG", -1)).hasSize(2);
  }

  /** A PNG signature and header claiming the given size, then an empty image data chunk. */
  static byte[] pngHeader(int width, int height) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(bytes);
    data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(header);
    h.writeInt(width);
    h.writeInt(height);
    h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit greyscale
    chunk(data, "IHDR", header.toByteArray());
    chunk(data, "IDAT", new byte[0]);
    chunk(data, "IEND", new byte[0]);
    return bytes.toByteArray();
  }

  private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeInt(body.length);
    out.write(name);
    out.write(body);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(body);
    out.writeInt((int) crc.getValue());
  }
}
