package se.tertial.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.tertial.model.Judgement;
import se.tertial.model.Sex;
import se.tertial.rules.MeasureJudgement;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.SexJudgement;

/**
 * Writes one row per measure, {@code ;}-separated, UTF-8 with a byte order mark so Swedish Excel
 * opens it with the right characters and columns. Numbers use a decimal comma and a plain hyphen
 * minus, which is what Excel reads as a number in the Swedish locale. Text cells that would start a
 * formula are neutralised ({@link #text}).
 */
public final class EvaluationCsvWriter {
  static final List<String> HEADER =
      List.of(
          "ID",
          "Perspektiv",
          "Styrmått",
          "Mål",
          "Regeltyp",
          "Utfall K",
          "Utfall M",
          "Utfall Tot",
          "Bedömning",
          "Beräknad bedömning",
          "Manuell bedömning",
          "Utveckling",
          "Utveckling K",
          "Utveckling M",
          "Skäl");

  private EvaluationCsvWriter() {}

  /** Writes the CSV with BOM and CRLF line ends; does not close {@code out}. */
  public static void write(ReportEvaluation evaluation, OutputStream out) {
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write('\ufeff');
      line(w, HEADER);
      for (MeasureJudgement m : evaluation.measures()) {
        line(w, row(m));
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> row(MeasureJudgement m) {
    return List.of(
        text(m.measure().id()),
        text(m.measure().perspective()),
        text(m.measure().name()),
        text(m.rule().text()),
        text(m.rule().type()),
        value(m.bySex().get(Sex.WOMEN)),
        value(m.bySex().get(Sex.MEN)),
        value(m.bySex().get(Sex.TOTAL)),
        text(m.judgementLabel()),
        text(m.computed().label()),
        text(m.manual().map(Judgement::label).orElse("")),
        text(m.trend().label()),
        text(trend(m.bySex().get(Sex.WOMEN))),
        text(trend(m.bySex().get(Sex.MEN))),
        text(m.explanation()));
  }

  /**
   * A text cell neutralised against formula injection as OWASP recommends: a cell starting with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}
   * so Excel and LibreOffice show it as text and never run it. Only text cells: numbers (which may
   * start with a minus) are written by {@link #value} and stay numbers.
   */
  static String text(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell == null ? "" : cell;
    }
    char first = cell.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
            || first == '\uFF1D'
            || first == '\uFF0B'
            || first == '\uFF0D'
            || first == '\uFF20'; // full-width forms some spreadsheets also accept
    return formula ? "'" + cell : cell;
  }

  private static String value(SexJudgement s) {
    if (s == null || s.value() == null) {
      return "";
    }
    BigDecimal v = s.value();
    return v.toPlainString().replace('.', ',');
  }

  private static String trend(SexJudgement s) {
    return s == null ? "" : s.trend().label();
  }

  private static void line(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(';');
      }
      w.write(quote(cells.get(i)));
    }
    w.write("\r\n");
  }

  static String quote(String cell) {
    String text = cell == null ? "" : cell;
    if (text.contains(";")
        || text.contains("\"")
        || text.contains("\n")
        || text.contains("\r")
        || text.startsWith("'")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
