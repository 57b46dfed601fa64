package se.tertial.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.tertial.model.Finding;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.PeriodKind;
import se.tertial.model.SourceRef;

/**
 * Finds carried texts that still name the period they were written for ("januari–april", "per
 * april", "T1 2022", "första tertialen"), so the analyst is told to rewrite them for the new
 * period. Only warns; the texts are the analyst's.
 */
public final class StaleTexts {
  private static final String DASH = "\\s*[-\u2013\u2014]\\s*";
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

  private StaleTexts() {}

  /** The first phrase in {@code text} that names {@code period}, if any. */
  public static Optional<String> phrase(String text, Period period) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    for (Pattern p : patterns(period)) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return Optional.of(m.group());
      }
    }
    return Optional.empty();
  }

  /**
   * The first phrase in {@code text} that names a tertial or year end of a year after {@code
   * period}'s, with that year ("per april 2023", "T1 2023", "årsredovisning 2023" in a 2022
   * document): a text written for a later report, regenerated into a past period's. Earlier years
   * are not looked for: a text may compare with them ("jämfört med per april 2021").
   */
  public static Optional<Named> laterYear(String text, Period period) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher years = YEAR.matcher(text);
    while (years.find()) {
      int year = Integer.parseInt(years.group());
      if (year <= period.year()) {
        continue;
      }
      for (Period later :
          List.of(Period.tertial(year, 1), Period.tertial(year, 2), Period.yearEnd(year))) {
        Optional<String> found = phraseWithYear(text, later);
        if (found.isPresent()) {
          return Optional.of(new Named(found.get(), later));
        }
      }
    }
    return Optional.empty();
  }

  /** A phrase found in a text and the period it names. */
  public record Named(String phrase, Period period) {}

  /** The first phrase naming {@code period} that carries its year, in it or right after it. */
  private static Optional<String> phraseWithYear(String text, Period period) {
    String year = Integer.toString(period.year());
    Pattern after = Pattern.compile("[\\s\u00a0]*" + year + "(?!\\d)");
    for (Pattern p : patterns(period)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.group().contains(year)) {
          return Optional.of(m.group());
        }
        Matcher tail = after.matcher(text).region(m.end(), text.length());
        if (tail.lookingAt()) {
          return Optional.of(m.group() + tail.group());
        }
      }
    }
    return Optional.empty();
  }

  private static List<Pattern> patterns(Period period) {
    List<String> regexes = new ArrayList<>();
    String end = Period.monthName(period.endMonth());
    int startMonth =
        switch (period.kind()) {
          case MONTH -> period.endMonth();
          case QUARTER -> period.endMonth() - 2;
          case TERTIAL, YEAR -> 1;
        };
    if (startMonth < period.endMonth()) {
      String start = Period.monthName(startMonth);
      regexes.add(start + DASH + end);
      regexes.add(start.substring(0, 3) + "\\.?" + DASH + end.substring(0, 3) + "\\b");
    }
    regexes.add("per " + end + "\\b");
    regexes.add(Pattern.quote(period.label()));
    if (period.kind() == PeriodKind.TERTIAL) {
      String ordinal = period.number() == 1 ? "första" : "andra";
      regexes.add("tertial " + period.number() + "\\b");
      regexes.add(ordinal + " tertialen?");
      regexes.add("T" + period.number() + " " + period.year());
      regexes.add(period.year() + " T" + period.number() + "\\b");
    }
    if (period.kind() == PeriodKind.YEAR) {
      // The year-end documents by name; not "helår" or "bokslut", which T1 and T2 texts use for
      // forecasts ("prognos för helåret 2025").
      regexes.add(
          "(?:årsredovisning(?:en)?|årsrapport(?:en)?|årsbokslut(?:et)?"
              + "|verksamhetsberättelse(?:n)?) "
              + period.year());
    }
    if (period.kind() == PeriodKind.MONTH) {
      regexes.add(end + " " + period.year());
    }
    return regexes.stream().map(r -> Pattern.compile("(?iu)(?<![\\p{L}\\d])" + r)).toList();
  }

  /**
   * Adds a warning for each text of Texter copied for {@code to} (and the Rapport title) that names
   * {@code from}; the rows of earlier periods are theirs to name.
   */
  static void warn(
      XSSFWorkbook workbook, Period from, Period to, String file, List<Finding> warnings) {
    ExistingSheet.find(workbook, "Text", "Texter", "Text")
        .ifPresent(sheet -> scan(sheet, from, to, file, warnings, "Rubrik", "Text"));
    ExistingSheet.find(workbook, "Fält", "Rapport", "Rapportinfo")
        .ifPresent(
            sheet -> {
              int field = sheet.column("Fält", "Falt");
              int value = sheet.column("Värde", "Varde");
              for (XSSFRow row : sheet.rows()) {
                if (ExistingSheet.key(ExistingSheet.text(row, field)).equals("titel")) {
                  check(ExistingSheet.text(row, value), from, file, sheet, row, "Värde", warnings);
                }
              }
            });
  }

  private static void scan(
      ExistingSheet sheet,
      Period from,
      Period to,
      String file,
      List<Finding> warnings,
      String... columns) {
    int period = sheet.column("Period");
    for (XSSFRow row : sheet.rows()) {
      if (period >= 0 && !ExistingSheet.text(row, period).equals(to.code())) {
        continue;
      }
      for (String column : columns) {
        int c = sheet.column(column);
        if (c >= 0) {
          check(ExistingSheet.text(row, c), from, file, sheet, row, column, warnings);
        }
      }
    }
  }

  private static void check(
      String text,
      Period from,
      String file,
      ExistingSheet sheet,
      XSSFRow row,
      String column,
      List<Finding> warnings) {
    phrase(text, from)
        .ifPresent(
            found ->
                warnings.add(
                    Finding.warning(
                        "carry.staleText",
                        new SourceRef(file, sheet.name(), row.getRowNum() + 1, column),
                        Messages.get("carry.staleText", found, from.label()))));
  }
}
