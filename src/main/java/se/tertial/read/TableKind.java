package se.tertial.read;

import java.util.List;
import java.util.Optional;

/**
 * The tables of the input contract: one sheet each in a workbook, one file each in a folder. Which
 * are required depends on the report kind ({@link KindAssembler#required()}).
 */
public enum TableKind {
  REPORT("Rapport", "Rapportinfo"),
  MEASURES("Styrmått", "Mått", "Indikatorer"),
  OUTCOMES("Utfall"),
  ACTIONS("Åtgärder"),
  STATUSES("Åtgärdsstatus"),
  TEXTS("Texter", "Text"),
  ASSIGNMENTS("Uppdrag", "Ärenden"),
  ASSIGNMENT_STATUSES("Uppdragsstatus", "Uppdragsrapport", "Återkoppling"),
  MONTHLY("Månadsrapport", "Månadsuppföljning"),
  BUDGET("Budget", "Ekonomiska ramar"),
  RISKS("Riskbedömning", "Risker", "Riskanalys");

  private final String sheetName;
  private final List<String> aliases;

  TableKind(String sheetName, String... aliases) {
    this.sheetName = sheetName;
    this.aliases = List.of(aliases);
  }

  /** The sheet name as documented, e.g. {@code Åtgärdsstatus}. */
  public String sheetName() {
    return sheetName;
  }

  /** The documented sheet name followed by the other names a sheet may have. */
  public List<String> names() {
    List<String> names = new java.util.ArrayList<>(List.of(sheetName));
    names.addAll(aliases);
    return List.copyOf(names);
  }

  /** The CSV file name as documented, e.g. {@code atgardsstatus.csv}. */
  public String fileName() {
    return Names.key(sheetName) + ".csv";
  }

  /** The table a sheet name stands for, matched case- and accent-insensitively. */
  public static Optional<TableKind> bySheetName(String name) {
    String key = Names.key(name);
    for (TableKind kind : values()) {
      if (Names.key(kind.sheetName).equals(key)
          || kind.aliases.stream().anyMatch(a -> Names.key(a).equals(key))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The table a CSV file name stands for ({@code utfall.csv}, {@code Åtgärder.CSV}…). */
  public static Optional<TableKind> byFileName(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (!lower.endsWith(".csv") && !lower.endsWith(".txt")) {
      return Optional.empty();
    }
    return bySheetName(name.substring(0, name.length() - 4));
  }
}
