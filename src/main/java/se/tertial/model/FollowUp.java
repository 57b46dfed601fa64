package se.tertial.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Uppföljningsperiod: the months of the year a measure is followed up in, read from the text
 * written in the Styrmått sheet ("DÅ04,08,ÅR", "DÅ08, ÅR", "T1, T2, ÅR", "april, augusti,
 * december"). A text that cannot be understood, and an empty one, mean every period: better one
 * "Data saknas" too many than a missing outcome nobody notices.
 *
 * @param months the end months (1–12) of the periods it is followed up in; empty for every period
 */
public record FollowUp(SortedSet<Integer> months) {

  public FollowUp {
    months = Collections.unmodifiableSortedSet(new TreeSet<>(months));
  }

  /** Followed up in every period: the measure of an empty or unreadable Uppföljningsperiod. */
  public static final FollowUp EVERY_PERIOD = new FollowUp(new TreeSet<>());

  /** The follow-up of a text as written in the Uppföljningsperiod column. */
  public static FollowUp parse(String text) {
    String folded = fold(text);
    if (folded.isBlank()) {
      return EVERY_PERIOD;
    }
    SortedSet<Integer> months = new TreeSet<>();
    for (String token : folded.split("[,;/ ]+")) {
      String t = token.replaceFirst("^DA", "").replaceFirst("^DELAR", "");
      switch (t) {
        case "", "OCH" -> {}
        case "AR", "T3", "BOKSLUT", "ARSBOKSLUT", "DEC", "DECEMBER" -> months.add(12);
        case "T1", "APR", "APRIL" -> months.add(4);
        case "T2", "AUG", "AUGUSTI" -> months.add(8);
        default -> {
          if (!t.matches("\\d{1,2}")) {
            return EVERY_PERIOD;
          }
          int month = Integer.parseInt(t);
          if (month < 1 || month > 12) {
            return EVERY_PERIOD;
          }
          months.add(month);
        }
      }
    }
    return new FollowUp(months);
  }

  /**
   * Whether the measure is followed up in {@code period} (the period's end month is one of its).
   */
  public boolean includes(Period period) {
    return months.isEmpty() || months.contains(period.endMonth());
  }

  /**
   * When it is followed up, in Swedish: "Följs upp i augusti och vid årsbokslut", "Följs upp i
   * april, augusti och vid årsbokslut", "Följs upp vid årsbokslut"; "Följs upp varje period" for
   * every period.
   */
  public String label() {
    if (months.isEmpty()) {
      return Messages.get("followUp.every");
    }
    List<String> parts = new ArrayList<>();
    for (int month : months) {
      if (month != 12) {
        String name = Period.monthName(month);
        parts.add(parts.isEmpty() ? Messages.get("followUp.in", name) : name);
      }
    }
    if (months.contains(12)) {
      parts.add(Messages.get("followUp.yearEnd"));
    }
    return Messages.get("followUp.label", joined(parts));
  }

  /** "a", "a och b", "a, b och c". */
  private static String joined(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    String and = " " + Messages.get("followUp.and") + " ";
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + and
        + parts.get(parts.size() - 1);
  }

  private static String fold(String text) {
    String lower = text == null ? "" : text.replace('\u00a0', ' ').strip();
    String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
