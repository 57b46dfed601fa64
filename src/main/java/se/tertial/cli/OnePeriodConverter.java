package se.tertial.cli;

import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.tertial.model.InvalidValueException;
import se.tertial.workflow.PeriodSelection;

/**
 * A period option that names one period ({@code diff --from}/{@code --to}, {@code overview
 * --period}): read as {@code render --period} reads one, so a plan's bare year ({@code 2026}) is
 * taken for the input's kind to confirm once it is read; a list, a range or {@code all} is a usage
 * error naming the option.
 */
final class OnePeriodConverter implements ITypeConverter<OnePeriodConverter.OnePeriod> {

  /**
   * One period as written; {@link #in(String)} reads it for the option it was written in, which a
   * kind that does not read it names in its refusal.
   */
  record OnePeriod(String text) {

    /** The period read for {@code option} ({@code --from}). */
    PeriodSelection.Listed in(String option) {
      return PeriodSelection.listed(List.of(text), option);
    }
  }

  @Override
  public OnePeriod convert(String value) {
    try {
      if (value.contains(",") || value.contains("..")) {
        throw new TypeConversionException(CliMessages.get("period.one", value.strip()));
      }
      new OnePeriod(value.strip()).in("");
      return new OnePeriod(value.strip());
    } catch (InvalidValueException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
