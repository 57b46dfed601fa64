package se.tertial.files;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import se.tertial.model.Period;

/**
 * File names that work on every file system and in URLs: {@code
 * division-lansjukvard-2-2022-T1.pdf}.
 */
public final class OutputNames {
  private OutputNames() {}

  /** {@code <unit>-<period>.<extension>}, letters folded to ASCII (å ä → a, ö → o). */
  public static String of(String unit, Period period, String extension) {
    String base = fold(unit).toLowerCase(Locale.ROOT);
    String periodPart = fold(period.code());
    return (base.isEmpty() ? "rapport" : base) + "-" + periodPart + "." + extension;
  }

  /**
   * A name part folded the way {@link #of} folds it ({@code Enhet Å} → {@code enhet-a}); two texts
   * with the same stem give the same file name.
   */
  public static String stem(String text) {
    return fold(text).toLowerCase(Locale.ROOT);
  }

  /** A file's extension in lower case without the dot ({@code ut.PDF} → {@code pdf}), or "". */
  public static String extension(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString();
    int dot = text.lastIndexOf('.');
    return dot <= 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String fold(String text) {
    String ascii =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace("ß", "ss")
            .replace("æ", "ae")
            .replace("Æ", "AE")
            .replace("ø", "o")
            .replace("Ø", "O");
    return ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
  }
}
