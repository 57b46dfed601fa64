package se.tertial.kind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the {@code Instruktioner} sheet a workbook made by {@code init} or {@code
 * next-period} has: the sheet and column (or topic) it explains, the explanation in Swedish and
 * valid examples separated by {@code " | "}. The shared sheets' lines are the writer's; each kind
 * gives the lines of its own sheets ({@link ReportKindModule#instructions()}).
 */
public record Instruction(String sheet, String column, String explanation, String examples) {

  /** The file of instructions, beside the class that owns them. */
  public static final String RESOURCE = "instruktioner.tsv";

  /**
   * The lines of {@code instruktioner.tsv} in {@code owner}'s package (tab-separated: sheet,
   * column, explanation, examples; {@code #} starts a comment), or none when there is no such file.
   * The texts live in a file so they can be corrected without touching code.
   */
  public static List<Instruction> read(Class<?> owner) {
    try (InputStream in = owner.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return List.of();
      }
      List<Instruction> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] cells = text.split("\t", -1);
        if (cells.length != 4) {
          throw new IllegalStateException(
              owner.getPackageName() + "/" + RESOURCE + ": not four columns: " + text);
        }
        lines.add(new Instruction(cells[0], cells[1], cells[2], cells[3]));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "a", "a och b", "a, b och c": counts joined as Swedish running text. */
  public static String and(List<String> parts) {
    if (parts.size() < 2) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " och "
        + parts.get(parts.size() - 1);
  }
}
