package se.tertial.kind.appendix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.tertial.kind.appendix.AppendixMeasureParts.History;
import se.tertial.kind.appendix.AppendixMeasureParts.HistoryBar;
import se.tertial.kind.appendix.AppendixMeasureParts.HistoryPoint;
import se.tertial.model.Messages;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.view.DisplayFormat;

/**
 * Utfallshistorik: a measure's outcomes over the last periods up to the one rendered, as small bars
 * (women and men side by side where the outcome is split) with the values in words as their text
 * alternative. Drawn only from three periods on: two values are already beside the trend.
 */
final class Histories {

  /** Fewer periods with a value than this, and no history is drawn. */
  static final int MIN_PERIODS = 3;

  /** At most this many periods, the latest ones. */
  static final int MAX_PERIODS = 6;

  /** The tallest bar, in CSS pixels. */
  static final int MAX_HEIGHT = 20;

  private static final Messages.Bundle TEXT =
      new Messages.Bundle("se.tertial.kind.appendix.messages");

  private Histories() {}

  static History of(List<Outcome> outcomes, Period upTo, String unit) {
    List<Outcome> shown =
        outcomes.stream()
            .filter(o -> o.period().compareTo(upTo) <= 0)
            .filter(o -> o.total() != null || o.hasBySex())
            .sorted(Comparator.comparing(Outcome::period))
            .toList();
    if (shown.size() < MIN_PERIODS) {
      return History.NONE;
    }
    shown = shown.subList(Math.max(0, shown.size() - MAX_PERIODS), shown.size());
    boolean bySex = shown.stream().allMatch(Outcome::hasBySex);
    if (!bySex) {
      // Totals are drawn; a period given only per sex has none to draw (and no bar is invented).
      shown = shown.stream().filter(o -> o.total() != null).toList();
      if (shown.size() < MIN_PERIODS) {
        return History.NONE;
      }
    }
    BigDecimal largest = BigDecimal.ZERO;
    for (Outcome o : shown) {
      for (BigDecimal v : values(o, bySex)) {
        largest = largest.max(v.abs());
      }
    }
    List<HistoryPoint> points = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (Outcome o : shown) {
      List<HistoryBar> bars = new ArrayList<>();
      List<String> said = new ArrayList<>();
      List<BigDecimal> values = values(o, bySex);
      for (int i = 0; i < values.size(); i++) {
        String prefix = bySex ? (i == 0 ? "K" : "M") : "";
        String value = DisplayFormat.number(values.get(i), unit);
        bars.add(
            new HistoryBar(
                prefix,
                height(values.get(i), largest),
                value,
                bySex ? (i == 0 ? "women" : "men") : "total"));
        said.add(prefix.isEmpty() ? value : prefix + " " + value);
      }
      points.add(new HistoryPoint(o.period().label(), bars));
      words.add(o.period().label() + ": " + String.join(", ", said));
    }
    String span =
        shown.get(0).period().label() + "–" + shown.get(shown.size() - 1).period().label();
    return new History(
        true, points, span, TEXT.get("history.description", String.join("; ", words)));
  }

  private static List<BigDecimal> values(Outcome o, boolean bySex) {
    return bySex ? List.of(o.women(), o.men()) : List.of(o.total());
  }

  private static int height(BigDecimal value, BigDecimal largest) {
    if (largest.signum() == 0) {
      return 1;
    }
    int height =
        value
            .abs()
            .multiply(BigDecimal.valueOf(MAX_HEIGHT))
            .divide(largest, 0, RoundingMode.HALF_UP)
            .intValue();
    return Math.max(1, height); // a zero is still a visible stub, so no period looks missing
  }
}
