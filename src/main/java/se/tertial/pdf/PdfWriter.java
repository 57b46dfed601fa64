package se.tertial.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * XHTML → PDF/UA-1 + PDF/A-2u with openhtmltopdf: Liberation Sans embedded, with Arabic and
 * symbol/emoji fallbacks ({@link EmbeddedFonts}; never the system's fonts), right-to-left text
 * reordered and Arabic shaped ({@link IcuBidi}), sRGB output intent, tagged structure, and
 * byte-reproducible output (fixed dates, a document ID derived from the content). Thread-safe: each
 * call builds its own renderer; the font and colour profile bytes are read once and shared
 * read-only.
 */
public final class PdfWriter {

  /** The family name templates use; other embedded fonts are only fallbacks for it. */
  public static final String FONT_FAMILY = EmbeddedFonts.MAIN_FAMILY;

  // The main family is also the first fallback: a theme or template naming a family that is not
  // embedded (Arial, serif) gets Liberation Sans for its letters, not the symbol fallbacks, which
  // have digits and punctuation only (a PDF without a single letter, exit 0).
  private static final Set<FSFontUseCase> DOCUMENT =
      EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL);
  private static final Set<FSFontUseCase> FALLBACK = EnumSet.of(FSFontUseCase.FALLBACK_FINAL);

  /** PDFBox's Flate level, a JVM-wide system property read at every stream it compresses. */
  static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

  private static final String SRGB = "sRGB IEC61966-2.1";

  private final List<FontSupplier> fonts;
  private final byte[] colourProfile;
  private final boolean conformance;
  // Font metrics parsed once and reused by later renders (thread-safe store).
  private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

  /**
   * A font file from memory, with a stable key so its metrics can be cached between renders. Its
   * bytes are prepared on first use, so faces a document never sets (the sample has no italic text)
   * are not copied and stripped at all. openhtmltopdf asks for the fallback faces with every
   * document whether it draws with them or not.
   */
  private static final class FontSupplier implements FSSupplier<InputStream> {
    private final EmbeddedFonts.Face face;
    private volatile byte[] data;

    FontSupplier(EmbeddedFonts.Face face) {
      this.face = face;
    }

    @Override
    public InputStream supply() {
      byte[] bytes = data;
      if (bytes == null) {
        synchronized (this) {
          bytes = data;
          if (bytes == null) {
            // Without its GSUB table: PDFBox 3 otherwise runs its Latin glyph substitution
            // (regexes compiled per text run) for every string drawn, about 70 % of a render, and
            // may swap letter pairs for ligature glyphs, which text extraction and screen readers
            // then mis-read.
            bytes = FontTables.withoutTable(Resources.bytes(face.resource()), "GSUB");
            data = bytes;
          }
        }
      }
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public String cacheKey() {
      return face.resource();
    }
  }

  /** The writer tertial uses: PDF/UA-1 + PDF/A-2u. */
  public PdfWriter() {
    this(true);
  }

  /**
   * A writer of plain PDFs: no PDF/UA tagging, no PDF/A (no output intent, no XMP). Only for
   * measuring what conformance costs (the benchmarks); tertial itself never writes such a PDF.
   */
  public static PdfWriter withoutPdfUaAndPdfA() {
    return new PdfWriter(false);
  }

  private PdfWriter(boolean conformance) {
    this.conformance = conformance;
    // openhtmltopdf logs every render at INFO to stderr; the CLI's output must stay clean.
    XRLog.setLoggingEnabled(false);
    // zlib's fastest level for page content, object and font streams: about 15 % less CPU per
    // render than the default level 6 for files about 17 % larger (docs/performance.md). Still
    // one fixed level, so the bytes stay reproducible; a level given with -D is kept.
    if (System.getProperty(DEFLATE_LEVEL) == null) {
      System.setProperty(DEFLATE_LEVEL, "1");
    }
    this.fonts = EmbeddedFonts.FACES.stream().map(FontSupplier::new).toList();
    this.colourProfile = Resources.srgbProfile();
  }

  /**
   * Renders {@code xhtml} (a well-formed XHTML document) to PDF bytes.
   *
   * @throws PdfException when the document cannot be laid out or written
   */
  public byte[] write(String xhtml, PdfDates dates) {
    try (PDDocument document = paint(xhtml)) {
      if (conformance) {
        addOutputIntent(document, colourProfile);
      }
      fixDates(document, dates);
      document.setDocumentId(contentId(xhtml));
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new PdfException("PDF:en kunde inte skapas: " + e.getMessage(), e);
    }
  }

  /**
   * Lays out and paints the document, measuring text with a per-document width cache. The builder
   * and the renderer are unreachable once this returns, before the document is saved: through the
   * SVG drawer's user agent they hold the parsed XHTML, the CSS, the whole box tree and the PDF/UA
   * helper's per-box bookkeeping — half the live heap of a large report — which PDFBox's writer
   * then has for itself (800 measures fit 512 MB of heap only so). Closing the renderer releases
   * only its own state and thread-locals: our fonts come from byte arrays, not font collections, so
   * the document's fonts stay open for subsetting at save (openhtmltopdf 1.1.65 closes only {@code
   * TrueTypeCollection}s in {@code MainFontStore.close}).
   */
  private PDDocument paint(String xhtml) throws IOException {
    try (PdfBoxRenderer renderer = builder(xhtml).buildPdfRenderer()) {
      renderer.getSharedContext().setTextRenderer(new CachingTextRenderer());
      return renderer.createPDFKeepOpen();
    }
  }

  private PdfRendererBuilder builder(String xhtml) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    if (conformance) {
      builder.usePdfUaAccessibility(true);
      builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
      // The output intent is added after painting (addOutputIntent), not with useColorProfile.
    }
    for (int i = 0; i < EmbeddedFonts.FACES.size(); i++) {
      EmbeddedFonts.Face face = EmbeddedFonts.FACES.get(i);
      // Fallbacks are tried after the document's families, for characters those lack; a font is
      // read and embedded (as a subset) only when a character needs it.
      builder.useFont(
          fonts.get(i),
          face.family(),
          face.weight(),
          face.style(),
          true,
          face.fallback() ? FALLBACK : DOCUMENT);
    }
    builder.useUnicodeLineBreaker(new LineBreaks());
    builder.useUnicodeBidiSplitter(IcuBidi.splitters());
    builder.useUnicodeBidiReorderer(IcuBidi.reorderer());
    builder.defaultTextDirection(TextDirection.LTR);
    builder.useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics);
    // Batik (with Java2D) costs a cold render ~0.2 s to load, so only a document that may hold an
    // SVG (inline, or a data: image in a template of one's own) gets the drawer; the built-in
    // templates draw none. Any "svg" at all counts: a false alarm only costs what it always did.
    if (maySaySvg(xhtml)) {
      builder.useSVGDrawer(
          new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
    }
    // Only inline data: URIs (the logo); a template can never make the renderer read a file or URL.
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri != null && uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri != null && uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.usePageSupplier(new IndexedPageResources());
    builder.withProducer("tertial");
    builder.withHtmlContent(xhtml, null);
    return builder;
  }

  /**
   * Whether "svg" occurs in any mix of case. One pass without a lower-case copy of the document
   * (megabytes for a large report); a case-insensitive pattern was tried at every character.
   */
  static boolean maySaySvg(String xhtml) {
    return svgAroundEach(xhtml, 'v') || svgAroundEach(xhtml, 'V');
  }

  private static boolean svgAroundEach(String text, char v) {
    for (int i = text.indexOf(v, 1); i > 0 && i < text.length() - 1; i = text.indexOf(v, i + 1)) {
      char before = text.charAt(i - 1);
      char after = text.charAt(i + 1);
      if ((before == 's' || before == 'S') && (after == 'g' || after == 'G')) {
        return true;
      }
    }
    return false;
  }

  /**
   * The PDF/A output intent: sRGB, with the shipped profile embedded byte for byte. Not through
   * openhtmltopdf's {@code useColorProfile}: PDFBox's {@code PDOutputIntent(PDDocument,
   * InputStream)} re-serialises the profile through the JDK's colour engine ({@code
   * ICC_Profile.getData()}), whose bytes differ between Java 17 and 25, so the same report gave a
   * different PDF on another Java (and a cold render loaded the colour engine for it).
   */
  private static void addOutputIntent(PDDocument document, byte[] profile) throws IOException {
    COSStream stream = document.getDocument().createCOSStream();
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(profile);
    }
    stream.setInt(COSName.N, 3); // RGB
    COSDictionary dictionary = new COSDictionary();
    dictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
    dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
    dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, stream);
    PDOutputIntent intent = new PDOutputIntent(dictionary);
    // The same entries openhtmltopdf 1.1.65 wrote (PdfBoxRenderer.addColorProfileOutputIntent).
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org");
    document.getDocumentCatalog().addOutputIntent(intent);
  }

  /** Info dictionary and XMP get the same fixed instant (PDF/A requires that they match). */
  private static void fixDates(PDDocument document, PdfDates dates) throws IOException {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(dates.instant().toEpochMilli());
    PDDocumentInformation info = document.getDocumentInformation();
    info.setCreationDate(calendar);
    info.setModificationDate(calendar);
    PDMetadata metadata = document.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return;
    }
    String xmp;
    try (var in = metadata.exportXMPMetadata()) {
      xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String stamp = dates.instant().toString();
    String fixed =
        xmp.replaceAll(
                "<xmp:CreateDate>[^<]*</xmp:CreateDate>",
                "<xmp:CreateDate>" + stamp + "</xmp:CreateDate>")
            .replaceAll(
                "<xmp:ModifyDate>[^<]*</xmp:ModifyDate>",
                "<xmp:ModifyDate>" + stamp + "</xmp:ModifyDate>")
            .replaceAll(
                "<xmp:MetadataDate>[^<]*</xmp:MetadataDate>",
                "<xmp:MetadataDate>" + stamp + "</xmp:MetadataDate>");
    if (!fixed.contains("<xmp:ModifyDate>") && fixed.contains("</xmp:CreateDate>")) {
      fixed =
          fixed.replace(
              "</xmp:CreateDate>",
              "</xmp:CreateDate><xmp:ModifyDate>" + stamp + "</xmp:ModifyDate>");
    }
    metadata.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
  }

  /** A document ID from the content, so equal documents get equal /ID entries. */
  private static long contentId(String xhtml) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
      long id = 0;
      for (int i = 0; i < 8; i++) {
        id = (id << 8) | (hash[i] & 0xff);
      }
      return id;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JVM", e);
    }
  }
}
