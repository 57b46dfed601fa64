package se.tertial.kind.monthly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.tertial.kind.ReportKindModule;
import se.tertial.model.KindData;
import se.tertial.model.Period;
import se.tertial.read.ColumnSpec;
import se.tertial.read.Columns;
import se.tertial.read.Findings;
import se.tertial.read.InstructionText;
import se.tertial.read.RawInput;
import se.tertial.read.RowChecks;
import se.tertial.read.RowReader;
import se.tertial.read.Table;

/**
 * Reads a månadsuppföljning: {@code Månadsrapport} (Nr | Uppdrag | Period | Kommande månad |
 * Senaste månaden | Kommentarer | Risker), one row per assignment and month. Instruction text left
 * from the template is removed from every cell, with a warning naming the cell.
 */
public final class MonthlyAssembler {
  public static final String COMING = "Kommande månad";
  public static final String LAST = "Senaste månaden";
  public static final String COMMENTS = "Kommentarer";
  public static final String RISKS = "Risker";

  public static final List<ColumnSpec> COLUMNS =
      List.of(
          ColumnSpec.required("Nr"),
          ColumnSpec.required("Uppdrag", "Rubrik"),
          ColumnSpec.required("Period", "Månad"),
          ColumnSpec.optional(COMING, "Kommande"),
          ColumnSpec.optional(LAST, "Senaste månad", "Senaste"),
          ColumnSpec.optional(COMMENTS, "Kommentar"),
          ColumnSpec.optional(
              RISKS,
              "Uppkomna risker och eventuellt behov av stöd",
              "Uppkomna risker och ev. behov av stöd",
              "Risker och behov av stöd"));

  /** The tables an input of this kind cannot do without. */
  public Set<Table> required() {
    return Set.of(Table.REPORT, MonthlyKind.MONTHLY);
  }

  /** The kind data, with every problem added to {@code findings} (see {@link ReportKindModule}). */
  public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
    Optional<Columns> columns =
        input.table(MonthlyKind.MONTHLY).flatMap(t -> Columns.resolve(t, COLUMNS, false, findings));
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    List<MonthlyItem> items = new ArrayList<>();
    RowChecks checks = new RowChecks("Nr");
    for (RowReader row : RowReader.rows(columns.get(), findings)) {
      String nr = row.text("Nr");
      Period month = row.period("Period");
      checks.key(row, nr, "nr.missing");
      checks.period(row, month);
      if (row.failed() || !checks.first(row, "monthly.duplicate", nr, month)) {
        continue;
      }
      items.add(
          new MonthlyItem(
              nr,
              row.text("Uppdrag"),
              month,
              cleaned(row, COMING, findings),
              cleaned(row, LAST, findings),
              cleaned(row, COMMENTS, findings),
              cleaned(row, RISKS, findings),
              row.where()));
    }
    MonthlyFollowUp data = new MonthlyFollowUp(items);
    if (period != null && !items.isEmpty() && data.itemsOf(period).isEmpty()) {
      findings.warning("monthly.noItems", columns.get().table().where(), period.code());
    }
    return Optional.of(data);
  }

  private static String cleaned(RowReader row, String column, Findings findings) {
    InstructionText.Cleaned cleaned = InstructionText.clean(row.text(column));
    cleaned.removed().forEach(s -> findings.warning("instruction.left", row.where(column), s));
    return cleaned.text();
  }
}
