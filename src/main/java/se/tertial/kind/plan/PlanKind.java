package se.tertial.kind.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import se.tertial.kind.KindSheet;
import se.tertial.kind.ReportKindModule;
import se.tertial.kind.TextPlaces;
import se.tertial.model.KindData;
import se.tertial.model.Measure;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportCheck;
import se.tertial.read.ColumnSpec;
import se.tertial.read.Findings;
import se.tertial.read.RawInput;
import se.tertial.read.Table;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.KindViewModel;

/**
 * The verksamhetsplan (operational plan): goals, styrmått with baselines and year targets, budget
 * tables and the risk assessment, as sheets of its own; its measures are not judged.
 */
public final class PlanKind implements ReportKindModule {
  /** Budget: the plan's budget tables. */
  public static final Table BUDGET = new Table("Budget", "Ekonomiska ramar");

  /** Riskbedömning: the plan's risk assessment. */
  public static final Table RISKS = new Table("Riskbedömning", "Risker", "Riskanalys");

  @Override
  public List<Table> ownTables() {
    return List.of(BUDGET, RISKS);
  }

  @Override
  public String name() {
    return "verksamhetsplan";
  }

  @Override
  public Set<Table> required() {
    return new BudgetAssembler().required();
  }

  @Override
  public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
    return new BudgetAssembler().assemble(input, period, findings);
  }

  @Override
  public KindViewModel view(ReportEvaluation evaluation, String logoDataUri) {
    return new PlanViewModelBuilder().build(evaluation, logoDataUri);
  }

  /** A plain Mål the plan's tables would not print is named. */
  @Override
  public List<ReportCheck> checks() {
    return List.of(new PlainTargetCheck());
  }

  /** A plan has styrmått (with baselines and year targets) but no outcomes or actions. */
  @Override
  public Set<Table> sharedTables() {
    return Set.of(Table.MEASURES);
  }

  @Override
  public boolean measureBaselines() {
    return true;
  }

  /** A plan is for a year. */
  @Override
  public Period periodOf(LocalDate today) {
    return Period.yearEnd(today.getYear());
  }

  /** Next year's plan. */
  @Override
  public Period nextPeriod(Period from) {
    return Period.yearEnd(from.year() + 1);
  }

  /**
   * Budget (Tabell, Rad, Enhet, Summarad and the amount columns of every table; an empty plan gets
   * the plan year and the two after it) and Riskbedömning (the risk assessment's columns). A plan
   * has no rows to fill in per period.
   */
  @Override
  public List<KindSheet> sheets(Report report, Period open) {
    PlanData data = report.data() instanceof PlanData p ? p : new PlanData(List.of());
    return List.of(budget(data, report.info().period()), risks(data));
  }

  private static KindSheet budget(PlanData data, Period period) {
    Set<String> amounts = new LinkedHashSet<>();
    data.budgets().forEach(t -> amounts.addAll(t.columns()));
    if (amounts.isEmpty() && period != null) {
      for (int y = period.year(); y < period.year() + 3; y++) {
        amounts.add(Integer.toString(y));
      }
    }
    List<ColumnSpec> columns = new ArrayList<>(BudgetAssembler.COLUMNS);
    amounts.forEach(a -> columns.add(ColumnSpec.optional(a)));
    List<List<Object>> rows = new ArrayList<>();
    for (BudgetTable table : data.budgets()) {
      for (BudgetRow row : table.rows()) {
        List<Object> cells =
            new ArrayList<>(
                List.of(table.name(), row.label(), table.unit(), row.total() ? "Ja" : ""));
        for (String column : amounts) {
          int index = table.columns().indexOf(column);
          cells.add(index < 0 ? null : row.amounts().get(index));
        }
        rows.add(KindSheet.row(cells.toArray()));
      }
    }
    return new KindSheet(BUDGET, columns, rows);
  }

  private static KindSheet risks(PlanData data) {
    List<List<Object>> rows = new ArrayList<>();
    for (Risk r : data.risks()) {
      rows.add(
          KindSheet.row(
              r.nr(),
              r.perspective(),
              r.goal(),
              r.factor(),
              r.risk(),
              r.consequence(),
              r.probability(),
              r.severity(),
              r.value(),
              r.cause(),
              r.action(),
              r.control()));
    }
    return new KindSheet(RISKS, RiskAssembler.COLUMNS, rows);
  }

  private static final Pattern YEAR = Pattern.compile("\\s*(?:verksamhetsår\\s+)?(\\d{4})\\s*");

  /**
   * A plan is for a year: a bare year ({@code 2026}) is that year's plan; other forms as always.
   */
  @Override
  public Period period(String text) {
    var year = YEAR.matcher(text == null ? "" : text.toLowerCase(Messages.SWEDISH));
    if (year.matches()) {
      return Period.yearEnd(Integer.parseInt(year.group(1)));
    }
    return Period.parse(text);
  }

  /** "12 styrmått, 3 budgettabeller och 5 risker". */
  @Override
  public String contents(Report report) {
    PlanData data = report.data() instanceof PlanData p ? p : new PlanData(List.of());
    Messages.Bundle texts = new Messages.Bundle("se.tertial.kind.plan.messages");
    return texts.get(
        "contents", report.measures().size(), data.budgets().size(), data.risks().size());
  }

  /**
   * The plan's text flow (Kapitel, Avsnitt, Underavsnitt, Stycke, Figur, repeated at will), the
   * places of the goals, the risks and the introduction, and prose under a named perspective,
   * strategic goal, success factor or budget table; any other Avsnitt a free section where it
   * stands.
   */
  @Override
  public TextPlaces textPlaces() {
    Messages.Bundle texts = new Messages.Bundle("se.tertial.kind.plan.messages");
    return new TextPlaces(
        List.of(
            "Inledning",
            "Kapitel",
            "Avsnitt",
            "Underavsnitt",
            "Stycke",
            "Figur",
            "Mål och styrmått",
            "Risker",
            "Riskbedömning"),
        true,
        List.of(
            new TextPlaces.Named(
                "Perspektiv:", texts.get("place.perspective"), r -> names(r, Measure::perspective)),
            new TextPlaces.Named(
                "Strategiskt mål:", texts.get("place.goal"), r -> names(r, Measure::strategicGoal)),
            new TextPlaces.Named(
                "Framgångsfaktor:",
                texts.get("place.factor"),
                r -> names(r, Measure::successFactor)),
            new TextPlaces.Named(
                "Budget:",
                texts.get("place.budget"),
                r ->
                    r.data() instanceof PlanData p
                        ? p.budgets().stream().map(BudgetTable::name).toList()
                        : List.of())));
  }

  private static List<String> names(Report report, Function<Measure, String> of) {
    return report.measures().stream().map(of).map(String::strip).distinct().toList();
  }
}
