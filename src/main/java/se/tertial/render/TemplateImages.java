package se.tertial.render;

import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tertial.files.ImageSize;
import se.tertial.model.Messages;

/**
 * The raster images a document carries as {@code data:} URIs — written by a template, by a style
 * sheet it includes ({@code url(data:…)}) or the logo — checked against {@link
 * ImageSize#MAX_PIXELS} from their headers before any renderer decodes one. A 25 000 × 25 000 pixel
 * PNG is a few kilobytes of base64 in a template; embedded, it makes every PDF viewer decode
 * gigabytes. Such an image is refused with an error naming the template and line that wrote it, for
 * every format (PDF, HTML, Word). Stateless.
 *
 * <p>Only base64 payloads are raster images a renderer decodes (openhtmltopdf and Word read no
 * other encoding); SVG is vector graphics and has no pixels to count.
 */
final class TemplateImages {
  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.render.messages");

  // data:image/<type>[;parameters];base64, — then the payload, which may be wrapped.
  private static final Pattern DATA_IMAGE =
      Pattern.compile(
          "data:(image/[a-z0-9.+-]+)((?:;[^,;\"'()<>\\s]*)*),", Pattern.CASE_INSENSITIVE);

  private static final Pattern IMG_SOURCE =
      Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
  private static final Pattern STYLE =
      Pattern.compile(
          "<style\\b[^>]*>(.*?)</style>|\\bstyle\\s*=\\s*\"([^\"]*)\"",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern CSS_URL =
      Pattern.compile("url\\(\\s*[\"']?([^\"')]*)", Pattern.CASE_INSENSITIVE);

  /** Characters of the payload searched for in the template sources to name the file and line. */
  private static final int FINGERPRINT = 48;

  private TemplateImages() {}

  /**
   * Refuses {@code document} when one of its data: images is larger than the limit.
   *
   * @param template the template that wrote the document, named when the image's source is not
   *     found
   * @param templates where the image's text is looked for, to name the file and line
   * @throws RenderException naming the template, line, and the image's size
   */
  static void check(String document, String template, TemplateEngine templates) {
    Matcher image = DATA_IMAGE.matcher(document);
    int from = 0;
    while (image.find(from)) {
      int start = image.end();
      int end = payloadEnd(document, start);
      from = end;
      String type = image.group(1).toLowerCase(Locale.ROOT);
      if (!image.group(2).toLowerCase(Locale.ROOT).endsWith(";base64") || type.contains("svg")) {
        continue;
      }
      Optional<ImageSize> size = size(document.substring(start, end));
      if (size.isPresent() && size.get().tooLarge()) {
        throw new RenderException(
            TEXT.get(
                "image.tooLarge",
                where(document, image.start(), start, end, template, templates),
                type,
                Integer.toString(size.get().width()),
                Integer.toString(size.get().height()),
                Integer.toString(ImageSize.MAX_PIXELS)));
      }
    }
  }

  /**
   * One warning per image the document names by a path or an address ({@code <img
   * src="karta.png">}, {@code url(bakgrund.png)}) rather than carrying as a data: URI: the PDF
   * renderer never loads such a file, so without the warning it would be missing from the PDF
   * without a word.
   */
  static List<String> notEmbedded(String document) {
    Set<String> references = new LinkedHashSet<>();
    collect(IMG_SOURCE.matcher(document), references);
    // url() only in style sheets and style attributes: a cell's text may say "url(" in words.
    Matcher css = STYLE.matcher(document);
    while (css.find()) {
      collect(CSS_URL.matcher(css.group(1) != null ? css.group(1) : css.group(2)), references);
    }
    return references.stream().map(target -> TEXT.get("image.notEmbedded", target)).toList();
  }

  private static void collect(Matcher reference, Set<String> references) {
    while (reference.find()) {
      String target = reference.group(1).strip();
      if (!target.isEmpty() && !target.regionMatches(true, 0, "data:", 0, 5)) {
        references.add(target);
      }
    }
  }

  /** The end of a base64 payload: letters, digits, + / = and the white space wrapping it. */
  private static int payloadEnd(String text, int start) {
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean base64 =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '+'
              || c == '/'
              || c == '='
              || c == ' '
              || c == '\n'
              || c == '\r'
              || c == '\t';
      if (!base64) {
        break;
      }
      i++;
    }
    return i;
  }

  /** The header's size; empty when the payload is no image ImageIO knows or is damaged. */
  private static Optional<ImageSize> size(String payload) {
    try {
      return ImageSize.of(Base64.getMimeDecoder().decode(payload));
    } catch (IllegalArgumentException | IOException e) {
      // Not an image the renderers can decode either: it is left out there, never a bomb.
      return Optional.empty();
    }
  }

  /**
   * "common/tema.css (i MAPP), rad 3": the template file holding the payload's first characters;
   * else the template and the line of its output.
   */
  private static String where(
      String document, int uri, int start, int end, String template, TemplateEngine templates) {
    // The payload's first unbroken characters: a wrapped payload is wrapped after them in the
    // template as in the output.
    String payload = document.substring(start, Math.min(end, start + FINGERPRINT)).strip();
    String fingerprint = payload.split("\\s", 2)[0];
    Optional<String> source =
        fingerprint.length() < 16 ? Optional.empty() : templates.whereWritten(fingerprint);
    return source.orElseGet(
        () -> TEXT.get("image.inOutput", template, Integer.toString(line(document, uri))));
  }

  private static int line(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
