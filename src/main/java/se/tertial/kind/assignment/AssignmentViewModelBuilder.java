package se.tertial.kind.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.tertial.kind.assignment.AssignmentViewModel.AssignmentRow;
import se.tertial.kind.assignment.AssignmentViewModel.IssueGroup;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.MetaBuilder;
import se.tertial.view.Perspectives;
import se.tertial.view.SafeHtml;
import se.tertial.view.TextSanitizer;
import se.tertial.view.TextSection;
import se.tertial.view.Texts;
import se.tertial.view.TocEntry;

/**
 * Builds the {@link AssignmentViewModel}: the period's entry of every item, and "Inget nytt att
 * redovisa sedan föregående rapport" where the entry repeats the previous period's. Pure and
 * thread-safe.
 */
public final class AssignmentViewModelBuilder {
  private final TextSanitizer sanitizer = new TextSanitizer();
  private final Texts texts = new Texts(sanitizer);

  public AssignmentViewModel build(ReportEvaluation evaluation, String logoDataUri) {
    Report report = evaluation.report();
    Period period = evaluation.period();
    AssignmentFeedback data =
        report.data() instanceof AssignmentFeedback f
            ? f
            : new AssignmentFeedback(List.of(), List.of());
    Map<String, List<AssignmentRow>> byIssue = new LinkedHashMap<>();
    for (Assignment a : data.assignments()) {
      byIssue.computeIfAbsent(a.issue(), k -> new ArrayList<>()).add(row(data, a, period));
    }
    List<IssueGroup> issues = new ArrayList<>();
    List<TocEntry> toc = new ArrayList<>();
    TextSection intro = texts.section(report, "Inledning", "inledning", "Inledning");
    if (intro.present()) {
      toc.add(new TocEntry(intro.anchor(), intro.heading()));
    }
    List<TextSection> sections = texts.free(new AssignmentKind().textPlaces().free(report));
    sections.forEach(s -> toc.add(new TocEntry(s.anchor(), s.heading())));
    int n = 0;
    for (Map.Entry<String, List<AssignmentRow>> e : byIssue.entrySet()) {
      String heading = e.getKey().isBlank() ? "Övrigt" : e.getKey();
      String anchor = Perspectives.anchor("arende-" + ++n, heading);
      issues.add(new IssueGroup(anchor, heading, e.getValue()));
      toc.add(new TocEntry(anchor, heading));
    }
    var meta =
        MetaBuilder.meta(
            report.info(),
            period,
            logoDataUri,
            "pågående arbete och resultat per ärende " + period.perLabel() + ".");
    return new AssignmentViewModel(meta, toc, intro, sections, issues);
  }

  private AssignmentRow row(AssignmentFeedback data, Assignment a, Period period) {
    Optional<AssignmentEntry> entry = data.entry(a.nr(), period);
    if (entry.isEmpty()) {
      return new AssignmentRow(
          a.nr(), a.title(), sanitizer.toHtml(AssignmentViewModel.NO_ENTRY), SafeHtml.EMPTY, false);
    }
    Optional<AssignmentEntry> previous = data.previous(a.nr(), period);
    boolean unchanged =
        previous.isPresent()
            && entry.get().sameTextAs(previous.get())
            && !(entry.get().work() + entry.get().result()).isBlank();
    if (unchanged) {
      return new AssignmentRow(
          a.nr(),
          a.title(),
          sanitizer.toHtml("*" + AssignmentViewModel.NOTHING_NEW + "*"),
          SafeHtml.EMPTY,
          true);
    }
    return new AssignmentRow(
        a.nr(),
        a.title(),
        sanitizer.toHtml(entry.get().work()),
        sanitizer.toHtml(entry.get().result()),
        false);
  }
}
