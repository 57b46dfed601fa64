package se.tertial.kind.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.tertial.kind.KindSheet;
import se.tertial.kind.ReportsPerMonth;
import se.tertial.model.KindData;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.Findings;
import se.tertial.read.RawInput;
import se.tertial.read.Table;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.KindViewModel;

/**
 * The uppdragsåterkoppling (feedback on RD assignments): items under Ärende/fråga with work and
 * results (seeds 001, 003).
 */
public final class AssignmentKind implements ReportsPerMonth {
  /** Uppdrag: the assignments, one row each. */
  public static final Table ASSIGNMENTS = new Table("Uppdrag", "Ärenden");

  /** Uppdragsstatus: each assignment's feedback per period. */
  public static final Table ASSIGNMENT_STATUSES =
      new Table("Uppdragsstatus", "Uppdragsrapport", "Återkoppling");

  @Override
  public List<Table> ownTables() {
    return List.of(ASSIGNMENTS, ASSIGNMENT_STATUSES);
  }

  @Override
  public String name() {
    return "uppdragsaterkoppling";
  }

  @Override
  public Set<Table> required() {
    return new AssignmentAssembler().required();
  }

  @Override
  public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
    return new AssignmentAssembler().assemble(input, period, findings);
  }

  @Override
  public KindViewModel view(ReportEvaluation evaluation, String logoDataUri) {
    return new AssignmentViewModelBuilder().build(evaluation, logoDataUri);
  }

  /**
   * Uppdrag (Nr, Ärende, Rubrik) and Uppdragsstatus (Nr, Period, Pågående arbete, Resultat); for
   * {@code open}, an entry row for every item without one.
   */
  @Override
  public List<KindSheet> sheets(Report report, Period open) {
    AssignmentFeedback data =
        report.data() instanceof AssignmentFeedback f
            ? f
            : new AssignmentFeedback(List.of(), List.of());
    List<List<Object>> items = new ArrayList<>();
    for (Assignment a : data.assignments()) {
      items.add(KindSheet.row(a.nr(), a.issue(), a.title()));
    }
    List<List<Object>> entries = new ArrayList<>();
    for (AssignmentEntry e : data.entries()) {
      entries.add(KindSheet.row(e.nr(), e.period().code(), e.work(), e.result()));
    }
    List<List<Object>> toFill = new ArrayList<>();
    if (open != null) {
      for (Assignment a : data.assignments()) {
        if (data.entry(a.nr(), open).isEmpty()) {
          toFill.add(KindSheet.row(a.nr(), open.code(), null, null));
        }
      }
    }
    return List.of(
        new KindSheet(ASSIGNMENTS, AssignmentAssembler.ASSIGNMENT_COLUMNS, items),
        new KindSheet(ASSIGNMENT_STATUSES, AssignmentAssembler.ENTRY_COLUMNS, entries, toFill));
  }

  /** "7 uppdrag". */
  @Override
  public String contents(Report report) {
    int items = report.data() instanceof AssignmentFeedback f ? f.assignments().size() : 0;
    return new Messages.Bundle("se.tertial.kind.assignment.messages").get("contents", items);
  }
}
