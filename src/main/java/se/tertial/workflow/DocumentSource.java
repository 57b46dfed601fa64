package se.tertial.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.tertial.files.Logo;
import se.tertial.model.Finding;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;

/**
 * An input read once for its documents: what was read (with the findings about characters no
 * embedded font prints and about the logo), and the logo beside it, read then and handed on, so
 * rendering never looks at the input's folder again.
 *
 * @param input the workbook or CSV folder as given
 * @param read the report and every finding of reading
 * @param logo the logo beside the input ({@link Logo.Absent} when there is none)
 */
public record DocumentSource(Path input, ReadResult read, Logo logo) {
  public DocumentSource {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(logo, "logo");
  }

  /** The report, absent when reading found errors that leave none. */
  public Optional<Report> report() {
    return read.report();
  }

  /** Whether no document can be made of this input at all. */
  public boolean failed() {
    return read.hasErrors() || read.report().isEmpty();
  }

  /**
   * The findings about the input as a whole, without those about what the read period lacks (each
   * period judged gets its own, see {@link InputPipeline#judge}).
   */
  public List<Finding> generalFindings() {
    return read.findings().stream().filter(f -> !InputPipeline.isPeriodFinding(f)).toList();
  }
}
