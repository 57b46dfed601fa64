package se.tertial.ci;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.tertial.model.Finding;

/**
 * One unit checked for one period: the pipeline's findings for that (unit, period), as {@code
 * check} lists them and as {@code batch} reports them beside the document it wrote.
 *
 * @param input the workbook or CSV folder
 * @param period the period code, empty when the input could not be read far enough to choose one
 * @param output the document written ({@code batch}), empty otherwise
 * @param findings the findings that count: every error and the warnings no baseline entry covers
 * @param acknowledged the warnings the baseline covers (listed, never failing {@code --strict})
 */
public record Checked(
    Path input,
    Optional<String> period,
    Optional<Path> output,
    List<Finding> findings,
    List<Finding> acknowledged) {

  /** How a (unit, period) ended. */
  public enum State {
    OK,
    WARNINGS,
    FAILED;

    /** {@code ok}, {@code warnings}, {@code failed}: the JSON's and the report's word. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Checked {
    findings = List.copyOf(findings);
    acknowledged = List.copyOf(acknowledged);
  }

  /** A unit checked for a period, nothing written and nothing acknowledged (yet). */
  public static Checked of(Path input, Optional<String> period, List<Finding> findings) {
    return new Checked(input, period, Optional.empty(), findings, List.of());
  }

  public long errors() {
    return findings.stream().filter(Finding::isError).count();
  }

  public long warnings() {
    return findings.size() - errors();
  }

  /** Failed with any error, with warnings when an unacknowledged one is left, else ok. */
  public State state() {
    if (errors() > 0) {
      return State.FAILED;
    }
    return findings.isEmpty() ? State.OK : State.WARNINGS;
  }

  /** The same with {@code acknowledged} moved out of the findings that count. */
  public Checked acknowledging(List<Finding> covered) {
    List<Finding> counted = findings.stream().filter(f -> !covered.contains(f)).toList();
    List<Finding> listed = new ArrayList<>(acknowledged);
    findings.stream().filter(covered::contains).forEach(listed::add);
    return new Checked(input, period, output, counted, listed);
  }

  /**
   * The file a finding is about: the workbook itself, or the CSV file inside the input folder that
   * the finding names (a folder of CSV files is one input, its findings name its files).
   */
  public Path fileOf(Finding finding) {
    String file = finding.where().file();
    Path name = input.getFileName();
    if (file == null || file.isEmpty() || (name != null && file.equals(name.toString()))) {
      return input;
    }
    if (!file.contains("/") && !file.contains("\\") && Files.isDirectory(input)) {
      return input.resolve(file);
    }
    return input;
  }

  /** Whether the finding's rows are lines of a text file (a CSV file), so a line number exists. */
  public boolean hasLines(Finding finding) {
    return finding.where().row() > 0
        && finding.where().sheet() == null
        && fileOf(finding).getFileName() != null
        && fileOf(finding).getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }
}
