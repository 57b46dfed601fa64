package se.tertial.kind.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.tertial.read.ColumnSpec;
import se.tertial.read.Columns;
import se.tertial.read.Findings;
import se.tertial.read.RawInput;
import se.tertial.read.RawTable;
import se.tertial.read.RowReader;

/**
 * Reads a verksamhetsplan's risk assessment, {@code Riskbedömning} (Nr | Perspektiv | Strategiskt
 * mål | Framgångsfaktor | Risk | Konsekvens | Sannolikhet | Konsekvensgrad | Riskvärde | Orsak |
 * Åtgärd | Kontrollmetod), one row per risk. Sannolikhet and konsekvensgrad are 1–4; a riskvärde
 * that is not their product is a warning naming the row (in the usual risk matrix, 1–8 needs no
 * action, 9–16 does).
 */
final class RiskAssembler {
  static final List<ColumnSpec> COLUMNS =
      List.of(
          ColumnSpec.required("Nr"),
          ColumnSpec.optional("Perspektiv"),
          ColumnSpec.optional("Strategiskt mål", "Mål", "Målområde"),
          ColumnSpec.required("Framgångsfaktor"),
          ColumnSpec.required("Risk", "Vad kan hända"),
          ColumnSpec.optional("Konsekvens", "Vad blir konsekvensen"),
          ColumnSpec.optional("Sannolikhet", "S"),
          ColumnSpec.optional("Konsekvensgrad", "K", "Allvarlighet"),
          ColumnSpec.optional("Riskvärde", "Risk S×K", "RV"),
          ColumnSpec.optional("Orsak"),
          ColumnSpec.optional("Åtgärd", "Åtgärder"),
          ColumnSpec.optional("Kontrollmetod", "Kontroll"));

  private RiskAssembler() {}

  /** The risks, or an empty list when the sheet is absent or lacks a required column. */
  static List<Risk> risks(RawInput input, Findings findings) {
    Optional<RawTable> table = input.table(PlanKind.RISKS);
    if (table.isEmpty()) {
      return List.of();
    }
    Optional<Columns> columns = Columns.resolve(table.get(), COLUMNS, false, findings);
    if (columns.isEmpty()) {
      return List.of();
    }
    List<Risk> risks = new ArrayList<>();
    for (RowReader row : RowReader.rows(columns.get(), findings)) {
      Integer probability = grade(row, "Sannolikhet", 4);
      Integer severity = grade(row, "Konsekvensgrad", 4);
      Integer value = grade(row, "Riskvärde", 16);
      if (row.failed()) {
        continue;
      }
      if (probability != null
          && severity != null
          && value != null
          && probability * severity != value) {
        findings.warning(
            "risk.valueMismatch",
            row.where("Riskvärde"),
            row.text("Nr"),
            value,
            probability,
            severity,
            probability * severity);
      }
      risks.add(
          new Risk(
              row.text("Nr"),
              row.groupText("Perspektiv"),
              row.groupText("Strategiskt mål"),
              row.groupText("Framgångsfaktor"),
              row.text("Risk"),
              row.text("Konsekvens"),
              probability,
              severity,
              value,
              row.text("Orsak"),
              row.text("Åtgärd"),
              row.text("Kontrollmetod"),
              row.where()));
    }
    return risks;
  }

  /** A whole number 1–{@code max}, or null when blank; anything else is an error. */
  private static Integer grade(RowReader row, String column, int max) {
    BigDecimal number = row.number(column);
    if (number == null) {
      return null;
    }
    if (number.stripTrailingZeros().scale() > 0
        || number.compareTo(BigDecimal.ONE) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      return row.fail("risk.gradeInvalid", column, row.text(column), max);
    }
    return number.intValueExact();
  }
}
