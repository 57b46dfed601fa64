package se.tertial.model;

import java.util.Locale;
import java.util.Optional;

/** The status of an åtgärd (action) in a period. */
public enum ActionState {
  NOT_STARTED,
  ON_TRACK,
  DEVIATING,
  DONE,
  CANCELLED;

  /** The stable code used in JSON and CSV: {@code not_started}, {@code on_track}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Swedish label: Ej påbörjad, Pågår enligt plan, Pågår med avvikelse, Genomförd, Avbruten. */
  public String label() {
    return Messages.get("status." + code());
  }

  /**
   * A status as read: the state, and the spelling the analyst should use instead when the text was
   * a known misspelling (e.g. "Ej fåbörjats").
   */
  public record Parsed(ActionState state, Optional<String> correction) {}

  /**
   * Reads a status with its aliases (Försenad, Klar, Avförd, Inställd, Påbörjad, Pågår) and the
   * misspellings seen in real reports.
   *
   * @throws InvalidValueException when the text is no status
   */
  public static Parsed parse(String text) {
    String key = Judgement.fold(text).replaceAll("[.!]+$", "");
    ActionState exact =
        switch (key) {
          case "ej paborjad", "ej paborjat", "inte paborjad", "ej startad", "not_started" ->
              NOT_STARTED;
          case "pagar enligt plan", "pagar", "paborjad", "paborjat", "enligt plan", "on_track" ->
              ON_TRACK;
          case "pagar med avvikelse", "forsenad", "forsenat", "avvikelse", "deviating" -> DEVIATING;
          case "genomford", "genomfort", "klar", "klart", "avslutad", "done" -> DONE;
          case "avbruten", "avbrutet", "avford", "avfort", "installd", "installt", "cancelled" ->
              CANCELLED;
          default -> null;
        };
    if (exact != null) {
      return new Parsed(exact, Optional.empty());
    }
    // Misspellings seen in real reports: "Ej fåbörjats", "Ej påbörjats", "Pågående", "Genomfört".
    ActionState near =
        switch (key) {
          case "ej faborjats", "ej faborjad", "ej paborjats", "ej paborjas" -> NOT_STARTED;
          case "pagaende", "pagar enl plan", "pagar enl. plan", "pagar enigt plan" -> ON_TRACK;
          case "pagar med avvikelser", "forsenade" -> DEVIATING;
          case "genomfordt", "klara" -> DONE;
          default -> null;
        };
    if (near != null) {
      return new Parsed(near, Optional.of(near.label()));
    }
    throw new InvalidValueException(
        "\""
            + text
            + "\" är ingen status (Ej påbörjad, Pågår enligt plan, Pågår med avvikelse, Genomförd, Avbruten)");
  }
}
