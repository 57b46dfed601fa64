package se.tertial.model;

import java.text.Normalizer;

/**
 * Trendbas: what a measure's trend (utveckling) compares the period's outcome with. Read from the
 * Rapport field {@code Trendbas} or {@code --trend-base}; a run's choice is in {@link
 * JudgementSettings}.
 */
public enum TrendBase {
  /** The same period the year before (the default). */
  SAME_PERIOD_LAST_YEAR("same-period-last-year"),
  /** The measure's previous reported period. */
  PREVIOUS_PERIOD("previous-period");

  private final String code;

  TrendBase(String code) {
    this.code = code;
  }

  /** The code as in {@code --trend-base}, {@code evaluate}'s JSON and a written Rapport sheet. */
  public String code() {
    return code;
  }

  /**
   * A trend base as written in {@code Trendbas} or {@code --trend-base}: "samma period föregående
   * år" / {@code same-period-last-year}, or "föregående period" / {@code previous-period}, in any
   * case, with or without accents and hyphens.
   *
   * @throws InvalidValueException for any other text
   */
  public static TrendBase parse(String text) {
    String key =
        Normalizer.normalize(text.strip().toLowerCase(Messages.SWEDISH), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^a-z]+", " ")
            .strip();
    return switch (key) {
      case "same period last year",
          "same period previous year",
          "samma period foregaende ar",
          "samma period i fjol",
          "foregaende ar" ->
          SAME_PERIOD_LAST_YEAR;
      case "previous period", "foregaende period", "forra perioden" -> PREVIOUS_PERIOD;
      default -> throw new InvalidValueException(Messages.get("trendBase.invalid", text));
    };
  }
}
