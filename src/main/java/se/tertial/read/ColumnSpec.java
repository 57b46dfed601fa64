package se.tertial.read;

import java.util.List;

/**
 * A column of the input contract.
 *
 * @param name the documented name, used in findings ("Kvinnor")
 * @param required whether a table without it cannot be read
 * @param aliases other accepted spellings ("K"); ASCII-folded spellings always match
 */
public record ColumnSpec(String name, boolean required, List<String> aliases) {

  public static ColumnSpec required(String name, String... aliases) {
    return new ColumnSpec(name, true, List.of(aliases));
  }

  public static ColumnSpec optional(String name, String... aliases) {
    return new ColumnSpec(name, false, List.of(aliases));
  }

  public boolean matches(String header) {
    String key = Names.key(header);
    return Names.key(name).equals(key) || aliases.stream().anyMatch(a -> Names.key(a).equals(key));
  }
}
