package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Polarity;
import se.tertial.model.SwedishNumbers;

/**
 * Parses the {@code Mål} text into a {@link TargetRule}. Liberal in what it accepts (case, spaces,
 * "%" with or without a space, decimal comma or point, U+2212 minus, "jmf"/"jämfört med",
 * "procent"), and never throws: whatever it cannot read becomes {@link TargetRule.NotAssessable}
 * with a Swedish reason, because guessing a rule would give a judgement nobody can defend.
 * Stateless and thread-safe.
 */
public final class TargetRuleParser {

  private static final String NUM = "([+-]?(?:\\d{1,3}(?: \\d{3})+|\\d+)(?:[.,]\\d+)?)";
  private static final String UNIT = "(?: ?(%|kr|tkr|mnkr|msek|sek|st|dagar|dygn))?";
  private static final String BOUND =
      "(?:(minst|minimum|over|mer an|fler an|hogre an|under|mindre an|farre an|lagre an|hogst"
          + "|max|maximalt|≥|≤|>|<) ?)?";
  private static final String MONTH =
      "(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\\.?(?: (\\d{4}))?";

  private static final Pattern THRESHOLD = Pattern.compile(BOUND + NUM + UNIT);
  private static final Pattern DEADLINE =
      Pattern.compile(
          BOUND
              + NUM
              + UNIT
              + " (?:(?:i|senast i|senast|till|per|under|vid utgangen av) "
              + MONTH
              + "|senast (\\d{4})-(\\d{2})-(\\d{2})"
              + "|(?:vid|senast vid|till|fore) (?:arets slut|arsskiftet|utgangen av aret)"
              + "(?: (\\d{4}))?)");
  private static final Pattern PER_SEX =
      Pattern.compile(
          "k ?:? ?" + BOUND + NUM + UNIT + " ?[/,;&]? ?(?:och )?m ?:? ?" + BOUND + NUM + UNIT);
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(oka|minska|sanka|hoja)(?: med)? "
              + NUM
              + " ?%(?: (?:jmf|fran|mot)(?: med)?(?: (?:ar|aret))? (\\d{4}))?");
  private static final Pattern DIRECTION =
      Pattern.compile(
          "(oka|okad|okat|okning|hoja|minska|minskad|minskat|minskning|sanka|forbattra|forbattras"
              + "|forbattrat|forbattrat varde|forbattrad|battre|behalla|bibehalla|bibehallen"
              + "|bibehallet|behalla niva|bibehalla niva|bibehallen niva|oforandrad|oforandrat)"
              + "(?: (jmf|fran|mot|an|i forhallande till) ?(.*))?");
  private static final Pattern YEAR = Pattern.compile("(?:ar |aret )?(\\d{4})");
  private static final Pattern SAME_PERIOD =
      Pattern.compile(
          "(?:med )?(?:(?:motsvarande|samma) (?:kvartal|period|tertial|manad|tid) ?)?"
              + "(?:aret innan|foregaende ar|fg ar|fjol|i fjol|forra aret|fore)?");
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(i niva med|i paritet med|battre an|lag och stabil niva|lag stabil niva|lag niva)"
              + "(?: (?:jmf|med|an))?(?: (.*))?");

  private TargetRuleParser() {}

  /**
   * The parsed rule with the warning {@code check} should show (e.g. a plain number without
   * Riktning), if any.
   *
   * @param rule the rule
   * @param warning a Swedish warning for the analyst, or empty when the rule is fine or
   *     deliberately open ("Under utredning")
   */
  public record Parsed(TargetRule rule, Optional<String> warning) {
    public Parsed {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(warning, "warning");
    }
  }

  /** Parses a target text; never throws. */
  public static TargetRule parse(String text, Polarity polarity) {
    return read(text, polarity).rule();
  }

  /** Parses a target text and says whether the analyst should be warned; never throws. */
  public static Parsed read(String text, Polarity polarity) {
    String written = text == null ? "" : text;
    Polarity riktning = polarity == null ? Polarity.UNSPECIFIED : polarity;
    try {
      return readNormal(written, RuleText.normalise(written), riktning);
    } catch (RuntimeException e) {
      // A pattern matched something SwedishNumbers or BigDecimal refuses (an absurd exponent, an
      // overflowing year): not a rule we can judge, and no reason to stop the whole report.
      return unparsed(written);
    }
  }

  private static Parsed readNormal(String written, String t, Polarity riktning) {
    if (t.isEmpty() || t.equals("-")) {
      return open(written, RuleMessages.get("rule.empty"));
    }
    if (t.length() > RuleText.MAX_LENGTH) {
      return unparsed(written);
    }
    if (t.matches(
        "(under utredning|utreds|malvarde saknas|mal saknas|saknas|ej fastst.*|tas fram"
            + "|ny(tt)? (matt|indikator)|inget mal|ej aktuellt|uppfoljning)")) {
      return open(written, RuleMessages.get("rule.open", written.strip()));
    }
    Matcher m = DEADLINE.matcher(t);
    if (m.matches()) {
      return deadline(written, m, riktning);
    }
    m = PER_SEX.matcher(t);
    if (m.matches()) {
      return perSex(written, m, riktning);
    }
    m = RELATIVE.matcher(t);
    if (m.matches()) {
      Polarity better =
          m.group(1).startsWith("ok") || m.group(1).equals("hoja")
              ? Polarity.HIGHER_IS_BETTER
              : Polarity.LOWER_IS_BETTER;
      BigDecimal percent = number(m.group(2)).abs();
      Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
      return ok(new TargetRule.RelativeChange(written, better, percent, year));
    }
    m = REFERENCE.matcher(t);
    if (m.matches()) {
      return reference(written, m, riktning);
    }
    m = DIRECTION.matcher(t);
    if (m.matches()) {
      return direction(written, m, riktning);
    }
    m = THRESHOLD.matcher(t);
    if (m.matches()) {
      return threshold(written, m, 1, riktning)
          .<Parsed>map(TargetRuleParser::ok)
          .orElseGet(() -> missingPolarity(written));
    }
    return unparsed(written);
  }

  private static Parsed deadline(String written, Matcher m, Polarity riktning) {
    Optional<TargetRule.Threshold> threshold = threshold(written, m, 1, riktning);
    if (threshold.isEmpty()) {
      // "100 % i dec" without bound words or Riktning: a share reaching a level by a date is an
      // attainment target, so higher is better. Any other unit stays unjudged.
      if (!"%".equals(unit(m.group(3)))) {
        return missingPolarity(written);
      }
      threshold =
          Optional.of(new TargetRule.Threshold(written, number(m.group(2)), "%", Bound.AT_LEAST));
    }
    Integer year;
    int month;
    if (m.group(4) != null) {
      month = monthNumber(m.group(4));
      year = m.group(5) == null ? null : Integer.valueOf(m.group(5));
    } else if (m.group(6) != null) {
      year = Integer.valueOf(m.group(6));
      month = Integer.parseInt(m.group(7));
      if (month < 1 || month > 12) {
        return unparsed(written);
      }
    } else {
      month = 12;
      year = m.group(9) == null ? null : Integer.valueOf(m.group(9));
    }
    return ok(new TargetRule.Deadline(written, threshold.get(), year, month));
  }

  private static Parsed perSex(String written, Matcher m, Polarity riktning) {
    Optional<TargetRule.Threshold> women = threshold(written, m, 1, riktning);
    Optional<TargetRule.Threshold> men = threshold(written, m, 4, riktning);
    if (women.isEmpty() || men.isEmpty()) {
      return missingPolarity(written);
    }
    return ok(new TargetRule.PerSex(written, women.get(), men.get()));
  }

  private static Parsed direction(String written, Matcher m, Polarity riktning) {
    String word = m.group(1);
    boolean keep =
        word.contains("behall") || word.startsWith("oforandr") || word.equals("bibehallen");
    Polarity better;
    if (word.startsWith("ok") || word.equals("hoja")) {
      better = Polarity.HIGHER_IS_BETTER;
    } else if (word.startsWith("minsk") || word.equals("sanka")) {
      better = Polarity.LOWER_IS_BETTER;
    } else {
      better = riktning;
    }
    if (!keep && better == Polarity.UNSPECIFIED) {
      return missingPolarity(written);
    }
    Integer year = null;
    String tail = m.group(3) == null ? "" : m.group(3).strip();
    if (m.group(2) != null) {
      Matcher y = YEAR.matcher(tail);
      if (y.matches()) {
        year = Integer.valueOf(y.group(1));
      } else if (!SAME_PERIOD.matcher(tail).matches()) {
        return unparsed(written);
      }
    }
    return ok(new TargetRule.Direction(written, better, keep, year));
  }

  private static Parsed reference(String written, Matcher m, Polarity riktning) {
    String words = m.group(1);
    TargetRule.ReferenceKind kind;
    Polarity better = riktning;
    if (words.startsWith("lag")) {
      kind = TargetRule.ReferenceKind.LOW_AND_STABLE;
      better = Polarity.LOWER_IS_BETTER;
    } else if (words.startsWith("battre")) {
      kind = TargetRule.ReferenceKind.BETTER;
    } else {
      kind = TargetRule.ReferenceKind.LEVEL;
    }
    String reference = m.group(2) == null ? "" : m.group(2).replaceFirst("^(med|an|jmf) ", "");
    if (reference.isBlank()) {
      return unparsed(written);
    }
    if (better == Polarity.UNSPECIFIED && kind == TargetRule.ReferenceKind.BETTER) {
      return missingPolarity(written);
    }
    return ok(new TargetRule.Reference(written, kind, reference.strip(), better));
  }

  /** The threshold from groups {@code first} (bound), +1 (number), +2 (unit). */
  private static Optional<TargetRule.Threshold> threshold(
      String written, Matcher m, int first, Polarity riktning) {
    Bound bound = boundWord(m.group(first));
    if (bound == null) {
      bound = Bound.fromPolarity(riktning);
    }
    if (bound == null) {
      return Optional.empty();
    }
    return Optional.of(
        new TargetRule.Threshold(
            written, number(m.group(first + 1)), unit(m.group(first + 2)), bound));
  }

  private static Bound boundWord(String word) {
    if (word == null) {
      return null;
    }
    return switch (word) {
      case "minst", "minimum", "≥" -> Bound.AT_LEAST;
      case "over", "mer an", "fler an", "hogre an", ">" -> Bound.ABOVE;
      case "hogst", "max", "maximalt", "≤" -> Bound.AT_MOST;
      default -> Bound.BELOW;
    };
  }

  private static BigDecimal number(String text) {
    try {
      return SwedishNumbers.parse(text).value();
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static String unit(String written) {
    if (written == null) {
      return "";
    }
    return switch (written) {
      case "msek" -> "mnkr";
      case "sek" -> "kr";
      case "dygn" -> "dagar";
      default -> written;
    };
  }

  private static int monthNumber(String abbreviation) {
    String[] months = {
      "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"
    };
    for (int i = 0; i < months.length; i++) {
      if (months[i].equals(abbreviation)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(abbreviation);
  }

  private static Parsed ok(TargetRule rule) {
    return new Parsed(rule, Optional.empty());
  }

  /** Deliberately open targets ("Under utredning", empty): not assessed, nothing to warn about. */
  private static Parsed open(String written, String reason) {
    return new Parsed(new TargetRule.NotAssessable(written, reason), Optional.empty());
  }

  private static Parsed missingPolarity(String written) {
    String reason = RuleMessages.get("rule.noPolarity", written.strip());
    return new Parsed(new TargetRule.NotAssessable(written, reason), Optional.of(reason));
  }

  private static Parsed unparsed(String written) {
    String shown = written.strip().replaceAll("\\s+", " ");
    if (shown.length() > 60) {
      shown = shown.substring(0, 60) + "…";
    }
    String reason = RuleMessages.get("rule.unparsed", shown);
    return new Parsed(new TargetRule.NotAssessable(written, reason), Optional.of(reason));
  }
}
