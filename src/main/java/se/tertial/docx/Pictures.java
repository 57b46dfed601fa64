package se.tertial.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import se.tertial.files.ImageSize;

/**
 * Images of the XHTML (the unit's logo, a data URI) as inline Word pictures with their alternative
 * text, scaled to fit a logo's box by their own proportions.
 */
final class Pictures {

  private static final double MAX_WIDTH_POINTS = 142; // 5 cm
  private static final double MAX_HEIGHT_POINTS = 57; // 2 cm

  private Pictures() {}

  /** Adds {@code img} (a data URI) to {@code paragraph}; an image of another kind is left out. */
  static void inline(XWPFParagraph paragraph, Element img) {
    String source = img.attr("src");
    int comma = source.indexOf(',');
    if (!source.startsWith("data:image/")
        || comma < 0
        || !source.startsWith(";base64", comma - 7)) {
      return;
    }
    String type = source.substring("data:image/".length(), comma - 7).toLowerCase(Locale.ROOT);
    int pictureType =
        switch (type) {
          case "png" -> Document.PICTURE_TYPE_PNG;
          case "jpeg", "jpg" -> Document.PICTURE_TYPE_JPEG;
          case "gif" -> Document.PICTURE_TYPE_GIF;
          default -> -1;
        };
    if (pictureType < 0) {
      return;
    }
    byte[] bytes = Base64.getMimeDecoder().decode(source.substring(comma + 1));
    Optional<ImageSize> size = pixelSize(bytes);
    if (size.isEmpty()) {
      return;
    }
    int width = size.get().width();
    int height = size.get().height();
    double scale = Math.min(1, Math.min(MAX_WIDTH_POINTS / width, MAX_HEIGHT_POINTS / height));
    add(
        paragraph.createRun(),
        bytes,
        pictureType,
        "bild." + type,
        width * scale,
        height * scale,
        img.attr("alt"));
  }

  /** Adds a picture of {@code widthPoints} × {@code heightPoints} with {@code alt} as its text. */
  static void add(
      XWPFRun run,
      byte[] bytes,
      int pictureType,
      String name,
      double widthPoints,
      double heightPoints,
      String alt) {
    try {
      run.addPicture(
          new ByteArrayInputStream(bytes),
          pictureType,
          name,
          Units.toEMU(widthPoints),
          Units.toEMU(heightPoints));
    } catch (IOException | InvalidFormatException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
    CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
    inline.getDocPr().setDescr(alt);
    inline.getDocPr().setTitle(alt);
  }

  /** Width and height in pixels from the image's header, without decoding its pixels. */
  private static Optional<ImageSize> pixelSize(byte[] bytes) {
    try {
      return ImageSize.of(bytes);
    } catch (IOException e) {
      return Optional.empty(); // not an image ImageIO reads: left out, as the PDF's writer does
    }
  }
}
