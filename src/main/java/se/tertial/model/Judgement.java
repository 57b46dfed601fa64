package se.tertial.model;

import java.text.Normalizer;
import java.util.Locale;

/** Måluppfyllelse: whether a measure reached its target in the period. */
public enum Judgement {
  MET,
  PARTLY_MET,
  NOT_MET,
  NOT_ASSESSED;

  /** The stable code used in JSON and CSV: {@code met}, {@code partly_met}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Swedish label: Uppfyllt, Delvis uppfyllt, Ej uppfyllt, Ej bedömd. */
  public String label() {
    return Messages.get("judgement." + code());
  }

  /** How good the judgement is, for ordering: not assessed is below not met. */
  public int rank() {
    return switch (this) {
      case MET -> 3;
      case PARTLY_MET -> 2;
      case NOT_MET -> 1;
      case NOT_ASSESSED -> 0;
    };
  }

  /**
   * Reads a manual judgement (the {@code Bedömning} column): Swedish labels and their common
   * variants ("Uppnått", "Delvis", "Ej uppnått", "Ej bedömt"), or the codes.
   *
   * @throws InvalidValueException when the text is no judgement
   */
  public static Judgement parse(String text) {
    String key = fold(text);
    return switch (key) {
      case "uppfyllt", "uppfylld", "uppnatt", "uppnadd", "ja", "met", "gron" -> MET;
      case "delvis uppfyllt", "delvis uppnatt", "delvis", "partly met", "partly_met", "gul" ->
          PARTLY_MET;
      case "ej uppfyllt",
          "inte uppfyllt",
          "ej uppnatt",
          "inte uppnatt",
          "nej",
          "not met",
          "not_met",
          "rod" ->
          NOT_MET;
      case "ej bedomd",
          "ej bedomt",
          "ej bedomningsbar",
          "inte bedomd",
          "not assessed",
          "not_assessed",
          "-" ->
          NOT_ASSESSED;
      default ->
          throw new InvalidValueException(
              "\""
                  + text
                  + "\" är ingen bedömning (Uppfyllt, Delvis uppfyllt, Ej uppfyllt, Ej bedömd)");
    };
  }

  /** Lower case, accents removed, single spaces: the key used to match Swedish words. */
  static String fold(String text) {
    String stripped =
        text == null ? "" : UserText.trim(UserText.nfc(text)).toLowerCase(Messages.SWEDISH);
    String noAccents = Normalizer.normalize(stripped, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return UserText.collapseSpaces(noAccents);
  }
}
