package se.tertial.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.tertial.kind.appendix.AppendixKind;
import se.tertial.kind.assignment.AssignmentKind;
import se.tertial.kind.monthly.MonthlyKind;
import se.tertial.kind.plan.PlanKind;
import se.tertial.model.KindKey;
import se.tertial.read.KindAssembler;
import se.tertial.read.Table;

/**
 * The report kinds tertial knows, in one list: reading, rendering, the {@code --kind} help texts
 * and the workbook writer all ask this registry. Immutable; a test adds a kind of its own with
 * {@link #with}.
 */
public final class ReportKinds implements KindAssembler.Catalogue {

  /** The built-in kinds; the first is the one an input of a kind of the user's own is read as. */
  public static final ReportKinds BUILT_IN =
      new ReportKinds(
          List.of(new AppendixKind(), new AssignmentKind(), new MonthlyKind(), new PlanKind()));

  private final List<ReportKindModule> modules;

  private ReportKinds(List<ReportKindModule> modules) {
    this.modules = List.copyOf(modules);
  }

  /** These kinds and {@code extra}. */
  public ReportKinds with(ReportKindModule extra) {
    List<ReportKindModule> all = new ArrayList<>(modules);
    all.add(extra);
    return new ReportKinds(all);
  }

  /** The kinds' names in registry order, e.g. for help texts. */
  public List<String> names() {
    return modules.stream().map(ReportKindModule::name).toList();
  }

  /**
   * The kind a {@code Rapporttyp} value names, case- and accent-insensitively ("Månadsuppföljning"
   * is {@code manadsuppfoljning}); empty for a kind of the user's own.
   */
  public Optional<ReportKindModule> module(String name) {
    String key = KindKey.of(name);
    return modules.stream().filter(m -> KindKey.of(m.name()).equals(key)).findFirst();
  }

  /** The delårsbilaga: what an input of a kind of the user's own is read and viewed as. */
  public ReportKindModule fallbackModule() {
    return modules.get(0);
  }

  @Override
  public Optional<KindAssembler> find(String name) {
    return module(name).map(KindAssembler.class::cast);
  }

  @Override
  public KindAssembler fallback() {
    return fallbackModule();
  }

  @Override
  public List<Table> tables() {
    List<Table> tables = new ArrayList<>(Table.SHARED);
    modules.stream()
        .flatMap(m -> m.ownTables().stream())
        .filter(t -> !tables.contains(t))
        .forEach(tables::add);
    return List.copyOf(tables);
  }
}
