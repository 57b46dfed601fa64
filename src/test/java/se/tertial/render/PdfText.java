package se.tertial.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's extracted text made comparable with the source text (no-break spaces kept): words the
 * Swedish hyphenation broke at a line end joined again ("planer-" + line break + "ing" →
 * "planering"), runs of white space as one space. openhtmltopdf draws the hyphen of a soft-hyphen
 * break as an ordinary '-', so a real hyphen directly before a line break and a lower-case word
 * ("produktions- och" broken after the hyphen) is joined too; tests avoid such phrases at line
 * ends.
 */
public final class PdfText {
  private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{Ll})-\\R(\\p{Ll})");

  private PdfText() {}

  /** The text flattened to one line, hyphenated words joined. */
  public static String flat(String extracted) {
    return BROKEN_WORD.matcher(extracted).replaceAll("$1$2").replaceAll("\\s+", " ");
  }

  /** The text of the PDF file {@code pdf}, flattened. */
  public static String of(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      return flat(new PDFTextStripper().getText(doc));
    }
  }
}
