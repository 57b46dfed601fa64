package se.tertial.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.tertial.model.Judgement;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.model.SampleInfo;
import se.tertial.model.SourceRef;

/** Builders for hand-made reports in tests. */
public final class Fixtures {
  public static final Period T1_2022 = Period.tertial(2022, 1);
  public static final Period T1_2021 = Period.tertial(2021, 1);

  private Fixtures() {}

  public static BigDecimal d(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  public static Measure measure(String id, String target, Polarity polarity, String unit) {
    return measure(id, target, polarity, unit, "", Map.of());
  }

  public static Measure measure(
      String id,
      String target,
      Polarity polarity,
      String unit,
      String comparison,
      Map<Integer, String> yearTargets) {
    return new Measure(
        id,
        "Verksamhet",
        "God nära och samordnad vård",
        "En sammanhållen vård",
        "Mått " + id,
        target,
        polarity,
        unit,
        "DÅ04,08,ÅR",
        comparison,
        "",
        "",
        yearTargets,
        new SourceRef("enhet.xlsx", "Styrmått", 2, null));
  }

  public static Outcome outcome(String id, Period period, String women, String men, String total) {
    return outcome(id, period, women, men, total, "", null);
  }

  public static Outcome outcome(
      String id,
      Period period,
      String women,
      String men,
      String total,
      String valueText,
      Judgement manual) {
    return new Outcome(
        id,
        period,
        d(women),
        d(men),
        d(total),
        valueText,
        "",
        manual,
        new SourceRef("enhet.xlsx", "Utfall", 5, null));
  }

  public static ReportInfo info(Period period, BigDecimal tolerance, BigDecimal absolute) {
    return SampleInfo.sampleUnit(period)
        .title("Bilaga")
        .tolerance(tolerance)
        .absoluteTolerance(absolute)
        .build();
  }

  public static Report report(List<Measure> measures, List<Outcome> outcomes) {
    return new Report(
        info(T1_2022, null, null), measures, outcomes, List.of(), List.of(), List.of());
  }

  public static MeasureJudgement judgeOne(Measure measure, Outcome... outcomes) {
    return new ReportEvaluator(EvaluationOptions.defaults())
        .evaluate(report(List.of(measure), List.of(outcomes)), T1_2022)
        .measures()
        .get(0);
  }
}
