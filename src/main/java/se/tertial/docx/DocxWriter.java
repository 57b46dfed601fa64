package se.tertial.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The document's XHTML (the same the PDF is made from) → a Word document (.docx) that merges into
 * an interim report: real heading styles, tables with repeating header rows, footnotes as Word
 * footnotes, "Sida N (M)" as fields, document properties and the language sv-SE.
 *
 * <p>Reading the XHTML rather than the view model keeps every kind's content and order identical to
 * its PDF without a second template per kind (pandoc's reader → tree → writer). Thread-safe: every
 * call builds its own document.
 */
public final class DocxWriter {

  private DocxWriter() {}

  /**
   * Writes {@code xhtml} as a Word document.
   *
   * @param created the document's date (the PDF's date), written as created and modified so the
   *     same input gives the same bytes
   * @param landscape A4 landscape instead of portrait
   */
  public static byte[] write(String xhtml, Instant created, boolean landscape) {
    Objects.requireNonNull(xhtml, "xhtml");
    Objects.requireNonNull(created, "created");
    Document html = Jsoup.parse(xhtml, "", Parser.xmlParser());
    try (XWPFDocument word = new XWPFDocument()) {
      WordSetup setup = new WordSetup(word);
      DocumentProperties properties = DocumentProperties.of(html);
      setup.properties(properties, created);
      setup.styles(properties.language());
      setup.page(landscape);
      setup.footer();
      new BlockWriter(word, html, setup.bulletList(), WordSetup.textWidthTwips(landscape)).body();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      word.write(out);
      return StableZip.rewrite(out.toByteArray(), created);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
