package se.tertial.workflow;

import java.util.List;
import se.tertial.model.ReportCheck;

/**
 * The validate step of {@link InputPipeline}: the checks that run on every report after reading and
 * before judging. Reading already checks each cell, row and table against the input contract; the
 * checks here look at the report as a whole. A new check is one more entry in {@link #CHECKS}, and
 * {@code check}, {@code render}, {@code evaluate}, {@code diff} and {@code batch} all report it.
 */
public final class Validation {

  /** Every report check, in the order their findings are listed. */
  public static final List<ReportCheck> CHECKS =
      List.of(new PublicationDateCheck(), new PeriodTextsCheck());

  private Validation() {}
}
