package se.tertial.kind.appendix;

import java.util.List;
import se.tertial.view.DocumentMeta;
import se.tertial.view.KindViewModel;
import se.tertial.view.SafeHtml;
import se.tertial.view.TextSection;
import se.tertial.view.TocEntry;

/**
 * Everything the appendix template shows, as plain display data: formatted strings, symbols,
 * anchors and sanitised text. Templates only lay it out; there is no arithmetic or judging in FTL.
 * The records of its parts are in files of their own ({@link AppendixSummaryParts}, {@link
 * AppendixMeasureParts}, {@link AppendixActionParts}, {@link AppendixLegendParts}), nested in
 * interfaces only this record implements, so they are its records as before.
 *
 * @param meta document metadata for the title page, the page header and the PDF info
 * @param toc table of contents entries (also the PDF bookmarks), in document order
 * @param intro the "Inledning" section, or absent ({@link TextSection#present()} false)
 * @param production the "Produktion" and "Tillgänglighet" sections, those present
 * @param productionHeading the heading above them
 * @param sections sections of their own (Avsnitt without a place, e.g. "Sammanfattning"), in input
 *     order, each a chapter after the introduction and production
 * @param summary the "Sammanfattande bild av måluppfyllelse" table and chart
 * @param goals the "Måluppfyllelse i perspektiv" heading and introduction
 * @param perspectives one per perspective with measures, in the scorecard's order
 * @param actionsHeading the heading of the actions section
 * @param actionsText the text under it (the Texter row "Åtgärder"), empty when none
 * @param actionGroups actions grouped by perspective, in the scorecard's order
 * @param legend the symbols explained in "Teckenförklaring"
 */
public record AppendixViewModel(
    DocumentMeta meta,
    List<TocEntry> toc,
    TextSection intro,
    List<TextSection> production,
    String productionHeading,
    List<TextSection> sections,
    Summary summary,
    TextSection goals,
    List<PerspectiveView> perspectives,
    String actionsHeading,
    SafeHtml actionsText,
    List<ActionGroup> actionGroups,
    Legend legend)
    implements KindViewModel,
        AppendixSummaryParts,
        AppendixMeasureParts,
        AppendixActionParts,
        AppendixLegendParts {

  /** The anchor of the chapter "Produktion och tillgänglighet", for the template and the TOC. */
  public static final String PRODUCTION_ANCHOR = "produktion-tillganglighet";

  /** The anchor of the actions chapter (its perspectives' anchors start with it too). */
  public static final String ACTIONS_ANCHOR = "atgarder";

  /** {@link #PRODUCTION_ANCHOR}, for the template. */
  public String productionAnchor() {
    return PRODUCTION_ANCHOR;
  }

  /** {@link #ACTIONS_ANCHOR}, for the template. */
  public String actionsAnchor() {
    return ACTIONS_ANCHOR;
  }

  public AppendixViewModel {
    toc = List.copyOf(toc);
    production = List.copyOf(production);
    sections = List.copyOf(sections);
    perspectives = List.copyOf(perspectives);
    actionGroups = List.copyOf(actionGroups);
  }

  /** The same document laid out for another medium (PDF or HTML) or orientation. */
  @Override
  public AppendixViewModel withMeta(DocumentMeta other) {
    return new AppendixViewModel(
        other,
        toc,
        intro,
        production,
        productionHeading,
        sections,
        summary,
        goals,
        perspectives,
        actionsHeading,
        actionsText,
        actionGroups,
        legend);
  }
}
