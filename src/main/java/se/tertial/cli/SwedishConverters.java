package se.tertial.cli;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The option types picocli would otherwise convert with English errors ("'två' is not an int",
 * "cannot convert 'abc' to BigDecimal (java.lang.NumberFormatException …)"): each says in Swedish
 * what is wrong and what form is accepted; {@link UsageMessages} puts the option's name in front.
 */
final class SwedishConverters {
  private SwedishConverters() {}

  /** Registers the converters on {@code cmd} and its subcommands. */
  static void register(CommandLine cmd) {
    cmd.registerConverter(Integer.class, new Converter<>(SwedishConverters::integer));
    cmd.registerConverter(Integer.TYPE, new Converter<>(SwedishConverters::integer));
    cmd.registerConverter(BigDecimal.class, new Converter<>(SwedishConverters::decimal));
    cmd.registerConverter(Boolean.class, new Converter<>(SwedishConverters::bool));
    cmd.registerConverter(Boolean.TYPE, new Converter<>(SwedishConverters::bool));
    cmd.registerConverter(Path.class, new Converter<>(SwedishConverters::path));
  }

  /**
   * A named class around the conversion, never a lambda implementing picocli's interface: picocli
   * is compiled for Java 5, and Java 17 crashes while writing the start-up archive when a lambda
   * implements an interface that old (JDK-8274944, still in Debian's 17.0.15).
   */
  private record Converter<T>(Function<String, T> conversion) implements ITypeConverter<T> {
    @Override
    public T convert(String value) {
      return conversion.apply(value);
    }
  }

  static Integer integer(String value) {
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException(CliMessages.get("convert.integer", value));
    }
  }

  /** A decimal number with a decimal comma or point ({@code 2,5} or {@code 2.5}). */
  static BigDecimal decimal(String value) {
    String number = value.strip().replace('\u2212', '-').replace(',', '.');
    if (!number.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      throw new TypeConversionException(CliMessages.get("convert.decimal", value));
    }
    return new BigDecimal(number);
  }

  static Boolean bool(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "ja" -> Boolean.TRUE;
      case "false", "nej" -> Boolean.FALSE;
      default -> throw new TypeConversionException(CliMessages.get("convert.boolean", value));
    };
  }

  /**
   * A path; a name the file system cannot hold (a NUL character, or å under a locale whose
   * character set has no å) is a usage error saying so, not a Java exception.
   */
  static Path path(String value) {
    if (value.indexOf('\0') >= 0) {
      throw new TypeConversionException(CliMessages.get("convert.pathNul", value));
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException(
          CliMessages.get("convert.pathEncoding", value, System.getProperty("sun.jnu.encoding")));
    }
  }
}
