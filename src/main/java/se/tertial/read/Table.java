package se.tertial.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A table of the input contract: one sheet in a workbook, one CSV file in a folder. The tables
 * every kind shares are the constants here; a report kind declares its own ({@link
 * KindAssembler#ownTables()}), so reading knows them from the kinds it is given, never by name. Two
 * tables are the same when their documented names fold alike (case, accents, spaces).
 */
public final class Table {
  public static final Table REPORT = new Table("Rapport", "Rapportinfo");
  public static final Table MEASURES = new Table("Styrmått", "Mått", "Indikatorer");
  public static final Table OUTCOMES = new Table("Utfall");
  public static final Table ACTIONS = new Table("Åtgärder");
  public static final Table STATUSES = new Table("Åtgärdsstatus");
  public static final Table TEXTS = new Table("Texter", "Text");

  /** The shared tables, in the contract's order. */
  public static final List<Table> SHARED =
      List.of(REPORT, MEASURES, OUTCOMES, ACTIONS, STATUSES, TEXTS);

  private final String sheetName;
  private final List<String> aliases;

  /**
   * @param sheetName the sheet name as documented, e.g. {@code Månadsrapport}
   * @param aliases the other names a sheet of it may have
   */
  public Table(String sheetName, String... aliases) {
    this.sheetName = sheetName;
    this.aliases = List.of(aliases);
  }

  /** The sheet name as documented, e.g. {@code Åtgärdsstatus}. */
  public String sheetName() {
    return sheetName;
  }

  /** The documented sheet name followed by the other names a sheet may have. */
  public List<String> names() {
    List<String> names = new ArrayList<>(List.of(sheetName));
    names.addAll(aliases);
    return List.copyOf(names);
  }

  /** The CSV file name as documented, e.g. {@code atgardsstatus.csv}. */
  public String fileName() {
    return Names.key(sheetName) + ".csv";
  }

  /** Whether a sheet called {@code name} is this table, case- and accent-insensitively. */
  public boolean isSheet(String name) {
    String key = Names.key(name);
    return Names.key(sheetName).equals(key)
        || aliases.stream().anyMatch(a -> Names.key(a).equals(key));
  }

  /** Whether a CSV file called {@code name} ({@code utfall.csv}, {@code Åtgärder.CSV}…) is it. */
  public boolean isFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return (lower.endsWith(".csv") || lower.endsWith(".txt"))
        && isSheet(name.substring(0, name.length() - 4));
  }

  /** The table among {@code tables} a sheet name stands for. */
  public static Optional<Table> bySheetName(List<Table> tables, String name) {
    return tables.stream().filter(t -> t.isSheet(name)).findFirst();
  }

  /** The table among {@code tables} a CSV file name stands for. */
  public static Optional<Table> byFileName(List<Table> tables, String name) {
    return tables.stream().filter(t -> t.isFile(name)).findFirst();
  }

  /** Tables in the order of {@code tables} (the contract's: shared first, then each kind's). */
  static Comparator<Table> inOrderOf(List<Table> tables) {
    return Comparator.comparingInt(tables::indexOf);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Table t && Names.key(sheetName).equals(Names.key(t.sheetName));
  }

  @Override
  public int hashCode() {
    return Names.key(sheetName).hashCode();
  }

  @Override
  public String toString() {
    return sheetName;
  }
}
