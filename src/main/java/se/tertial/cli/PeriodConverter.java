package se.tertial.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Period;

/**
 * Every period option ({@code --period}, {@code --from}, {@code --to}) is parsed here, so a bad
 * period is the same usage error, naming the option, in every command.
 */
final class PeriodConverter implements ITypeConverter<Period> {
  @Override
  public Period convert(String value) {
    try {
      return Period.parse(value);
    } catch (InvalidValueException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
