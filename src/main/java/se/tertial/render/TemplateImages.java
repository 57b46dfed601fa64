package se.tertial.render;

import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
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

  // The patterns run on the document with its ASCII letters in lower case (asciiLowerCase), the
  // same length and word boundaries as the document: what Pattern.CASE_INSENSITIVE would find,
  // but each pattern that starts with a word is searched with Boyer-Moore instead of being tried
  // at every character (a whole-document case-insensitive search was a fiftieth of a render).
  // Groups are cut from the document itself, so names and payloads keep their case.

  // data:image/<type>[;parameters];base64, — then the payload, which may be wrapped.
  private static final Pattern DATA_IMAGE =
      Pattern.compile("data:(image/[a-z0-9.+-]+)((?:;[^,;\"'()<>\\s]*)*),");

  private static final Pattern IMG_SOURCE =
      Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final Pattern STYLE_ELEMENT =
      Pattern.compile("<style\\b[^>]*>(.*?)</style>", Pattern.DOTALL);
  // "style" at a word boundary (checked with WORD_START, which a leading \b would make a search
  // at every character).
  private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("style\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern WORD_START = Pattern.compile("\\b");
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*[\"']?([^\"')]*)");

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
    Matcher image = DATA_IMAGE.matcher(asciiLowerCase(document));
    int from = 0;
    while (image.find(from)) {
      int start = image.end();
      int end = payloadEnd(document, start);
      from = end;
      String type = image.group(1);
      if (!image.group(2).endsWith(";base64") || type.contains("svg")) {
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
    String lower = asciiLowerCase(document);
    Set<String> references = new LinkedHashSet<>();
    Matcher image = IMG_SOURCE.matcher(lower);
    while (image.find()) {
      add(document.substring(image.start(1), image.end(1)), references);
    }
    // url() only in style sheets and style attributes: a cell's text may say "url(" in words.
    Matcher element = STYLE_ELEMENT.matcher(lower);
    Matcher attribute = STYLE_ATTRIBUTE.matcher(lower);
    Matcher wordStart = WORD_START.matcher(lower).useTransparentBounds(true);
    Matcher url = CSS_URL.matcher(lower);
    // Each pattern's next match is kept until the scan passes it: searching both again after
    // every match would rescan the rest of the document once per style attribute.
    int elementAt = element.find() ? element.start() : -1;
    int attributeAt = nextAttribute(attribute, wordStart, 0);
    while (elementAt >= 0 || attributeAt >= 0) {
      // The earlier of the two, as one pattern with both as alternatives finds them.
      Matcher style =
          attributeAt < 0 || (elementAt >= 0 && elementAt < attributeAt) ? element : attribute;
      url.region(style.start(1), style.end(1));
      while (url.find()) {
        add(document.substring(url.start(1), url.end(1)), references);
      }
      int from = style.end();
      if (elementAt >= 0 && elementAt < from) {
        elementAt = element.find(from) ? element.start() : -1;
      }
      if (attributeAt >= 0 && attributeAt < from) {
        attributeAt = nextAttribute(attribute, wordStart, from);
      }
    }
    return references.stream().map(target -> TEXT.get("image.notEmbedded", target)).toList();
  }

  /** Where the next style attribute from {@code from} starts, or -1; the matcher is left there. */
  private static int nextAttribute(Matcher attribute, Matcher wordStart, int from) {
    int at = from;
    while (attribute.find(at)) {
      if (wordStart.region(attribute.start(), attribute.start()).lookingAt()) {
        return attribute.start();
      }
      at = attribute.start() + 1;
    }
    return -1;
  }

  private static void add(String reference, Set<String> references) {
    String target = reference.strip();
    if (!target.isEmpty() && !target.regionMatches(true, 0, "data:", 0, 5)) {
      references.add(target);
    }
  }

  /**
   * The text with A–Z in lower case and every other character as it is: the same length, so a
   * match's positions are the text's. ({@code toLowerCase} may change the length: İ becomes two
   * characters.)
   */
  static String asciiLowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return new String(chars);
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
