package se.tertial.testing;

import java.nio.file.Path;
import se.tertial.model.Period;
import se.tertial.read.ReadResult;
import se.tertial.rules.EvaluationOptions;
import se.tertial.workflow.InputPipeline;

/**
 * The reading step of the command line's pipeline (the built-in kinds, the font coverage, the logo
 * beside the input), for tests that need what was read and nothing judged.
 */
public final class ReadInput {
  private static final InputPipeline PIPELINE = new InputPipeline(EvaluationOptions.defaults());

  private ReadInput() {}

  /** Reads {@code path} for the period and kind its Rapport sheet gives. */
  public static ReadResult read(Path path) {
    return PIPELINE.read(path, null, null);
  }

  /** Reads {@code path} for {@code period} instead of the Rapport sheet's. */
  public static ReadResult read(Path path, Period period) {
    return PIPELINE.read(path, period, null);
  }
}
