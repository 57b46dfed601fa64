package se.tertial.read;

import java.util.List;
import java.util.Optional;
import se.tertial.model.Finding;
import se.tertial.model.Report;

/**
 * What reading an input gave: the report (absent when the input could not be read at all) and every
 * finding, errors and warnings, in input order.
 */
public record ReadResult(Optional<Report> report, List<Finding> findings) {

  public ReadResult {
    findings = List.copyOf(findings);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }
}
