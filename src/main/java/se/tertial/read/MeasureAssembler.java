package se.tertial.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Judgement;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.TargetValue;

/** Reads the {@code Styrmått} and {@code Utfall} tables. */
final class MeasureAssembler {
  /**
   * The Styrmått columns as the header search knows them: the target text under {@code Mål} or, in
   * a sheet without a Mål column, under {@code Målvärde} (many published tables head it so).
   */
  static final List<ColumnSpec> MEASURE_COLUMNS = measureColumns(true);

  /** The Styrmått columns of a sheet with a Mål column: Målvärde is then the number beside it. */
  static final List<ColumnSpec> MEASURE_COLUMNS_WITH_VALUE = measureColumns(false);

  private static List<ColumnSpec> measureColumns(boolean valueIsText) {
    return List.of(
        ColumnSpec.required("ID", "Mått-ID", "Id-nr"),
        ColumnSpec.required("Perspektiv"),
        ColumnSpec.optional("Strategiskt mål", "Strategiska mål"),
        ColumnSpec.optional("Framgångsfaktor", "Framgångsfaktorer"),
        ColumnSpec.required("Styrmått", "Mått", "Indikator"),
        valueIsText ? ColumnSpec.required("Mål", "Målvärde") : ColumnSpec.required("Mål"),
        ColumnSpec.optional("Målvärde"),
        ColumnSpec.optional("Målår", "Mål år"),
        ColumnSpec.optional("Riktning"),
        ColumnSpec.optional("Enhet"),
        ColumnSpec.optional("Uppföljningsperiod", "Uppföljning"),
        ColumnSpec.optional("Jämförelse"),
        ColumnSpec.optional("Källa"),
        ColumnSpec.optional("Fotnot"),
        ColumnSpec.optional("Ingångsvärde", "Utgångsvärde", "Basvärde"));
  }

  /**
   * The columns to read {@code table} with: Målvärde is the structured target when the sheet has a
   * Mål column beside it, else the target text as before.
   */
  static List<ColumnSpec> measureColumns(RawTable table) {
    ColumnSpec text = ColumnSpec.required("Mål");
    boolean hasText = table.header().stream().anyMatch(text::matches);
    return hasText ? MEASURE_COLUMNS_WITH_VALUE : MEASURE_COLUMNS;
  }

  static final List<ColumnSpec> OUTCOME_COLUMNS =
      List.of(
          ColumnSpec.required("ID", "Mått-ID", "Id-nr"),
          ColumnSpec.required("Period"),
          ColumnSpec.optional("Kvinnor", "K"),
          ColumnSpec.optional("Män", "M"),
          ColumnSpec.optional("Totalt", "Tot", "Total"),
          ColumnSpec.optional("Värdetext", "Text"),
          ColumnSpec.optional("Kommentar", "Analys"),
          ColumnSpec.optional("Bedömning", "Måluppfyllelse"));

  private MeasureAssembler() {}

  static List<Measure> measures(Columns columns, Findings findings) {
    RowChecks checks = new RowChecks("ID");
    List<Measure> measures = new ArrayList<>();
    for (RowReader row : RowReader.rows(columns, findings)) {
      String id = row.text("ID");
      if (!checks.key(row, id, "id.missing") || !checks.first(row, "id.duplicate", id, null)) {
        continue;
      }
      if (row.groupText("Perspektiv").isEmpty()) {
        // A measure without a perspective would print under a nameless heading of its own.
        row.fail("perspective.missing", "Perspektiv", id);
      }
      Polarity polarity = polarity(row);
      Map<Integer, String> yearTargets = new LinkedHashMap<>();
      columns
          .yearTargets()
          .forEach(
              (year, index) -> {
                String target = row.textAt(index, columns.headerAt(index));
                if (!target.isEmpty()) {
                  yearTargets.put(year, target);
                }
              });
      String footnote = row.text("Fotnot");
      if (footnote.strip().matches("\\d{1,3}")) {
        // A bare marker copied from a document whose footnote text is elsewhere: nothing to print.
        findings.warning("footnote.bare", row.where("Fotnot"), footnote.strip(), id);
      }
      TargetValue targetValue = targetValue(row);
      Integer targetYear = targetYear(row);
      measures.add(
          new Measure(
              id,
              row.groupText("Perspektiv"),
              row.groupText("Strategiskt mål"),
              row.groupText("Framgångsfaktor"),
              row.text("Styrmått"),
              row.text("Mål"),
              polarity,
              row.text("Enhet"),
              row.text("Uppföljningsperiod"),
              row.text("Jämförelse"),
              row.text("Källa"),
              row.text("Fotnot"),
              row.text("Ingångsvärde"),
              yearTargets,
              targetValue,
              targetYear,
              row.where()));
    }
    missingGoals(columns, measures, findings);
    return measures;
  }

  /**
   * A measure without a Strategiskt mål in a perspective whose other measures have one would print
   * under a nameless goal of its own (a goal merged over rows and saved as CSV keeps its value in
   * the top row only): an error naming the cell. A perspective without any goal is grouped by
   * perspective alone, as written.
   */
  private static void missingGoals(Columns columns, List<Measure> measures, Findings findings) {
    int goal = columns.indexOf("Strategiskt mål");
    if (goal < 0) {
      return;
    }
    Set<String> withGoals = new HashSet<>();
    for (Measure m : measures) {
      if (!m.strategicGoal().isBlank()) {
        withGoals.add(m.perspective().strip());
      }
    }
    for (Measure m : measures) {
      String perspective = m.perspective().strip();
      if (m.strategicGoal().isBlank()
          && !perspective.isEmpty()
          && withGoals.contains(perspective)) {
        findings.error(
            "goal.missing",
            columns.table().at(m.where().row(), columns.headerAt(goal)),
            m.id(),
            perspective);
      }
    }
  }

  /**
   * The Målvärde cell: a numeric cell as shown (a percent cell 0,8 shown as 80 % is 80 %), a text
   * as {@link TargetValue#parse}; null when blank or bad (then an error naming the cell).
   */
  private static TargetValue targetValue(RowReader row) {
    RawCell cell = row.cellOf("Målvärde");
    if (cell == null || cell.isBlank()) {
      return null;
    }
    if (cell.number() != null) {
      return TargetValue.ofNumber(cell.text(), cell.number(), cell.text().contains("%"));
    }
    if (cell.date() != null) {
      return row.fail("number.date", "Målvärde", cell.text());
    }
    try {
      return TargetValue.parse(cell.text());
    } catch (InvalidValueException e) {
      return row.failText("targetValue.invalid", "Målvärde", e.getMessage());
    }
  }

  /** The Målår cell: a year; null when blank or bad (then an error naming the cell). */
  private static Integer targetYear(RowReader row) {
    RawCell cell = row.cellOf("Målår");
    if (cell == null || cell.isBlank()) {
      return null;
    }
    String written =
        cell.number() != null && cell.number().stripTrailingZeros().scale() <= 0
            ? cell.number().toBigInteger().toString()
            : cell.date() != null ? cell.date().toString() : cell.text();
    try {
      return TargetValue.parseYear(written);
    } catch (InvalidValueException e) {
      return row.failText("targetYear.invalid", "Målår", e.getMessage());
    }
  }

  private static Polarity polarity(RowReader row) {
    String text = row.text("Riktning");
    try {
      return Polarity.parse(text);
    } catch (InvalidValueException e) {
      return row.failText("polarity.invalid", "Riktning", e.getMessage());
    }
  }

  /**
   * Reads the outcomes; IDs of rows left out for errors go into {@code rejected}, so that no
   * "missing outcome" warning repeats an error already reported.
   */
  static List<Outcome> outcomes(
      Columns columns, Map<String, Measure> measures, Set<String> rejected, Findings findings) {
    RowChecks checks = new RowChecks("ID");
    List<Outcome> outcomes = new ArrayList<>();
    ShareCheck shares = new ShareCheck();
    for (RowReader row : RowReader.rows(columns, findings)) {
      String id = row.text("ID");
      Period period = row.period("Period");
      BigDecimal women = row.number("Kvinnor");
      BigDecimal men = row.number("Män");
      BigDecimal total = row.number("Totalt");
      String valueText = row.text("Värdetext");
      String comment = row.text("Kommentar");
      Judgement manual = judgement(row);
      if (total != null
          && total.signum() == 0
          && women == null
          && men == null
          && valueText.isEmpty()
          && row.isFormula("Totalt")) {
        // An Excel table fills its formula (=C5+D5) into every new row: 0 over empty cells is
        // no outcome anyone measured, and would be judged as one.
        row.fail("outcome.formulaZero", "Totalt", id);
      }
      // "M12:riket" is the reference value of M12 (docs/input-format.md, Jämförelse).
      Measure measure = measures.get(measureOf(id));
      if (!checks.datedChild(
              row,
              id,
              period,
              known -> measures.containsKey(measureOf(known)),
              "id.missing",
              "outcome.unknownId",
              rejected)
          || !checks.first(row, "outcome.duplicate", id, period)) {
        continue;
      }
      outcomes.add(
          new Outcome(id, period, women, men, total, valueText, comment, manual, row.where()));
      shares.add(measure, women, row.text("Kvinnor"), row.where("Kvinnor"));
      shares.add(measure, men, row.text("Män"), row.where("Män"));
      shares.add(measure, total, row.text("Totalt"), row.where("Totalt"));
    }
    shares.report(findings);
    return outcomes;
  }

  /**
   * The measure an Utfall ID belongs to: the ID itself, or for a reference row {@code
   * <ID>:<reference>} ({@code M12:riket}) the part before the colon.
   */
  static String measureOf(String outcomeId) {
    int colon = outcomeId.indexOf(':');
    return colon > 0 ? outcomeId.substring(0, colon).strip() : outcomeId;
  }

  private static Judgement judgement(RowReader row) {
    String text = row.text("Bedömning");
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Judgement.parse(text);
    } catch (InvalidValueException e) {
      return row.failText("judgement.invalid", "Bedömning", e.getMessage());
    }
  }
}
