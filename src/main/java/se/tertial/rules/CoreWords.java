package se.tertial.rules;

import java.util.List;
import java.util.Map;

/**
 * The words that carry a target's meaning (limits, change, time, base, sex, budget) as far as their
 * near misspellings go: "Mins 80 %" and "Högts 5 %" are refused, quoting the word, rather than read
 * as a subject without their limit; the refusal then suggests the word meant.
 */
final class CoreWords {
  /** The core words, folded. */
  private static final List<String> CORE =
      List.of(
          "minst",
          "hogst",
          "lagst",
          "maximalt",
          "under",
          "over",
          "mindre",
          "fler",
          "farre",
          "hogre",
          "lagre",
          "okning",
          "minska",
          "minskning",
          "senast",
          "inte",
          "samre",
          "battre",
          "jamfort",
          "foregaende",
          "procent",
          "kvinnor",
          "riket",
          "budget",
          "balans");

  private CoreWords() {}

  /** Whether {@code key} is one edit (insert, delete, change, swap) from a core word. */
  static boolean nearCore(String key) {
    if (key.length() < 4) {
      return false;
    }
    for (String core : CORE) {
      if (!core.equals(key) && oneEdit(key, core)) {
        return true;
      }
    }
    return false;
  }

  /** The core word {@code key} is one edit from ("mins" → "minst"), or null. */
  static String nearestCore(String key) {
    if (key.length() < 4) {
      return null;
    }
    for (String core : CORE) {
      if (!core.equals(key) && oneEdit(key, core)) {
        return DISPLAY.getOrDefault(core, core);
      }
    }
    return null;
  }

  /** The core words as written (the list holds them folded). */
  private static final Map<String, String> DISPLAY =
      Map.ofEntries(
          Map.entry("hogst", "högst"),
          Map.entry("lagst", "lägst"),
          Map.entry("over", "över"),
          Map.entry("farre", "färre"),
          Map.entry("hogre", "högre"),
          Map.entry("lagre", "lägre"),
          Map.entry("okning", "ökning"),
          Map.entry("samre", "sämre"),
          Map.entry("battre", "bättre"),
          Map.entry("jamfort", "jämfört"),
          Map.entry("foregaende", "föregående"));

  private static boolean oneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < la
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return la < lb
        ? a.substring(i).equals(b.substring(i + 1))
        : a.substring(i + 1).equals(b.substring(i));
  }
}
