package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.tertial.render.VeraPdfAccess;

/**
 * Text in other scripts prints with the embedded fallback fonts instead of {@code #}: a render of a
 * CSV folder with Greek, Cyrillic, Polish and Sami letters, Arabic, Hebrew, emoji and mathematical
 * letters, checked by extracted text, the fonts in the PDF and veraPDF; characters no font has
 * (Chinese, Thai) get a warning naming the cell, and become {@code #} in the PDF.
 */
class FallbackFontsPdfTest {
  static final Path SCRIPTS =
      Path.of("src/test/resources/bad-input/csv-characters-without-glyph/csv");
  static final Path PLAIN = Path.of("sample-data/lansjukvard2/csv");

  @TempDir Path dir;

  @Test
  void otherScriptsPrintWithFallbackFontsAndMissingGlyphsAreWarnedAbout() throws Exception {
    Path pdf = dir.resolve("skript.pdf");
    StringWriter err = new StringWriter();

    int exit = render(SCRIPTS, pdf, err);

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(err.toString())
        .contains(
            "varning: utfall.csv rad 3, kolumn Kommentar: cellen har tecken som PDF:ens typsnitt"
                + " saknar och som blir # i PDF:en: 中 (U+4E2D), 文 (U+6587), ภ (U+0E20)");
    byte[] bytes = Files.readAllBytes(pdf);
    String text;
    StringBuilder glyphs = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      text = new PDFTextStripper().getText(doc);
      PDFTextStripper raw =
          new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> positions) {
              positions.forEach(p -> glyphs.append(p.getUnicode()));
            }
          };
      raw.getText(doc);
      assertThat(fontNames(doc))
          .anyMatch(name -> name.endsWith("+LiberationSans"))
          .anyMatch(name -> name.endsWith("+NotoSansArabic-Regular"))
          .anyMatch(name -> name.endsWith("+Symbola"));
    }
    assertThat(text)
        .contains("Ελληνικά: αναμονή")
        .contains("Бюджет")
        .contains("Łódź, Gdańsk")
        .contains("Ŋuorra đ ŧ")
        .contains("🏥")
        .contains("שיפור")
        .contains("𝐀")
        .contains("🇸🇪");
    // The stripper puts right-to-left runs back in reading order and unshapes them; the glyphs
    // drawn are the shaped (contextual) forms, e.g. initial teh U+FE97 and final noon U+FEE6.
    assertThat(text).contains("تحسن ملحوظ في الانتظار");
    assertThat(glyphs.toString()).contains("\uFE97", "\uFEE6").doesNotContain("\u062A");
    // Exactly the 2 Chinese and 7 Thai characters the warning names become '#'.
    assertThat(text.chars().filter(c -> c == '#').count()).isEqualTo(9);
    assertThat(VeraPdfAccess.failures(bytes, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdfAccess.failures(bytes, PDFAFlavour.PDFA_2_U)).isEmpty();

    Path again = dir.resolve("igen.pdf");
    render(SCRIPTS, again, new StringWriter());
    assertThat(Files.readAllBytes(again)).as("same input, same bytes").isEqualTo(bytes);
  }

  @Test
  void aFallbackFontIsEmbeddedOnlyWhenACharacterNeedsIt() throws Exception {
    Path pdf = dir.resolve("vanlig.pdf");

    render(PLAIN, pdf, new StringWriter());

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(fontNames(doc))
          .isNotEmpty()
          .allMatch(name -> name.contains("+LiberationSans"), "only Liberation Sans");
    }
  }

  private static int render(Path input, Path pdf, StringWriter err) {
    return TertialCommand.execute(
        new String[] {"render", input.toString(), "-o", pdf.toString()},
        new PrintWriter(new StringWriter()),
        new PrintWriter(err));
  }

  private static List<String> fontNames(PDDocument doc) throws IOException {
    List<String> names = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        String font = resources.getFont(name).getName();
        if (!names.contains(font)) {
          names.add(font);
        }
      }
    }
    return names;
  }
}
