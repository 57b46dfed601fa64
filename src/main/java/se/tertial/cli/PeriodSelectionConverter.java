package se.tertial.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.tertial.model.InvalidValueException;
import se.tertial.workflow.PeriodSelection;

/**
 * {@code --period} as written: one period ({@code 2024-T2}), a list ({@code 2024-T1,2024-T2}), a
 * range ({@code 2023-T1..2024-ÅR}) or {@code all}, read by the same parser as {@code batch}'s
 * manifest ({@link PeriodSelection#parse}), so both accept the same texts.
 */
final class PeriodSelectionConverter implements ITypeConverter<PeriodSelection> {
  @Override
  public PeriodSelection convert(String value) {
    try {
      return PeriodSelection.parse(value, "--period");
    } catch (InvalidValueException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
