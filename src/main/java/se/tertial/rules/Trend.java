package se.tertial.rules;

import java.util.Locale;

/** Utveckling: how the outcome moved against the comparison period, respecting polarity. */
public enum Trend {
  IMPROVED,
  UNCHANGED,
  WORSENED,
  UNKNOWN;

  /** The stable code used in JSON and CSV: {@code improved}, {@code unchanged}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Swedish label: Förbättrad, Oförändrad, Försämrad, Okänd. */
  public String label() {
    return RuleMessages.get("trend." + code());
  }
}
