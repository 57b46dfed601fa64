package se.tertial.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing Swedish texts of the model (positions, labels), kept in the {@code
 * se.tertial.model.messages} resource bundle so an English bundle can follow.
 */
public final class Messages {

  /** The locale of every report and message: Swedish as written in Sweden. */
  public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private static final Bundle BUNDLE = new Bundle("se.tertial.model.messages");

  private Messages() {}

  public static String get(String key, Object... args) {
    return BUNDLE.get(key, args);
  }

  /** Whether the model's bundle has {@code key}. */
  public static boolean has(String key) {
    return BUNDLE.has(key);
  }

  /**
   * A resource bundle in the Swedish locale with {@link MessageFormat} arguments. Each package
   * keeps its own {@code messages.properties} and one {@code Bundle} constant.
   */
  public static final class Bundle {
    private final ResourceBundle bundle;

    public Bundle(String baseName) {
      // The root bundle is Swedish; never fall back to the JVM's default locale.
      this.bundle =
          ResourceBundle.getBundle(
              baseName,
              SWEDISH,
              Bundle.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
      return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
      String pattern;
      try {
        pattern = bundle.getString(key);
      } catch (MissingResourceException e) {
        throw new IllegalStateException("Missing message key " + key, e);
      }
      if (args.length == 0) {
        return pattern;
      }
      MessageFormat format = new MessageFormat(pattern, SWEDISH);
      return format.format(args);
    }
  }
}
