package se.tertial.read;

import java.util.Optional;
import java.util.Set;
import se.tertial.kind.assignment.AssignmentAssembler;
import se.tertial.kind.monthly.MonthlyAssembler;
import se.tertial.kind.plan.BudgetAssembler;
import se.tertial.model.KindData;
import se.tertial.model.Period;
import se.tertial.model.ReportKind;

/**
 * The reading part of a report kind: which tables it needs and how its own tables become its {@link
 * KindData}. Styrmått, Utfall, Åtgärder and Texter are read by {@link ReportAssembler} for every
 * kind that has them; a kind adds only its own tables here. A new kind is one more implementation
 * and one more case in {@link #of}.
 */
public interface KindAssembler {

  /** The tables an input of this kind cannot do without. */
  Set<TableKind> required();

  /**
   * The kind's data for the report's {@code period}, with every problem added to {@code findings};
   * empty when a table lacks a required column (already reported as an error).
   */
  Optional<KindData> assemble(RawInput input, Period period, Findings findings);

  /** The assembler of a kind. */
  public static KindAssembler of(ReportKind kind) {
    return switch (kind) {
      case DELARSBILAGA -> new Appendix();
      case UPPDRAGSATERKOPPLING -> new AssignmentAssembler();
      case MANADSUPPFOLJNING -> new MonthlyAssembler();
      case VERKSAMHETSPLAN -> new BudgetAssembler();
    };
  }

  /** The delårsbilaga: measures and outcomes are required, it has no data of its own. */
  public record Appendix() implements KindAssembler {
    @Override
    public Set<TableKind> required() {
      return Set.of(TableKind.REPORT, TableKind.MEASURES, TableKind.OUTCOMES);
    }

    @Override
    public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
      return Optional.of(KindData.NONE);
    }
  }
}
