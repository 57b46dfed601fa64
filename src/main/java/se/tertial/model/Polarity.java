package se.tertial.model;

import java.util.Locale;

/** Riktning: whether a higher or a lower outcome is better. */
public enum Polarity {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER,
  UNSPECIFIED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return Messages.get("polarity." + code());
  }

  /**
   * Reads the {@code Riktning} column: "Högre är bättre", "Lägre är bättre", or the aliases Öka /
   * Minska / + / −. Empty means unspecified.
   *
   * @throws InvalidValueException when the text is something else
   */
  public static Polarity parse(String text) {
    String key = Judgement.fold(text).replace('\u2212', '-');
    return switch (key) {
      case "" -> UNSPECIFIED;
      case "hogre ar battre", "hogre", "oka", "okning", "+", "upp", "higher_is_better" ->
          HIGHER_IS_BETTER;
      case "lagre ar battre", "lagre", "minska", "minskning", "-", "ned", "lower_is_better" ->
          LOWER_IS_BETTER;
      default ->
          throw new InvalidValueException(
              "\"" + text + "\" är ingen riktning (Högre är bättre eller Lägre är bättre)");
    };
  }
}
