package se.tertial.view;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import se.tertial.model.Messages;

/** The order of scorecard perspectives in the document: the region's model, then any others. */
public final class Perspectives {

  /** Balanserad styrning as used by the regions, in the order the appendix shows them. */
  public static final List<String> CANONICAL =
      List.of("Samhälle", "Medborgare", "Verksamhet", "Medarbetare", "Ekonomi");

  private Perspectives() {}

  /** The names in {@code found}, canonical ones first in canonical order, others as they came. */
  public static List<String> order(Collection<String> found) {
    List<String> result = new ArrayList<>();
    for (String canonical : CANONICAL) {
      found.stream()
          .filter(name -> key(name).equals(key(canonical)))
          .findFirst()
          .ifPresent(result::add);
    }
    for (String name : found) {
      if (result.stream().noneMatch(done -> key(done).equals(key(name)))) {
        result.add(name);
      }
    }
    return result;
  }

  public static boolean same(String a, String b) {
    return key(a).equals(key(b));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Messages.SWEDISH);
  }

  /** A valid, readable XML id from any text: {@code Medborgare} → {@code medborgare}. */
  public static String anchor(String prefix, String text) {
    String folded =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return prefix + "-" + (folded.isEmpty() ? "x" : folded);
  }
}
