package se.tertial.pdf;

import java.io.IOException;
import java.io.InputStream;

/** Binary resources the renderer needs: embedded fonts and the sRGB colour profile. */
final class Resources {
  private Resources() {}

  /** A classpath resource's bytes. */
  static byte[] bytes(String name) {
    try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Resource missing from the classpath: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("Resource unreadable: " + name, e);
    }
  }

  /**
   * The sRGB IEC 61966-2.1 profile for the PDF/A output intent, shipped with tertial ({@code
   * icc/sRGB.icc}, zlib licence). Not the JDK's own: its bytes differ between Java 17 and 25, and
   * the same report must give the same PDF whichever Java renders it.
   */
  static byte[] srgbProfile() {
    return bytes("icc/sRGB.icc");
  }
}
