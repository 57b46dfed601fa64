package se.tertial.rules;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import se.tertial.model.Finding;
import se.tertial.model.FollowUp;
import se.tertial.model.Judgement;
import se.tertial.model.Measure;
import se.tertial.model.Messages;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Report;
import se.tertial.model.Sex;
import se.tertial.model.SourceRef;
import se.tertial.model.TrendBase;

/** Judges one measure of a report for one period: the rule, per sex, trend, manual override. */
final class MeasureEvaluator {
  private final Report report;
  private final Period period;
  private final Tolerance tolerance;
  private final TrendBase trendBase;

  MeasureEvaluator(Report report, Period period, Tolerance tolerance, TrendBase trendBase) {
    this.report = report;
    this.period = period;
    this.tolerance = tolerance;
    this.trendBase = trendBase;
  }

  MeasureJudgement judge(Measure measure, Consumer<Finding> findings) {
    YearTargets.Choice written = YearTargets.choose(measure, period.year());
    TargetRuleParser.Parsed parsed =
        TargetRuleParser.read(written.text(), measure.polarity(), measure.unit());
    StructuredTarget.Reading reading =
        StructuredTarget.read(measure, written, parsed.rule(), where(measure, null), findings);
    TargetRule rule = reading.rule();
    YearTargets.Choice choice = reading.choice();
    if (StructuredTarget.textWarningStands(reading, parsed.rule())) {
      targetFindings(measure, choice, parsed, findings);
    }
    Polarity polarity =
        measure.polarity() != Polarity.UNSPECIFIED ? measure.polarity() : rule.impliedPolarity();
    Optional<Outcome> outcome = report.outcome(measure.id(), period);
    boolean reported = outcome.filter(o -> o.hasNumbers() || !o.valueText().isBlank()).isPresent();
    FollowUp followUp = FollowUp.parse(measure.followUp());
    if (!reported && !followUp.includes(period)) {
      // Not due: the measure is followed up in other periods. Never judged, never "Ej bedömd".
      String reason = RuleMessages.get("explain.notDue", followUp.label(), period.label());
      return notDue(measure, outcome, rule, reason, choice);
    }
    if (outcome.isEmpty()) {
      String reason = RuleMessages.get("explain.noOutcome", period.label());
      return unjudged(measure, outcome, rule, reason, choice);
    }
    Outcome o = outcome.get();
    if (!o.hasNumbers()) {
      String reason =
          o.valueText().isBlank()
              ? RuleMessages.get("explain.noDataPlain")
              : RuleMessages.get("explain.noData", o.valueText().strip());
      return withManual(
          new Judged(
              measure, o, rule, Judgement.NOT_ASSESSED, Trend.UNKNOWN, Map.of(), reason, choice),
          Optional.empty(),
          Optional.empty(),
          findings);
    }
    Optional<String> conflict = subjectAgainstSplit(measure, parsed, rule, o);
    if (conflict.isPresent()) {
      return withManual(
          new Judged(
              measure,
              o,
              rule,
              Judgement.NOT_ASSESSED,
              Trend.UNKNOWN,
              Map.of(),
              conflict.get(),
              choice),
          Optional.empty(),
          Optional.empty(),
          findings);
    }
    InputBuilder inputs = new InputBuilder(report, measure, period);
    TrendComparison compared = trendComparison(measure);
    Optional<Outcome> comparedOutcome =
        compared.period().flatMap(p -> report.outcome(measure.id(), p));
    TargetRule yearsRule = rule instanceof PerYear p ? p.forYear(period.year()).orElse(rule) : rule;
    Map<Sex, SexJudgement> bySex = new EnumMap<>(Sex.class);
    Map<Sex, Verdict> verdicts = new EnumMap<>(Sex.class);
    Map<Sex, RuleInput> judgedInputs = new EnumMap<>(Sex.class);
    for (Sex sex : Sex.values()) {
      BigDecimal value = o.value(sex);
      if (value == null) {
        continue;
      }
      RuleInput in = inputs.build(rule, sex, value, polarity, tolerance);
      Verdict verdict = RuleEvaluator.judge(rule, sex, in);
      judgedInputs.put(sex, in);
      // The trend compares with the one period named in the cell, so the number shown beside the
      // arrow is the number the arrow came from.
      BigDecimal comparison = comparedOutcome.map(c -> c.value(sex)).orElse(null);
      Trend trend =
          yearsRule instanceof Range range && polarity == Polarity.UNSPECIFIED
              ? Trends.towardRange(value, comparison, range.low(), range.high())
              : Trends.of(value, comparison, polarity);
      verdicts.put(sex, verdict);
      bySex.put(
          sex,
          new SexJudgement(
              value, comparison, compared.period().orElse(null), verdict.judgement(), trend));
    }
    Combined combined = combine(o, verdicts, bySex);
    TargetRule effective = yearsRule;
    if (effective instanceof Gap gap
        && judgedInputs.containsKey(Sex.WOMEN)
        && judgedInputs.containsKey(Sex.MEN)) {
      // A target on the gap between the sexes is one judgement of K and M together.
      Verdict onGap = GapJudge.judge(gap, judgedInputs.get(Sex.WOMEN), judgedInputs.get(Sex.MEN));
      bySex.replaceAll(
          (sex, j) ->
              new SexJudgement(
                  j.value(), j.comparison(), j.comparisonPeriod(), onGap.judgement(), j.trend()));
      combined =
          new Combined(
              onGap.judgement(), GapJudge.trend(o, comparedOutcome.orElse(null)), onGap.reason());
    }
    return withManual(
        new Judged(
            measure,
            o,
            rule,
            combined.judgement(),
            combined.trend(),
            bySex,
            combined.clause(),
            choice),
        Optional.of(compared),
        inputs.referenceValue(rule, bySex.keySet()),
        findings);
  }

  /**
   * The period the trend compares with: the same period the year before, or under {@code
   * previous-period} the latest earlier period with numbers for the measure (empty when none).
   */
  private TrendComparison trendComparison(Measure measure) {
    if (trendBase != TrendBase.PREVIOUS_PERIOD) {
      return new TrendComparison(trendBase, Optional.of(period.previousYear()));
    }
    Optional<Period> latest = Optional.empty();
    for (Outcome earlier : report.outcomesOf(measure.id())) {
      if (earlier.period().compareTo(period) < 0 && earlier.hasNumbers()) {
        latest = Optional.of(earlier.period());
      }
    }
    return new TrendComparison(trendBase, latest);
  }

  /**
   * Why a target whose subject names the sexes cannot be judged on an outcome split by sex, or
   * empty. "Andelen kvinnor bland chefer ska öka" is a target on the share of women, yet such an
   * outcome has a women's and a men's value: which one is meant the text cannot say. "Jämn
   * könsfördelning (40–60 %)" is a band on the share of one sex, which K and M only are when they
   * are shares of one whole ({@link SexBalance}).
   */
  private static Optional<String> subjectAgainstSplit(
      Measure measure, TargetRuleParser.Parsed parsed, TargetRule rule, Outcome o) {
    if (!o.hasBySex() || rule != parsed.rule()) {
      return Optional.empty();
    }
    // The whole text, not only the subject: "Öka andelen kvinnor bland cheferna" reads
    // "andelen" as part of the verb's object, so the subject alone lacks the counting head.
    if (SexWords.namesCountedGroup(rule.text())) {
      return Optional.of(RuleMessages.get("explain.groupSplitBySex", parsed.subject()));
    }
    if (rule instanceof Range band
        && SexWords.namesSexBalance(parsed.subject())
        && !SexBalance.sharesOfOneWhole(band, o)) {
      return Optional.of(
          RuleMessages.get(
              "explain.balanceNotShares",
              parsed.subject(),
              Phrases.value(o.value(Sex.WOMEN), measure.unit()),
              Phrases.value(o.value(Sex.MEN), measure.unit())));
    }
    return Optional.empty();
  }

  /** The Mål cell's findings: a text that cannot be judged, a share written as a fraction. */
  private void targetFindings(
      Measure measure,
      YearTargets.Choice choice,
      TargetRuleParser.Parsed parsed,
      Consumer<Finding> findings) {
    TargetRule rule = parsed.rule();
    parsed
        .warning()
        .ifPresent(
            w ->
                findings.accept(
                    Finding.warning(
                        "rule.not_assessable",
                        where(measure, null).column("Mål"),
                        RuleMessages.get("finding.rule", measure.id(), w))));
    fractionTarget(measure, rule)
        .ifPresent(
            f ->
                findings.accept(
                    Finding.warning(
                        "target.fraction",
                        where(measure, null).column("Mål"),
                        RuleMessages.get(
                            "finding.fraction", measure.id(), choice.text().strip(), f))));
  }

  /** One measure's judgement, trend and reason clause from its per-sex verdicts. */
  private record Combined(Judgement judgement, Trend trend, String clause) {}

  /**
   * Women and men combined when the outcome is split by sex (the trend of Totalt when known), else
   * the one value there is.
   */
  private static Combined combine(
      Outcome o, Map<Sex, Verdict> verdicts, Map<Sex, SexJudgement> bySex) {
    Judgement computed;
    Trend trend;
    String clause;
    if (o.hasBySex()) {
      Verdict women = verdicts.get(Sex.WOMEN);
      Verdict men = verdicts.get(Sex.MEN);
      computed = Judgements.combine(women.judgement(), men.judgement());
      trend =
          bySex.containsKey(Sex.TOTAL) && bySex.get(Sex.TOTAL).trend() != Trend.UNKNOWN
              ? bySex.get(Sex.TOTAL).trend()
              : Trends.combine(List.of(bySex.get(Sex.WOMEN).trend(), bySex.get(Sex.MEN).trend()));
      clause =
          Sex.WOMEN.label()
              + ": "
              + women.reason()
              + "; "
              + Sex.MEN.label().toLowerCase(Messages.SWEDISH)
              + ": "
              + men.reason();
    } else {
      Sex only = verdicts.containsKey(Sex.TOTAL) ? Sex.TOTAL : verdicts.keySet().iterator().next();
      computed = verdicts.get(only).judgement();
      trend = bySex.get(only).trend();
      clause =
          only == Sex.TOTAL
              ? verdicts.get(only).reason()
              : only.label() + ": " + verdicts.get(only).reason();
    }
    return new Combined(computed, trend, clause);
  }

  /**
   * A target on a share (Enhet %) written as a fraction, "0,85" for 85 %: the value in percent it
   * probably means, else empty.
   */
  private static Optional<String> fractionTarget(Measure measure, TargetRule rule) {
    Threshold t =
        rule instanceof Threshold th ? th : rule instanceof Deadline d ? d.threshold() : null;
    if (!measure.isPercent() || t == null || !t.unit().isEmpty()) {
      return Optional.empty();
    }
    if (t.value().signum() <= 0 || t.value().compareTo(BigDecimal.ONE) >= 0) {
      return Optional.empty();
    }
    return Optional.of(Phrases.value(t.value().movePointRight(2).stripTrailingZeros(), "%"));
  }

  private MeasureJudgement unjudged(
      Measure measure,
      Optional<Outcome> outcome,
      TargetRule rule,
      String reason,
      YearTargets.Choice choice) {
    return notAssessed(measure, outcome, rule, explanation(reason, choice), true);
  }

  /** Not assessed because the measure is not followed up in this period (◊ in the appendix). */
  private MeasureJudgement notDue(
      Measure measure,
      Optional<Outcome> outcome,
      TargetRule rule,
      String reason,
      YearTargets.Choice choice) {
    return notAssessed(measure, outcome, rule, explanation(reason, choice), false);
  }

  private static MeasureJudgement notAssessed(
      Measure measure, Optional<Outcome> outcome, TargetRule rule, String why, boolean due) {
    return new MeasureJudgement(
        measure,
        outcome,
        rule,
        Judgement.NOT_ASSESSED,
        Judgement.NOT_ASSESSED,
        Optional.empty(),
        Trend.UNKNOWN,
        Map.of(),
        why,
        due,
        Optional.empty(),
        Optional.empty());
  }

  /** A measure judged on its outcome, before a manual judgement is applied. */
  private record Judged(
      Measure measure,
      Outcome outcome,
      TargetRule rule,
      Judgement computed,
      Trend trend,
      Map<Sex, SexJudgement> bySex,
      String clause,
      YearTargets.Choice choice) {}

  private MeasureJudgement withManual(
      Judged judged,
      Optional<TrendComparison> compared,
      Optional<ReferenceValue> reference,
      Consumer<Finding> findings) {
    Measure measure = judged.measure();
    Outcome outcome = judged.outcome();
    Judgement computed = judged.computed();
    String clause = judged.clause();
    YearTargets.Choice choice = judged.choice();
    Optional<Judgement> manual = Optional.ofNullable(outcome.manual());
    String explanation = explanation(clause, choice);
    if (manual.isPresent() && manual.get() != computed) {
      findings.accept(
          Finding.warning(
              "judgement.manual_differs",
              where(measure, outcome).column("Bedömning"),
              RuleMessages.get(
                  "finding.manualDiffers",
                  manual.get().label(),
                  measure.id(),
                  computed.label(),
                  clause)));
      explanation =
          Phrases.sentence(
              RuleMessages.get(
                  "explain.manual",
                  manual.get().label(),
                  computed.label().toLowerCase(Messages.SWEDISH),
                  withNote(clause, choice)));
    }
    return new MeasureJudgement(
        measure,
        Optional.of(outcome),
        judged.rule(),
        manual.orElse(computed),
        computed,
        manual,
        judged.trend(),
        judged.bySex(),
        explanation,
        true,
        compared,
        reference);
  }

  private static String explanation(String clause, YearTargets.Choice choice) {
    return Phrases.sentence(withNote(clause, choice));
  }

  private static String withNote(String clause, YearTargets.Choice choice) {
    return choice.note().isEmpty() ? clause : clause + " (" + choice.note() + ")";
  }

  private static SourceRef where(Measure measure, Outcome outcome) {
    if (outcome != null && outcome.where() != null) {
      return outcome.where();
    }
    return measure.where() != null ? measure.where() : SourceRef.file("");
  }
}
