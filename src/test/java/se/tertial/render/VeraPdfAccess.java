package se.tertial.render;

import java.util.List;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** {@link VeraPdf} for tests outside the render package. */
public final class VeraPdfAccess {
  private VeraPdfAccess() {}

  public static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    return VeraPdf.failures(pdf, flavour);
  }
}
