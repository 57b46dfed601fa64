package se.tertial.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import se.tertial.model.MarkdownDepth;
import se.tertial.model.SourceRef;
import se.tertial.model.UserText;

/**
 * The checks every text read goes through, whatever the format, before anything is validated: text
 * is normalised to NFC (a decomposed "Å" typed on a Mac is the same letter as a composed one);
 * characters that cannot be printed or stored in XML — control characters other than tab and line
 * break, U+FFFE/U+FFFF, lone surrogates, also when written as OOXML {@code _x0000_} escapes — are
 * removed with a warning naming the cell; and markdown nested deeper than {@link #MAX_NESTING}
 * levels (quotes {@code >}, list markers) is an error naming the cell and is flattened, so the
 * renderer never sees it. A character no font embedded in the PDF has (CJK, Thai, …) gets a warning
 * naming the cell, since it would print as {@code #}.
 */
final class TextCheck {
  /** Quote and list levels one line of a text cell may open; real texts use two or three. */
  static final int MAX_NESTING = 16;

  private final Findings findings;
  private final IntPredicate printable;

  /**
   * @param printable which characters the output can print (the caller knows the PDF's fonts; this
   *     package does not)
   */
  TextCheck(Findings findings, IntPredicate printable) {
    this.findings = findings;
    this.printable = printable;
  }

  RawInput clean(RawInput input) {
    Map<Table, RawTable> tables = new LinkedHashMap<>();
    input.tables().forEach((kind, table) -> tables.put(kind, clean(table)));
    return new RawInput(input.name(), input.workbook(), tables, input.found());
  }

  private RawTable clean(RawTable table) {
    List<String> header = new ArrayList<>(table.header().size());
    for (int c = 0; c < table.header().size(); c++) {
      String name = table.header().get(c);
      header.add(text(name, table, table.headerRow(), columnLabel(table, c, name), false));
    }
    List<RawRow> rows = new ArrayList<>(table.rows().size());
    for (RawRow row : table.rows()) {
      List<RawCell> cells = new ArrayList<>(row.cells().size());
      for (int c = 0; c < row.cells().size(); c++) {
        RawCell cell = row.cells().get(c);
        String column = columnLabel(table, c, c < header.size() ? header.get(c) : "");
        String text = text(cell.text(), table, row.row(), column, true);
        cells.add(
            text.equals(cell.text())
                ? cell
                : new RawCell(text, cell.number(), cell.date(), cell.error(), cell.formula()));
      }
      rows.add(new RawRow(row.row(), cells));
    }
    return new RawTable(
        table.kind(), table.file(), table.sheet(), table.headerRow(), header, rows, table.merged());
  }

  private static String columnLabel(RawTable table, int index, String name) {
    if (name != null && !name.isBlank()) {
      return UserText.trim(name);
    }
    return table.sheet() == null ? String.valueOf(index + 1) : CellText.columnName(index);
  }

  private String text(String text, RawTable table, int row, String column, boolean markdown) {
    if (text.isEmpty()) {
      return text;
    }
    SourceRef where = new SourceRef(table.file(), table.sheet(), row, column);
    String result = text;
    if (!Normalizer.isNormalized(result, Normalizer.Form.NFC)) {
      result = Normalizer.normalize(result, Normalizer.Form.NFC);
    }
    Set<String> removed = new LinkedHashSet<>();
    result = withoutUnprintable(result, removed);
    if (!removed.isEmpty()) {
      findings.warning("text.controlChars", where, String.join(", ", removed));
    }
    if (markdown) {
      unprintable(result, where);
      int[] deepest = {0};
      String flat = flattened(result, deepest);
      if (deepest[0] > MAX_NESTING) {
        findings.error("text.nestedTooDeep", where, deepest[0], MAX_NESTING);
        result = flat;
      }
      int inline = MarkdownDepth.of(result);
      if (inline > MarkdownDepth.MAX) {
        // The renderer shows such a text as plain text; an error, since its emphasis is lost.
        findings.error("text.emphasisTooDeep", where, inline, MarkdownDepth.MAX);
      }
    }
    return result;
  }

  /** Most characters one warning lists; the rest are counted. */
  private static final int LISTED = 8;

  /** Warns about characters no font embedded in the PDF has: they would print as {@code #}. */
  private void unprintable(String text, SourceRef where) {
    Set<Integer> missing = new LinkedHashSet<>();
    text.codePoints().filter(cp -> !printable.test(cp)).forEach(missing::add);
    // U+FFFD marks bytes the decoder could not read, which is its own finding already.
    missing.remove(0xFFFD);
    if (missing.isEmpty()) {
      return;
    }
    List<String> listed = new ArrayList<>();
    missing.stream()
        .limit(LISTED)
        .forEach(
            cp -> listed.add(new String(Character.toChars(cp)) + String.format(" (U+%04X)", cp)));
    int more = missing.size() - listed.size();
    findings.warning("text.noGlyph", where, String.join(", ", listed), more, missing.size());
  }

  /** The text without unprintable characters; their code points go into {@code removed}. */
  static String withoutUnprintable(String text, Set<String> removed) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean bad =
          (c < 0x20 && c != '\t' && c != '\n')
              || (c >= 0x7F && c <= 0x9F)
              || c == '\uFFFE'
              || c == '\uFFFF'
              || (Character.isSurrogate(c) && !pair);
      if (bad) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        removed.add(String.format("U+%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
      if (pair) {
        i++;
        if (out != null) {
          out.append(text.charAt(i));
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The text with each line's quote and list markers beyond {@link #MAX_NESTING} removed; {@code
   * deepest[0]} gets the deepest nesting found.
   */
  static String flattened(String text, int[] deepest) {
    if (text.indexOf('>') < 0
        && text.indexOf('-') < 0
        && text.indexOf('*') < 0
        && text.indexOf('+') < 0
        && text.indexOf('.') < 0
        && text.indexOf(')') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean first = true;
    for (String line : text.split("\n", -1)) {
      int depth = 0;
      int i = 0;
      int keep = 0;
      while (i < line.length()) {
        int start = i;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
          i++;
        }
        int marker = markerLength(line, i);
        if (marker == 0) {
          i = start;
          break;
        }
        i += marker;
        depth++;
        if (depth <= MAX_NESTING) {
          keep = i;
        }
      }
      deepest[0] = Math.max(deepest[0], depth);
      if (!first) {
        out.append('\n');
      }
      first = false;
      out.append(depth > MAX_NESTING ? line.substring(0, keep) + line.substring(i) : line);
    }
    return out.toString();
  }

  /** The length of a quote or list marker at {@code i} (with its space), or 0. */
  private static int markerLength(String line, int i) {
    if (i >= line.length()) {
      return 0;
    }
    char c = line.charAt(i);
    if (c == '>') {
      return 1;
    }
    boolean spaced =
        i + 1 >= line.length() || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t';
    if ((c == '-' || c == '*' || c == '+') && spaced) {
      return 1;
    }
    int j = i;
    while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j))) {
      j++;
    }
    if (j > i && j < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')')) {
      boolean after = j + 1 >= line.length() || line.charAt(j + 1) == ' ';
      return after ? j + 1 - i : 0;
    }
    return 0;
  }
}
