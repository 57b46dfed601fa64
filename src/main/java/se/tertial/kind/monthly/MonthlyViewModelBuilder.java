package se.tertial.kind.monthly;

import java.util.ArrayList;
import java.util.List;
import se.tertial.kind.monthly.MonthlyViewModel.MonthlyBox;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.LabelledText;
import se.tertial.view.MetaBuilder;
import se.tertial.view.Perspectives;
import se.tertial.view.TextSanitizer;
import se.tertial.view.TextSection;
import se.tertial.view.Texts;
import se.tertial.view.TocEntry;

/** Builds the {@link MonthlyViewModel} for the report's month. Pure and thread-safe. */
public final class MonthlyViewModelBuilder {
  public static final List<String> LABELS =
      List.of(
          "Kommande månad",
          "Senaste månaden",
          "Kommentarer",
          "Uppkomna risker och eventuellt behov av stöd");

  private final TextSanitizer sanitizer = new TextSanitizer();
  private final Texts texts = new Texts(sanitizer);

  public MonthlyViewModel build(ReportEvaluation evaluation, String logoDataUri) {
    Report report = evaluation.report();
    Period period = evaluation.period();
    List<MonthlyItem> items =
        report.data() instanceof MonthlyFollowUp m ? m.itemsOf(period) : List.of();
    List<TocEntry> toc = new ArrayList<>();
    TextSection intro = texts.section(report, "Inledning", "inledning", "Inledning");
    if (intro.present()) {
      toc.add(new TocEntry(intro.anchor(), intro.heading()));
    }
    List<TextSection> sections = texts.free(new MonthlyKind().textPlaces().free(report));
    sections.forEach(s -> toc.add(new TocEntry(s.anchor(), s.heading())));
    List<MonthlyBox> boxes = new ArrayList<>();
    for (MonthlyItem item : items) {
      String title = item.title().isBlank() ? "Uppdrag " + item.nr() : item.title();
      String anchor = Perspectives.anchor("uppdrag-" + item.nr(), "");
      List<String> texts =
          List.of(item.comingMonth(), item.lastMonth(), item.comments(), item.risks());
      List<LabelledText> fields = new ArrayList<>();
      for (int i = 0; i < LABELS.size(); i++) {
        String text = texts.get(i).isBlank() ? "–" : texts.get(i);
        fields.add(new LabelledText(LABELS.get(i), sanitizer.toHtml(text)));
      }
      boxes.add(new MonthlyBox(anchor, item.nr(), title, fields));
      toc.add(new TocEntry(anchor, title));
    }
    var meta =
        MetaBuilder.meta(
            report.info(), period, logoDataUri, "uppföljning av uppdragen " + period.label() + ".");
    return new MonthlyViewModel(meta, toc, intro, sections, boxes);
  }
}
