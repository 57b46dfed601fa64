package se.tertial.rules;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.tertial.model.Finding;
import se.tertial.model.Judgement;
import se.tertial.model.JudgementSettings;
import se.tertial.model.Period;
import se.tertial.model.Report;

/**
 * Every measure of a report judged for one period, in the input's order, with the settings the
 * judging used and the findings it raised (unparsed rules, manual judgements that disagree with the
 * computed ones).
 *
 * @param settings the tolerance and trend base the measures were judged with (the report's own, or
 *     the run's options); every output states these
 */
public record ReportEvaluation(
    Report report,
    Period period,
    JudgementSettings settings,
    List<MeasureJudgement> measures,
    List<Finding> findings) {

  public ReportEvaluation {
    Objects.requireNonNull(settings, "settings");
    measures = List.copyOf(measures);
    findings = List.copyOf(findings);
  }

  /**
   * How many measures due in the period have each judgement; a measure not due (its
   * Uppföljningsperiod excludes the period) is in none of them, see {@link #notDue()}.
   */
  public Map<Judgement, Integer> counts() {
    return countsOf(measures);
  }

  /**
   * Counts per perspective, perspectives in order of first appearance (also a perspective whose
   * measures are all not due, with zeros).
   */
  public Map<String, Map<Judgement, Integer>> countsByPerspective() {
    Map<String, Map<Judgement, Integer>> result = new LinkedHashMap<>();
    for (MeasureJudgement m : measures) {
      Map<Judgement, Integer> counts =
          result.computeIfAbsent(m.measure().perspective(), p -> zeroCounts());
      if (m.due()) {
        counts.merge(m.judgement(), 1, Integer::sum);
      }
    }
    return result;
  }

  /** How many measures are not due in the period (followed up in other periods only). */
  public int notDue() {
    return (int) measures.stream().filter(m -> !m.due()).count();
  }

  /** {@link #notDue()} per perspective, perspectives in order of first appearance. */
  public Map<String, Integer> notDueByPerspective() {
    Map<String, Integer> result = new LinkedHashMap<>();
    for (MeasureJudgement m : measures) {
      result.merge(m.measure().perspective(), m.due() ? 0 : 1, Integer::sum);
    }
    return result;
  }

  private static Map<Judgement, Integer> countsOf(List<MeasureJudgement> list) {
    Map<Judgement, Integer> counts = zeroCounts();
    list.stream()
        .filter(MeasureJudgement::due)
        .forEach(m -> counts.merge(m.judgement(), 1, Integer::sum));
    return counts;
  }

  private static Map<Judgement, Integer> zeroCounts() {
    Map<Judgement, Integer> counts = new EnumMap<>(Judgement.class);
    for (Judgement j : Judgement.values()) {
      counts.put(j, 0);
    }
    return counts;
  }
}
