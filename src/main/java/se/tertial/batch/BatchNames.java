package se.tertial.batch;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import se.tertial.model.Period;

/**
 * Output file names in a batch: the input's name and the period, ASCII-folded so they survive every
 * file system and web server ({@code länssjukvård 2.xlsx} → {@code lanssjukvard-2-2022-T1.pdf},
 * {@code …-2022-AR.pdf}). Names come from the input, not the unit, so two workbooks never write the
 * same file.
 */
final class BatchNames {
  private BatchNames() {}

  static String of(Path input, Period period, String extension) {
    String name = input.getFileName() == null ? "rapport" : input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return slug(stem) + "-" + period.code().replace("Å", "A") + "." + extension;
  }

  static String slug(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return folded.isEmpty() ? "rapport" : folded.toLowerCase(Locale.ROOT);
  }
}
