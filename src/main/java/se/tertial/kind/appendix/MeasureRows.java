package se.tertial.kind.appendix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.tertial.kind.appendix.AppendixViewModel.FootnoteRef;
import se.tertial.kind.appendix.AppendixViewModel.MeasureRow;
import se.tertial.kind.appendix.AppendixViewModel.OutcomeBlock;
import se.tertial.kind.appendix.AppendixViewModel.SymbolLine;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.Sex;
import se.tertial.rules.MeasureJudgement;
import se.tertial.rules.SexJudgement;
import se.tertial.view.DisplayFormat;
import se.tertial.view.Perspectives;
import se.tertial.view.Symbol;
import se.tertial.view.TextSanitizer;

/** Formats one judged measure as a row of its perspective's table. */
final class MeasureRows {

  /** Shown when a measure has no outcome for the period and no value text. */
  static final String NO_DATA = "Data saknas";

  private final Report report;
  private final Period period;
  private final TextSanitizer sanitizer;

  MeasureRows(Report report, Period period, TextSanitizer sanitizer) {
    this.report = report;
    this.period = period;
    this.sanitizer = sanitizer;
  }

  MeasureRow row(MeasureJudgement judged, FootnoteRef footnote) {
    Measure measure = judged.measure();
    List<OutcomeBlock> outcomes = new ArrayList<>();
    Optional<Outcome> earlier = earlierOutcome(measure.id());
    earlier.ifPresent(o -> outcomes.add(block(o.period().label(), lines(measure, Optional.of(o)))));
    outcomes.add(
        block(earlier.isPresent() ? period.label() : "", lines(measure, judged.outcome())));
    String comment = judged.outcome().map(Outcome::comment).orElse("");
    return new MeasureRow(
        measure.id(),
        Perspectives.anchor("matt", measure.id()),
        measure.successFactor(),
        measure.name(),
        measure.target(),
        measure.followUp(),
        outcomes,
        judgementLines(judged),
        trendLines(judged),
        footnote,
        sanitizer.toHtml(comment));
  }

  /** The latest earlier outcome the report has for the measure, shown for comparison. */
  private Optional<Outcome> earlierOutcome(String measureId) {
    List<Outcome> before =
        report.outcomesOf(measureId).stream()
            .filter(o -> o.period().compareTo(period) < 0)
            .filter(o -> o.hasNumbers() || !o.valueText().isBlank())
            .toList();
    return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
  }

  private static OutcomeBlock block(String label, List<String> lines) {
    return new OutcomeBlock(label, lines, String.join("  ", lines));
  }

  /** "K: 41 %", "M: 41 %"; one line for a total; the value text when given; "Data saknas". */
  static List<String> lines(Measure measure, Optional<Outcome> found) {
    if (found.isEmpty()) {
      return List.of(NO_DATA);
    }
    Outcome outcome = found.get();
    if (!outcome.valueText().isBlank()) {
      return List.of(outcome.valueText().strip());
    }
    String unit = measure.unit();
    List<String> lines = new ArrayList<>();
    if (outcome.women() != null) {
      lines.add(Sex.WOMEN.abbreviation() + ": " + DisplayFormat.number(outcome.women(), unit));
    }
    if (outcome.men() != null) {
      lines.add(Sex.MEN.abbreviation() + ": " + DisplayFormat.number(outcome.men(), unit));
    }
    BigDecimal total = outcome.total();
    if (total != null) {
      String value = DisplayFormat.number(total, unit);
      lines.add(lines.isEmpty() ? value : Sex.TOTAL.abbreviation() + ": " + value);
    }
    return lines.isEmpty() ? List.of(NO_DATA) : List.copyOf(lines);
  }

  private static List<SymbolLine> judgementLines(MeasureJudgement judged) {
    if (judged.isBySex() && judged.manual().isEmpty()) {
      return List.of(
          sexLine(Sex.WOMEN, Symbol.of(judgementOf(judged, Sex.WOMEN))),
          sexLine(Sex.MEN, Symbol.of(judgementOf(judged, Sex.MEN))));
    }
    return List.of(new SymbolLine("", Symbol.of(judged.judgement())));
  }

  private static List<SymbolLine> trendLines(MeasureJudgement judged) {
    if (judged.isBySex()) {
      return List.of(
          sexLine(Sex.WOMEN, Symbol.of(judged.bySex().get(Sex.WOMEN).trend())),
          sexLine(Sex.MEN, Symbol.of(judged.bySex().get(Sex.MEN).trend())));
    }
    return List.of(new SymbolLine("", Symbol.of(judged.trend())));
  }

  private static se.tertial.model.Judgement judgementOf(MeasureJudgement judged, Sex sex) {
    SexJudgement detail = judged.bySex().get(sex);
    return detail.judgement();
  }

  private static SymbolLine sexLine(Sex sex, Symbol symbol) {
    return new SymbolLine(sex.abbreviation(), symbol);
  }
}
