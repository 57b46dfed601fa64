package se.tertial.kind.appendix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import se.tertial.kind.appendix.AppendixActionParts.ActionGroup;
import se.tertial.kind.appendix.AppendixActionParts.ActionRow;
import se.tertial.model.Action;
import se.tertial.model.ActionStatus;
import se.tertial.model.FinishedAction;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.view.LabelledText;
import se.tertial.view.Perspectives;
import se.tertial.view.SafeHtml;
import se.tertial.view.Symbol;
import se.tertial.view.TextSanitizer;

/** Builds "Uppföljning av … strategiska åtgärder": actions grouped by perspective. */
final class ActionRows {

  private final Report report;
  private final Period period;
  private final TextSanitizer sanitizer;

  ActionRows(Report report, Period period, TextSanitizer sanitizer) {
    this.report = report;
    this.period = period;
    this.sanitizer = sanitizer;
  }

  /**
   * Groups in the given perspective order; every action appears exactly once. A perspective's texts
   * ({@code Perspektiv:}, {@code Efter perspektiv:}) stand above and below its actions when it has
   * no measures, where they would otherwise stand.
   */
  List<ActionGroup> groups(List<String> perspectiveOrder, Predicate<String> hasMeasures) {
    List<ActionGroup> groups = new ArrayList<>();
    for (String perspective : perspectiveOrder) {
      List<ActionRow> rows =
          report.actions().stream()
              .filter(a -> Perspectives.same(a.perspective(), perspective))
              .map(this::row)
              .toList();
      if (!rows.isEmpty()) {
        String name = perspective.isBlank() ? "Övrigt" : perspective;
        boolean textsHere = !hasMeasures.test(perspective);
        groups.add(
            new ActionGroup(
                Perspectives.anchor(AppendixViewModel.ACTIONS_ANCHOR, name),
                name,
                textsHere ? text("Perspektiv: " + perspective) : SafeHtml.EMPTY,
                rows,
                textsHere ? text("Efter perspektiv: " + perspective) : SafeHtml.EMPTY));
      }
    }
    return groups;
  }

  private ActionRow row(Action action) {
    String year = Integer.toString(period.year());
    List<LabelledText> details = new ArrayList<>();
    add(details, "Beskrivning av genomförande " + year, action.description());
    add(details, "Ansvarig", action.responsible());
    add(details, "Tidplan " + year, action.timeline());
    add(details, "Förväntad effekt", action.expectedEffect());
    // The period's own status, else one finished or cancelled earlier (with the period it was
    // finished in as its comment): the rule next-period follows, so both agree.
    var status = FinishedAction.statusIn(report, action.nr(), period);
    Symbol symbol = status.map(s -> Symbol.of(s.state())).orElse(Symbol.missingStatus());
    String comment = status.map(ActionStatus::comment).orElse("");
    return new ActionRow(
        action.nr(),
        Perspectives.anchor("atgard", action.nr()),
        action.goal(),
        action.title(),
        details,
        symbol,
        sanitizer.toHtml(comment));
  }

  private SafeHtml text(String key) {
    return report.section(key).map(s -> sanitizer.toHtml(s.text())).orElse(SafeHtml.EMPTY);
  }

  private void add(List<LabelledText> details, String label, String text) {
    if (!text.isBlank()) {
      details.add(new LabelledText(label, sanitizer.toHtml(text)));
    }
  }
}
