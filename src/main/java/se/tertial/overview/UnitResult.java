package se.tertial.overview;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.tertial.rules.ReportEvaluation;

/**
 * One unit as the overview sees it: its judged report, or the findings that kept it out.
 *
 * @param name the unit's name (Enhet), or the input's name when it could not be read
 * @param input the workbook or CSV folder, as the manifest names it
 * @param appendix the file name of the unit's own appendix beside the overview, or empty
 * @param evaluation the judged report, empty when errors kept the unit out
 * @param problems the errors that kept it out, one Swedish line each
 */
public record UnitResult(
    String name,
    String input,
    String appendix,
    Optional<ReportEvaluation> evaluation,
    List<String> problems) {

  public UnitResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(appendix, "appendix");
    Objects.requireNonNull(evaluation, "evaluation");
    problems = List.copyOf(problems);
  }
}
