package se.tertial.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.tertial.model.Judgement;
import se.tertial.model.Sex;
import se.tertial.model.SwedishFormat;
import se.tertial.rules.MeasureJudgement;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.SexJudgement;
import se.tertial.rules.Trend;

/**
 * A terminal table of the judgements that fits in 120 columns: ID, Styrmått, Mål, Utfall K/M/Tot,
 * Bedömning, Utveckling and the reason, wrapped onto continuation lines. Colour (ANSI) only when
 * asked for; the command decides (TTY and no {@code NO_COLOR}).
 */
public final class EvaluationTableWriter {
  /** The widest line written. */
  public static final int WIDTH = 120;

  private static final int[] WIDTHS = {6, 24, 14, 7, 7, 7, 15, 10};
  private static final String[] HEADERS = {
    "ID", "Styrmått", "Mål", "K", "M", "Tot", "Bedömning", "Utveckl."
  };
  private static final int REASON_WIDTH = WIDTH - Arrays.stream(WIDTHS).map(w -> w + 1).sum();

  private EvaluationTableWriter() {}

  /** Writes the table; {@code colour} adds ANSI colours to the judgement column. */
  public static void write(ReportEvaluation evaluation, PrintWriter out, boolean colour) {
    List<String> header = new ArrayList<>(List.of(HEADERS));
    header.add("Skäl");
    out.println(cells(header, false, null));
    out.println("-".repeat(WIDTH));
    for (MeasureJudgement m : evaluation.measures()) {
      List<String> reason = wrap(m.explanation(), REASON_WIDTH);
      List<String> row =
          new ArrayList<>(
              List.of(
                  m.measure().id(),
                  m.measure().name(),
                  m.rule().text(),
                  value(m, Sex.WOMEN),
                  value(m, Sex.MEN),
                  value(m, Sex.TOTAL),
                  m.judgementLabel(),
                  arrow(m.trend())));
      row.add(reason.isEmpty() ? "" : reason.get(0));
      // Cells are escaped in fit(); the line may hold our colour codes, so it goes out raw.
      TerminalText.printRaw(out, cells(row, colour, m.judgement()));
      out.println();
      for (int i = 1; i < reason.size(); i++) {
        out.println(" ".repeat(WIDTH - REASON_WIDTH) + reason.get(i));
      }
    }
    var counts = evaluation.counts();
    out.println("-".repeat(WIDTH));
    out.printf(
        "%s %d, %s %d, %s %d, %s %d%n",
        Judgement.MET.label(),
        counts.get(Judgement.MET),
        Judgement.PARTLY_MET.label(),
        counts.get(Judgement.PARTLY_MET),
        Judgement.NOT_MET.label(),
        counts.get(Judgement.NOT_MET),
        Judgement.NOT_ASSESSED.label(),
        counts.get(Judgement.NOT_ASSESSED));
    if (evaluation.notDue() > 0) {
      out.printf("%s %d%n", MeasureJudgement.notDueLabel(), evaluation.notDue());
    }
    out.flush();
  }

  private static String value(MeasureJudgement m, Sex sex) {
    SexJudgement s = m.bySex().get(sex);
    return s == null || s.value() == null ? "" : SwedishFormat.number(s.value());
  }

  private static String arrow(Trend trend) {
    return switch (trend) {
      case IMPROVED -> "↑ " + trend.label();
      case WORSENED -> "↓ " + trend.label();
      case UNCHANGED -> "→ " + trend.label();
      case UNKNOWN -> "";
    };
  }

  private static String cells(List<String> cells, boolean colour, Judgement judgement) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < WIDTHS.length; i++) {
      String cell = fit(cells.get(i), WIDTHS[i]);
      if (colour && i == 6 && judgement != null) {
        line.append(ansi(judgement)).append(cell).append("\u001b[0m");
      } else {
        line.append(cell);
      }
      line.append(' ');
    }
    line.append(fit(cells.get(WIDTHS.length), REASON_WIDTH).stripTrailing());
    return line.toString().stripTrailing();
  }

  private static String ansi(Judgement judgement) {
    return switch (judgement) {
      case MET -> "\u001b[32m";
      case PARTLY_MET -> "\u001b[33m";
      case NOT_MET -> "\u001b[31m";
      case NOT_ASSESSED -> "\u001b[90m";
    };
  }

  /** Pads or cuts to exactly {@code width} characters, marking a cut with "…". */
  static String fit(String text, int width) {
    String oneLine = TerminalText.escape(text).replaceAll("\\s+", " ").strip();
    if (oneLine.length() > width) {
      return oneLine.substring(0, width - 1) + "…";
    }
    return oneLine + " ".repeat(width - oneLine.length());
  }

  /** Word-wraps {@code text} into lines of at most {@code width} characters. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      String piece = word.length() > width ? word.substring(0, width - 1) + "…" : word;
      if (line.length() > 0 && line.length() + 1 + piece.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(piece);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
