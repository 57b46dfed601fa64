package se.tertial.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.tertial.model.Action;
import se.tertial.model.ActionState;
import se.tertial.model.ActionStatus;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Period;
import se.tertial.model.Section;

/** Reads the {@code Åtgärder}, {@code Åtgärdsstatus} and {@code Texter} tables. */
final class ActionAssembler {
  static final List<ColumnSpec> ACTION_COLUMNS =
      List.of(
          ColumnSpec.required("Nr", "Nummer", "Åtgärdsnr"),
          ColumnSpec.optional("Perspektiv"),
          ColumnSpec.optional("Mål", "Framgångsfaktor"),
          ColumnSpec.required("Åtgärd"),
          ColumnSpec.optional("Beskrivning", "Beskrivning av genomförande"),
          ColumnSpec.optional("Ansvarig"),
          ColumnSpec.optional("Tidplan"),
          ColumnSpec.optional("Förväntad effekt"));

  static final List<ColumnSpec> STATUS_COLUMNS =
      List.of(
          ColumnSpec.required("Nr", "Nummer", "Åtgärdsnr"),
          ColumnSpec.required("Period"),
          ColumnSpec.required("Status"),
          ColumnSpec.optional("Kommentar"));

  /** The Texter column that marks a copy {@code next-period} made, still to be rewritten. */
  static final String REWRITE = "Skriv om";

  static final List<ColumnSpec> TEXT_COLUMNS =
      List.of(
          ColumnSpec.required("Avsnitt"),
          ColumnSpec.optional("Rubrik"),
          ColumnSpec.required("Text"),
          ColumnSpec.optional("Period"),
          ColumnSpec.optional(REWRITE, "Skrivs om", "Att skriva om"));

  private ActionAssembler() {}

  static List<Action> actions(Columns columns, Findings findings) {
    RowChecks checks = new RowChecks("Nr");
    List<Action> actions = new ArrayList<>();
    for (RowReader row : RowReader.rows(columns, findings)) {
      String nr = row.text("Nr");
      if (!checks.key(row, nr, "nr.missing") || !checks.first(row, "nr.duplicate", nr, null)) {
        continue;
      }
      actions.add(
          new Action(
              nr,
              row.groupText("Perspektiv"),
              row.groupText("Mål"),
              row.text("Åtgärd"),
              row.text("Beskrivning"),
              row.text("Ansvarig"),
              row.text("Tidplan"),
              row.text("Förväntad effekt"),
              row.where()));
    }
    missingPerspectives(columns, actions, findings);
    return actions;
  }

  /**
   * An action without a Perspektiv among actions that have one would print in a group of its own (a
   * perspective merged over rows and saved as CSV keeps its value in the top row only): an error
   * naming the cell. Actions without any perspective are listed together, as written.
   */
  private static void missingPerspectives(
      Columns columns, List<Action> actions, Findings findings) {
    int perspective = columns.indexOf("Perspektiv");
    if (perspective < 0 || actions.stream().allMatch(a -> a.perspective().isBlank())) {
      return;
    }
    for (Action action : actions) {
      if (action.perspective().isBlank()) {
        findings.error(
            "action.perspective.missing",
            columns.table().at(action.where().row(), columns.headerAt(perspective)),
            action.nr());
      }
    }
  }

  /** Reads the statuses; numbers of rows left out for errors go into {@code rejected}. */
  static List<ActionStatus> statuses(
      Columns columns, Map<String, Action> actions, Set<String> rejected, Findings findings) {
    RowChecks checks = new RowChecks("Nr");
    List<ActionStatus> statuses = new ArrayList<>();
    for (RowReader row : RowReader.rows(columns, findings)) {
      String nr = row.text("Nr");
      Period period = row.period("Period");
      String statusText = row.text("Status");
      String comment = row.text("Kommentar");
      ActionState.Parsed state = statusText.isEmpty() ? null : state(row, statusText);
      if (!checks.datedChild(
          row, nr, period, actions::containsKey, "nr.missing", "status.unknownNr", rejected)) {
        continue;
      }
      if (state == null) {
        continue; // a row without status counts as no status (warned about for the period)
      }
      if (!checks.first(row, "status.duplicate", nr, period)) {
        continue;
      }
      state
          .correction()
          .ifPresent(
              right -> findings.warning("status.misspelt", row.where("Status"), statusText, right));
      statuses.add(new ActionStatus(nr, period, state.state(), statusText, comment, row.where()));
    }
    return statuses;
  }

  private static ActionState.Parsed state(RowReader row, String text) {
    try {
      return ActionState.parse(text);
    } catch (InvalidValueException e) {
      return row.failText("status.invalid", "Status", e.getMessage());
    }
  }

  /**
   * The Texter rows.
   *
   * @param workbookPeriod the Rapport sheet's period: what the texts of a sheet without the {@code
   *     Period} column were written for
   */
  static List<Section> sections(Columns columns, Period workbookPeriod, Findings findings) {
    boolean dated = columns.indexOf("Period") >= 0;
    List<Section> sections = new ArrayList<>();
    for (RowReader row : RowReader.rows(columns, findings)) {
      String key = row.text("Avsnitt");
      String heading = row.text("Rubrik");
      // Texts are kept as written (markdown subset); the renderer sanitises them.
      String text = row.text("Text");
      Period period = row.period("Period");
      boolean rewrite = marked(row.text(REWRITE));
      if (key.isEmpty()) {
        row.fail("section.keyMissing", "Avsnitt");
        continue;
      }
      if (!row.failed()) {
        sections.add(
            new Section(
                key, heading, text, row.where(), period, rewrite, dated ? null : workbookPeriod));
      }
    }
    return sections;
  }

  /** "ja", "x" or any other mark; blank, "nej" and "0" are no mark. */
  private static boolean marked(String cell) {
    String value = cell.strip().toLowerCase(Locale.ROOT);
    return !value.isEmpty() && !value.equals("nej") && !value.equals("0");
  }
}
