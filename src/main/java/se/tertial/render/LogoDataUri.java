package se.tertial.render;

import java.util.Base64;
import se.tertial.files.Logo;
import se.tertial.files.RenderException;

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
}
