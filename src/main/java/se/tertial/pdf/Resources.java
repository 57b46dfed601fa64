package se.tertial.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
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
   * The sRGB IEC 61966-2.1 profile for the PDF/A output intent. The JDK ships it (java.desktop), so
   * nothing has to be bundled; its bytes are the same on every JDK 17 build we know of.
   */
  static byte[] srgbProfile() {
    return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }
}
