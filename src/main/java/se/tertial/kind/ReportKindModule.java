package se.tertial.kind;

import java.util.List;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.KindAssembler;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.KindViewModel;

/**
 * A report kind (rapporttyp) as one module: its name and the sheets it needs and reads (the {@link
 * KindAssembler} part), its view model, its template and its own sheets in a workbook tertial
 * writes. The kinds tertial knows are listed once, in {@link ReportKinds#BUILT_IN}; adding one is a
 * package with an implementation of this interface, a template and a line in that list.
 */
public interface ReportKindModule extends KindAssembler {

  /** The root a template sees for one judged period; {@code logoDataUri} may be empty. */
  KindViewModel view(ReportEvaluation evaluation, String logoDataUri);

  /** The template file, {@code <name>.ftl} in {@code templates/} (or {@code --templates}). */
  default String template() {
    return name() + ".ftl";
  }

  /**
   * The kind's own sheets, for a workbook made by {@code init} or {@code next-period}: each with
   * its documented header and the rows of the report's kind data. {@code open} is the period the
   * workbook is made for (rows to fill in may be added for it), or null for a plain copy. The
   * shared sheets (Rapport, Styrmått, Utfall, Åtgärder, Åtgärdsstatus, Texter) are not included.
   */
  default List<KindSheet> sheets(Report report, Period open) {
    return List.of();
  }
}
