package se.tertial.pdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tertial.model.Messages;

/**
 * The font families a document's CSS asks for that the PDF does not embed. Only the {@link
 * EmbeddedFonts} can be drawn (PDF/A forbids the viewer's fonts); any other family is drawn with
 * Liberation Sans instead ({@link PdfWriter} registers it as the first fallback), so a theme's
 * {@code --font} or a template's {@code font-family} naming Arial or {@code serif} gets one warning
 * saying so — never a document whose letters silently changed or went missing. Stateless.
 */
public final class FontFamilies {
  private static final Messages.Bundle MESSAGES = new Messages.Bundle("se.tertial.pdf.messages");

  // font-family in a style sheet or a style attribute; the shorthand font: names it last.
  private static final Pattern FONT_FAMILY =
      Pattern.compile("font-family\\s*:\\s*([^;}\"<>]*(?:\"[^\"]*\"[^;}\"<>]*)*)");

  private static final Set<String> EMBEDDED =
      Set.of(
          normal(EmbeddedFonts.MAIN_FAMILY),
          "noto sans arabic",
          "symbola",
          // Not families: the value of the parent, which is then checked itself.
          "inherit",
          "initial",
          "unset",
          "revert");

  private FontFamilies() {}

  /**
   * The first family of each {@code font-family} declaration in {@code xhtml} that is not embedded,
   * in order of appearance, as written (without quotes).
   */
  public static List<String> notEmbedded(String xhtml) {
    Set<String> missing = new LinkedHashSet<>();
    Matcher declaration = FONT_FAMILY.matcher(xhtml);
    while (declaration.find()) {
      String first = firstFamily(declaration.group(1));
      if (!first.isEmpty() && !first.startsWith("var(") && !EMBEDDED.contains(normal(first))) {
        missing.add(first);
      }
    }
    return List.copyOf(missing);
  }

  /** One Swedish warning per family the document asks for but the PDF cannot embed. */
  public static List<String> warnings(String xhtml) {
    return notEmbedded(xhtml).stream()
        .map(family -> MESSAGES.get("font.notEmbedded", family, EmbeddedFonts.MAIN_FAMILY))
        .toList();
  }

  private static String firstFamily(String value) {
    String list = value.replace("!important", "").strip();
    int comma = list.indexOf(',');
    String first = (comma < 0 ? list : list.substring(0, comma)).strip();
    if (first.length() >= 2
        && (first.charAt(0) == '"' || first.charAt(0) == '\'')
        && first.charAt(first.length() - 1) == first.charAt(0)) {
      first = first.substring(1, first.length() - 1).strip();
    }
    return first;
  }

  private static String normal(String family) {
    return family.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
