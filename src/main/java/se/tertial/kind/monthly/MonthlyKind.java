package se.tertial.kind.monthly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The månadsuppföljning (monthly follow-up of assignments): one box per assignment with its fields.
 */
public final class MonthlyKind implements ReportsPerMonth {
  /** Månadsrapport: each assignment's four fields per month. */
  public static final Table MONTHLY = new Table("Månadsrapport", "Månadsuppföljning");

  @Override
  public List<Table> ownTables() {
    return List.of(MONTHLY);
  }

  @Override
  public String name() {
    return "manadsuppfoljning";
  }

  @Override
  public Set<Table> required() {
    return new MonthlyAssembler().required();
  }

  @Override
  public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
    return new MonthlyAssembler().assemble(input, period, findings);
  }

  @Override
  public KindViewModel view(ReportEvaluation evaluation, String logoDataUri) {
    return new MonthlyViewModelBuilder().build(evaluation, logoDataUri);
  }

  /**
   * Månadsrapport (Nr, Uppdrag, Period, Kommande månad, Senaste månaden, Kommentarer, Risker); for
   * {@code open}, a row for every item of the latest month before it ({@link #openItems}).
   */
  @Override
  public List<KindSheet> sheets(Report report, Period open) {
    MonthlyFollowUp data =
        report.data() instanceof MonthlyFollowUp m ? m : new MonthlyFollowUp(List.of());
    List<List<Object>> rows = new ArrayList<>();
    for (MonthlyItem i : data.items()) {
      rows.add(
          KindSheet.row(
              i.nr(),
              i.title(),
              i.period().code(),
              i.comingMonth(),
              i.lastMonth(),
              i.comments(),
              i.risks()));
    }
    List<List<Object>> toFill = new ArrayList<>();
    if (open != null) {
      openItems(data, open)
          .forEach(
              (nr, title) ->
                  toFill.add(KindSheet.row(nr, title, open.code(), null, null, null, null)));
    }
    return List.of(new KindSheet(MONTHLY, MonthlyAssembler.COLUMNS, rows, toFill));
  }

  /**
   * The items (Nr → Uppdrag) a new month needs a row for: those of the latest month before it that
   * have no row for it yet.
   */
  static Map<String, String> openItems(MonthlyFollowUp data, Period open) {
    Period latest =
        data.items().stream()
            .map(MonthlyItem::period)
            .filter(p -> p.compareTo(open) < 0)
            .max(Period::compareTo)
            .orElse(null);
    Map<String, String> result = new LinkedHashMap<>();
    if (latest == null) {
      return result;
    }
    for (MonthlyItem i : data.items()) {
      boolean has =
          data.items().stream().anyMatch(o -> o.nr().equals(i.nr()) && o.period().equals(open));
      if (i.period().equals(latest) && !has) {
        result.putIfAbsent(i.nr(), i.title());
      }
    }
    return result;
  }

  /** "4 uppdrag i bladet Månadsrapport": the items, counted once each whatever their months. */
  @Override
  public String contents(Report report) {
    MonthlyFollowUp data =
        report.data() instanceof MonthlyFollowUp m ? m : new MonthlyFollowUp(List.of());
    long items = data.items().stream().map(MonthlyItem::nr).distinct().count();
    return new Messages.Bundle("se.tertial.kind.monthly.messages").get("contents", items);
  }
}
