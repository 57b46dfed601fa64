package se.tertial.workflow;

import java.nio.file.Path;
import se.tertial.kind.ReportKinds;
import se.tertial.model.Period;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;

/**
 * Reading an input with the built-in report kinds ({@link ReportKinds#BUILT_IN}): the default that
 * {@link ReportReader} itself does not have, so that {@code read} never refers to {@code kind} (the
 * kinds use {@code read}'s column and row helpers). Stateless and thread-safe.
 */
public final class Inputs {
  private Inputs() {}

  /** Reads and validates the input at {@code path} for the period given in its Rapport sheet. */
  public static ReadResult read(Path path) {
    return read(path, null, null);
  }

  /**
   * Reads and validates the input at {@code path}.
   *
   * @param period the reporting period to use instead of the Rapport sheet's, or null
   */
  public static ReadResult read(Path path, Period period) {
    return read(path, period, null);
  }

  /**
   * Reads and validates the input at {@code path} as a report of the given kind.
   *
   * @param period the reporting period to use instead of the Rapport sheet's, or null
   * @param kind the report kind to use instead of the Rapport sheet's {@code Rapporttyp} ({@code
   *     --kind}), or null
   */
  public static ReadResult read(Path path, Period period, String kind) {
    return DocumentInputs.read(path, period, kind, ReportKinds.BUILT_IN);
  }
}
