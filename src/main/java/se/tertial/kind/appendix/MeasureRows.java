package se.tertial.kind.appendix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.tertial.kind.appendix.AppendixMeasureParts.FootnoteRef;
import se.tertial.kind.appendix.AppendixMeasureParts.MeasureRow;
import se.tertial.kind.appendix.AppendixMeasureParts.OutcomeBlock;
import se.tertial.kind.appendix.AppendixMeasureParts.SymbolLine;
import se.tertial.model.FollowUp;
import se.tertial.model.Judgement;
import se.tertial.model.Measure;
import se.tertial.model.Messages;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.Sex;
import se.tertial.rules.MeasureJudgement;
import se.tertial.rules.ReferenceValue;
import se.tertial.rules.SexJudgement;
import se.tertial.rules.TrendComparison;
import se.tertial.view.DisplayFormat;
import se.tertial.view.Perspectives;
import se.tertial.view.StructuredTarget;
import se.tertial.view.Symbol;
import se.tertial.view.TextSanitizer;

/** Formats one judged measure as a row of its perspective's table. */
final class MeasureRows {

  /** Shown when a measure has no outcome for the period and no value text. */
  static final String NO_DATA = "Data saknas";

  private static final Messages.Bundle TEXT =
      new Messages.Bundle("se.tertial.kind.appendix.messages");

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
    if (!judged.due()) {
      outcomes.add(block("", List.of(FollowUp.parse(measure.followUp()).label())));
    } else if (judged.compared().isPresent()) {
      outcomes.add(comparedBlock(judged, judged.compared().get()));
      outcomes.add(block(period.label(), lines(measure, judged.outcome())));
    } else {
      outcomes.add(block("", lines(measure, judged.outcome())));
    }
    String comment = judged.outcome().map(Outcome::comment).orElse("");
    return new MeasureRow(
        measure.id(),
        Perspectives.anchor("matt", measure.id()),
        measure.successFactor(),
        measure.name(),
        target(measure),
        measure.followUp(),
        outcomes,
        judgementLines(judged),
        judged.reference().map(r -> reference(r, measure.unit())).orElse(""),
        trendLines(judged),
        footnote,
        sanitizer.toHtml(comment),
        Histories.of(report.outcomesOf(measure.id()), period, measure.unit()));
  }

  /** The Mål text as written, with the Målvärde and Målår beside it when given. */
  static String target(Measure measure) {
    return StructuredTarget.besideText(measure);
  }

  /**
   * The values the trend compared with, labelled with their period ("T2 2024", "16 dagar"): only
   * the breakdowns that were compared, and where the period had no value a line that says so —
   * never another period's number.
   */
  static OutcomeBlock comparedBlock(MeasureJudgement judged, TrendComparison compared) {
    String unit = judged.measure().unit();
    boolean any = judged.bySex().values().stream().anyMatch(s -> s.comparison() != null);
    if (compared.period().isEmpty()) {
      return block("", List.of(TEXT.get("compared.noEarlier")));
    }
    String label = compared.period().get().label();
    if (!any) {
      return block("", List.of(TEXT.get("compared.missing", label)));
    }
    List<String> lines = new ArrayList<>();
    boolean single = judged.bySex().size() == 1;
    for (Sex sex : Sex.values()) {
      SexJudgement s = judged.bySex().get(sex);
      if (s == null) {
        continue;
      }
      String value =
          s.comparison() == null
              ? TEXT.get("compared.missingValue")
              : DisplayFormat.number(s.comparison(), unit);
      lines.add(single && sex == Sex.TOTAL ? value : sex.abbreviation() + ": " + value);
    }
    return block(label, lines);
  }

  /**
   * The reference value beside the judgement it decided: the Jämförelse column as written ("Riket
   * 78 %"), else the reference's name and the values used ("Riket K: 78 %, M: 80 %").
   */
  static String reference(ReferenceValue reference, String unit) {
    String name = capitalised(reference.name());
    if (!reference.found()) {
      return TEXT.get("reference.missing", name);
    }
    if (reference.written().codePoints().anyMatch(Character::isLetter)) {
      return reference.written();
    }
    List<String> values = new ArrayList<>();
    boolean single = reference.values().size() == 1;
    for (Sex sex : Sex.values()) {
      BigDecimal value = reference.values().get(sex);
      if (value != null) {
        String shown = DisplayFormat.number(value, unit);
        values.add(single ? shown : sex.abbreviation() + ": " + shown);
      }
    }
    return name + " " + String.join(", ", values);
  }

  private static String capitalised(String name) {
    String stripped = name.strip().replace('_', ' ');
    return stripped.isEmpty()
        ? stripped
        : stripped.substring(0, 1).toUpperCase(Messages.SWEDISH) + stripped.substring(1);
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
    if (!judged.due()) {
      return List.of(new SymbolLine("", Symbol.notDue()));
    }
    if (judged.isBySex() && judged.manual().isEmpty()) {
      return List.of(
          sexLine(Sex.WOMEN, Symbol.of(judgementOf(judged, Sex.WOMEN))),
          sexLine(Sex.MEN, Symbol.of(judgementOf(judged, Sex.MEN))));
    }
    return List.of(new SymbolLine("", Symbol.of(judged.judgement())));
  }

  private static List<SymbolLine> trendLines(MeasureJudgement judged) {
    if (!judged.due()) {
      return List.of();
    }
    if (judged.isBySex()) {
      return List.of(
          sexLine(Sex.WOMEN, Symbol.of(judged.bySex().get(Sex.WOMEN).trend())),
          sexLine(Sex.MEN, Symbol.of(judged.bySex().get(Sex.MEN).trend())));
    }
    return List.of(new SymbolLine("", Symbol.of(judged.trend())));
  }

  private static Judgement judgementOf(MeasureJudgement judged, Sex sex) {
    SexJudgement detail = judged.bySex().get(sex);
    return detail.judgement();
  }

  private static SymbolLine sexLine(Sex sex, Symbol symbol) {
    return new SymbolLine(sex.abbreviation(), symbol);
  }
}
