package se.tertial.render;

import java.util.Base64;
import java.util.function.Consumer;
import se.tertial.files.Logo;

/**
 * A logo ({@link Logo}, read once when the input is read) as a data: URI, so the PDF and the HTML
 * file stay self-contained. What is left out or refused was already reported by reading (a finding
 * of {@code check} and every rendering command), so it is not repeated here.
 */
public final class LogoDataUri {
  private LogoDataUri() {}

  /**
   * The logo's data: URI, or empty when there is none or it is left out.
   *
   * @throws RenderException when the logo links out of its folder or cannot be read (reading
   *     refuses such an input first; this guards direct callers)
   */
  public static String of(Logo logo) {
    if (logo instanceof Logo.Refused refused) {
      throw new RenderException("Logotypen " + refused.file() + ": " + refused.reason() + ".");
    }
    if (logo instanceof Logo.Usable usable) {
      return "data:"
          + usable.mime()
          + ";base64,"
          + Base64.getEncoder().encodeToString(usable.bytes());
    }
    return "";
  }

  /**
   * The logo of a template folder (read once per run), which serves every unit rendered with it, as
   * a data: URI, or empty. Reading never saw this folder, so what is left out (text named logo.png,
   * a FIFO, too many pixels) is said here, once per document, as a warning naming the file.
   *
   * @throws RenderException when the logo links out of the folder or cannot be read
   */
  public static String ofTemplateFolder(Logo logo, Consumer<String> warnings) {
    if (logo instanceof Logo.Dropped dropped) {
      warnings.accept(
          "varning: " + dropped.file() + " (mallkatalogens logotyp): " + dropped.reason());
      return "";
    }
    return of(logo);
  }
}
