package se.tertial.rules;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tertial.model.Messages;

/**
 * Splits a target text into {@link Token}s. Spaces of every kind (space, no-break, narrow no-break,
 * thin, figure) separate tokens and group thousands ("1 234"); letters glued to digits are split
 * ("minst80%" → minst, 80, %); sentence punctuation (. , ; ! ? parentheses, quotes) is dropped
 * because it never changes a rule; every other character stays a symbol so the grammar sees it and
 * can refuse. Pure and stateless.
 */
final class RuleTokenizer {
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
  private static final Pattern YEAR_PERIOD =
      Pattern.compile("(\\d{4}) ?- ?(?:([tTqQkK])([1-4])|([åÅaA][rR])|(\\d{2}))(?![\\p{L}\\d])");
  private static final Pattern POINTS_ABBREVIATION =
      Pattern.compile(
          "(?iu)(?:p\\. ?e\\.?|%[ -]?enh(?:et(?:er)?)?\\.?|procentenh\\.?|proc\\.? ?enh\\.?)"
              + "(?![\\p{L}])");
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "(?iu)(t\\. ?o\\. ?m\\.?|fr\\. ?o\\. ?m\\.?|t\\. ?ex\\.?|fg\\.|jmf\\.|jfr\\.|ca\\.|resp\\.)");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final String DROPPED = ".,;!?()[]{}\"'«»“”‘’:…*";

  /** Dropped marks that end a clause: the word before them is {@link Token#PAUSE}d. */
  private static final String PAUSES = ".,;!?()[]{}:";

  private RuleTokenizer() {}

  static List<Token> tokens(String text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        i++;
      } else if (Character.isDigit(c)) {
        i = number(s, i, false, out);
      } else if (isMinus(c)
          && i + 1 < s.length()
          && Character.isDigit(s.charAt(i + 1))
          && (out.isEmpty() || i == 0 || isSpace(s.charAt(i - 1)) || !lastIsNumber(out))) {
        i = number(s, i + 1, true, out);
      } else if (Character.isLetter(c)) {
        i = word(s, i, out);
      } else {
        i = symbol(s, i, out);
      }
    }
    return List.copyOf(out);
  }

  private static boolean lastIsNumber(List<Token> out) {
    Token last = out.get(out.size() - 1);
    return last.is(Token.Type.NUMBER) || last.is(Token.Type.PERIOD) || last.is(Token.Type.DATE);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u00a0'
        || c == '\u202f'
        || c == '\u2007'
        || c == '\u2009'
        || c == '\u200b';
  }

  private static boolean isMinus(char c) {
    // Word's non-breaking hyphen and the figure dash are typed for a minus as well.
    return c == '-'
        || c == '\u2212'
        || c == '\u2013'
        || c == '\u2014'
        || c == '\u2011'
        || c == '\u2012';
  }

  // Long on purpose: the number-like shapes are tried in a fixed order of precedence (date, year
  // with period, year, plain number with unit) and the first that matches wins; split up, that
  // order would be spread over several methods.
  private static int number(String s, int start, boolean negative, List<Token> out) {
    Matcher date = DATE.matcher(s).region(start, s.length());
    if (!negative
        && date.lookingAt()
        && validDate(Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)))) {
      int month = Integer.parseInt(date.group(2));
      out.add(
          new Token(
              Token.Type.DATE,
              date.group(),
              date.group(),
              new BigDecimal(date.group(1)),
              month,
              0));
      return date.end();
    }
    Matcher period = YEAR_PERIOD.matcher(s).region(start, s.length());
    if (!negative && period.lookingAt()) {
      int month = periodMonth(period);
      if (month > 0) {
        out.add(
            new Token(
                Token.Type.PERIOD,
                period.group(),
                fold(period.group()).replace(" ", ""),
                new BigDecimal(period.group(1)),
                month,
                0));
        return period.end();
      }
    }
    int i = start;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    StringBuilder digits = new StringBuilder(s.substring(start, i));
    int flags = negative ? Token.SIGNED : 0;
    // Thousands grouped by any kind of space: "1 234", "12 345 678".
    if (digits.length() <= 3 && digits.charAt(0) != '0') {
      while (i + 4 <= s.length()
          && isSpace(s.charAt(i))
          && allDigits(s, i + 1, i + 4)
          && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))) {
        digits.append(s, i + 1, i + 4);
        i += 4;
        flags |= Token.GROUPED;
      }
    }
    String fraction = "";
    if (i + 1 < s.length()
        && (s.charAt(i) == ',' || s.charAt(i) == '.')
        && Character.isDigit(s.charAt(i + 1))) {
      int j = i + 1;
      while (j < s.length() && Character.isDigit(s.charAt(j))) {
        j++;
      }
      fraction = s.substring(i + 1, j);
      boolean dotted =
          s.charAt(i) == '.'
              && fraction.length() == 3
              && digits.length() <= 3
              && digits.charAt(0) != '0'
              && (flags & Token.GROUPED) == 0;
      if (dotted && j + 4 <= s.length() && s.charAt(j) == '.' && allDigits(s, j + 1, j + 4)) {
        // "1.234.567": more than one point, so they group thousands.
        digits.append(fraction);
        fraction = "";
        while (j + 4 <= s.length()
            && s.charAt(j) == '.'
            && allDigits(s, j + 1, j + 4)
            && (j + 4 == s.length() || !Character.isDigit(s.charAt(j + 4)))) {
          digits.append(s, j + 1, j + 4);
          j += 4;
        }
        flags |= Token.GROUPED;
      } else {
        flags |= dotted ? Token.DOTTED : Token.DECIMALS;
      }
      i = j;
    }
    String plain = digits + (fraction.isEmpty() ? "" : "." + fraction);
    BigDecimal value = new BigDecimal(plain);
    if (negative) {
      value = value.negate();
    }
    String raw = s.substring(negative ? start - 1 : start, i);
    out.add(new Token(Token.Type.NUMBER, raw, plain, value, 0, flags));
    return i;
  }

  /** "2022-13-45" is no date: read as numbers, it is refused instead of judged. */
  private static boolean validDate(int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  private static int periodMonth(Matcher m) {
    if (m.group(2) != null) {
      char kind = Character.toLowerCase(m.group(2).charAt(0));
      int n = Integer.parseInt(m.group(3));
      if (kind == 't') {
        return n <= 3 ? n * 4 : -1;
      }
      return n * 3;
    }
    if (m.group(4) != null) {
      return 12;
    }
    int month = Integer.parseInt(m.group(5));
    return month >= 1 && month <= 12 ? month : -1;
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static int word(String s, int start, List<Token> out) {
    Matcher points = POINTS_ABBREVIATION.matcher(s).region(start, s.length());
    if (points.lookingAt()) {
      out.add(new Token(Token.Type.WORD, points.group(), "pe", null, 0, 0));
      return points.end();
    }
    Matcher abbreviation = ABBREVIATION.matcher(s).region(start, s.length());
    if (abbreviation.lookingAt()) {
      String key = fold(abbreviation.group()).replaceAll("[. ]", "");
      out.add(new Token(Token.Type.WORD, abbreviation.group(), key, null, 0, 0));
      return abbreviation.end();
    }
    int i = start;
    while (i < s.length()
        && (Character.isLetter(s.charAt(i))
            || (s.charAt(i) == '-'
                && i + 1 < s.length()
                && Character.isLetter(s.charAt(i + 1))
                && i > start))) {
      i++;
    }
    if (i > start && suspendedCompound(s, i)) {
      i++; // "hälso-" in "hälso- och sjukvården": the hyphen belongs to the word, no minus
    }
    String raw = s.substring(start, i);
    String key = fold(raw);
    // "T2", "t1": a tertial without a year (a year may follow as its own token).
    if ((key.equals("t") || key.equals("q"))
        && i < s.length()
        && s.charAt(i) >= '1'
        && s.charAt(i) <= (key.equals("t") ? '3' : '4')
        && (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
      int n = s.charAt(i) - '0';
      int month = key.equals("t") ? n * 4 : n * 3;
      out.add(new Token(Token.Type.TERTIAL, s.substring(start, i + 1), key + n, null, month, 0));
      return i + 1;
    }
    out.add(new Token(Token.Type.WORD, raw, key, null, 0, 0));
    return i;
  }

  private static final Pattern SUSPENDED_COMPOUND =
      Pattern.compile(
          "-[\\s\u00a0]*(?:,|(?:och|eller|respektive|resp\\.?)[\\s\u00a0])",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether the hyphen at {@code i}, right after a word, leaves that word's compound to be finished
   * by the next one: "hälso- och sjukvården", "för- och grundskola", "barn-, ungdoms- och …". Such
   * a hyphen is part of the word; anywhere else it may be a minus or a range.
   */
  private static boolean suspendedCompound(String s, int i) {
    return i < s.length()
        && s.charAt(i) == '-'
        && SUSPENDED_COMPOUND.matcher(s).region(i, s.length()).lookingAt();
  }

  private static int symbol(String s, int i, List<Token> out) {
    char c = s.charAt(i);
    Matcher points = POINTS_ABBREVIATION.matcher(s).region(i, s.length());
    if (c == '%' && points.lookingAt()) {
      out.add(new Token(Token.Type.WORD, points.group(), "pe", null, 0, 0));
      return points.end();
    }
    if ((c == ',' || c == '.')
        && i + 1 < s.length()
        && Character.isDigit(s.charAt(i + 1))
        && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
      // ",5 %": a decimal without its zero, or a pause before a number; dropping the mark would
      // read 5 %, ten times the 0,5 % meant. Kept as a symbol no production reads, so refused.
      out.add(new Token(Token.Type.SYMBOL, String.valueOf(c), String.valueOf(c), null, 0, 0));
      return i + 1;
    }
    if (DROPPED.indexOf(c) >= 0) {
      if (PAUSES.indexOf(c) >= 0 && !out.isEmpty() && out.get(out.size() - 1).is(Token.Type.WORD)) {
        out.set(out.size() - 1, out.get(out.size() - 1).with(Token.PAUSE));
      }
      return i + 1;
    }
    String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
    String key;
    int end = i + 1;
    if (two.equals(">=") || two.equals("=>")) {
      key = "≥";
      end = i + 2;
    } else if (two.equals("<=") || two.equals("=<")) {
      key = "≤";
      end = i + 2;
    } else if (c == '\u2265' || c == '\u2267') {
      key = "≥";
    } else if (c == '\u2264' || c == '\u2266') {
      key = "≤";
    } else if (isMinus(c)) {
      key = "-";
    } else if (c == '&') {
      key = "och";
    } else if (c == '‰') {
      key = "‰";
    } else {
      key = String.valueOf(c);
    }
    Token.Type type = key.equals("och") ? Token.Type.WORD : Token.Type.SYMBOL;
    out.add(new Token(type, s.substring(i, end), key, null, 0, 0));
    return end;
  }

  /** Lower case, accents removed: "Öka" → "oka", "Föregående" → "foregaende". */
  static String fold(String text) {
    String lower = text.toLowerCase(Messages.SWEDISH);
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }
}
