package se.tertial.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import se.tertial.model.Messages;
import se.tertial.model.SwedishFormat;

/**
 * A value with its unit as read from a target text: "80 %", "1 234 st", "tio dagar", "70 av 100".
 *
 * @param value the number
 * @param unit the canonical unit ("%", "procentenheter", "kr", "mnkr", "dagar"…), or empty
 * @param number the number's token, or null for a number word
 */
record Quantity(BigDecimal value, String unit, Token number) {
  Quantity {
    Objects.requireNonNull(value, "value");
    unit = Objects.requireNonNullElse(unit, "");
  }

  /** Number words up to tolv, the tens and hundra/tusen (the keys are folded). */
  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("noll", 0),
          Map.entry("en", 1),
          Map.entry("ett", 1),
          Map.entry("tva", 2),
          Map.entry("tre", 3),
          Map.entry("fyra", 4),
          Map.entry("fem", 5),
          Map.entry("sex", 6),
          Map.entry("sju", 7),
          Map.entry("atta", 8),
          Map.entry("nio", 9),
          Map.entry("tio", 10),
          Map.entry("elva", 11),
          Map.entry("tolv", 12),
          Map.entry("femton", 15),
          Map.entry("tjugo", 20),
          Map.entry("tjugofem", 25),
          Map.entry("trettio", 30),
          Map.entry("fyrtio", 40),
          Map.entry("femtio", 50),
          Map.entry("sextio", 60),
          Map.entry("sjuttio", 70),
          Map.entry("attio", 80),
          Map.entry("nittio", 90),
          Map.entry("hundra", 100),
          Map.entry("etthundra", 100),
          Map.entry("tusen", 1000),
          Map.entry("etttusen", 1000));

  /** Unit words (folded) and their canonical spelling. */
  private static final Map<String, String> UNITS =
      Map.ofEntries(
          Map.entry("procent", "%"),
          Map.entry("proc", "%"),
          Map.entry("pe", "procentenheter"),
          Map.entry("procentenheter", "procentenheter"),
          Map.entry("procentenhet", "procentenheter"),
          Map.entry("procentandelar", "procentenheter"),
          Map.entry("promille", "‰"),
          Map.entry("kr", "kr"),
          Map.entry("kronor", "kr"),
          Map.entry("krona", "kr"),
          Map.entry("sek", "kr"),
          Map.entry("tkr", "tkr"),
          Map.entry("tsek", "tkr"),
          Map.entry("mnkr", "mnkr"),
          Map.entry("mkr", "mnkr"),
          Map.entry("msek", "mnkr"),
          Map.entry("mdkr", "mdkr"),
          Map.entry("dagar", "dagar"),
          Map.entry("dagars", "dagar"),
          Map.entry("dygns", "dagar"),
          Map.entry("veckors", "veckor"),
          Map.entry("manaders", "månader"),
          Map.entry("timmars", "timmar"),
          Map.entry("minuters", "minuter"),
          Map.entry("dag", "dagar"),
          Map.entry("dygn", "dagar"),
          Map.entry("veckor", "veckor"),
          Map.entry("vecka", "veckor"),
          Map.entry("v", "veckor"),
          Map.entry("manader", "månader"),
          Map.entry("manad", "månader"),
          Map.entry("man", "månader"),
          Map.entry("timmar", "timmar"),
          Map.entry("timme", "timmar"),
          Map.entry("tim", "timmar"),
          Map.entry("h", "timmar"),
          Map.entry("minuter", "minuter"),
          Map.entry("minut", "minuter"),
          Map.entry("min", "minuter"),
          Map.entry("ar", "år"),
          Map.entry("st", "st"),
          Map.entry("stycken", "st"),
          Map.entry("styck", "st"),
          Map.entry("antal", "st"),
          Map.entry("poang", "poäng"),
          Map.entry("p", "poäng"));

  /** Things counted, kept as their own unit ("500 besök"). */
  private static final Pattern COUNTED =
      Pattern.compile(
          "besok|patienter|personer|invanare|arenden|fall|operationer|vardtillfallen|tillfallen"
              + "|deltagare|anstallda|medarbetare|platser|avvikelser|vardskador|remisser|samtal"
              + "|utbildningar|kontakter|barn|elever|lakare|sjukskoterskor|vardplatser|dagar");

  /**
   * Reads a quantity at the cursor, or returns null and leaves the cursor where it was. A plain
   * four-digit year (1990–2100) without a unit is never read as a value: the cursor notes it as a
   * hint instead. "1.500" (thousands or decimals?) is refused the same way.
   */
  static Quantity read(Cursor c, RuleGrammar.Ctx ctx) {
    int m = c.mark();
    Token t = c.peek();
    if (t == null) {
      return null;
    }
    BigDecimal value;
    Token number = null;
    if (t.is(Token.Type.NUMBER)) {
      if (t.has(Token.DOTTED)) {
        ctx.hints().dotted(t);
        return null;
      }
      number = c.next();
      value = t.number();
    } else if (t.is(Token.Type.WORD) && NUMBER_WORDS.containsKey(t.key())) {
      c.next();
      value = BigDecimal.valueOf(NUMBER_WORDS.get(t.key()));
      if (c.accept("hundra")) {
        value = value.multiply(BigDecimal.valueOf(100));
      }
    } else {
      return null;
    }
    String unit = unit(c);
    if (unit.isEmpty() && c.accept("av")) {
      BigDecimal max = outOf(c);
      if (max == null) {
        c.reset(m);
        return null;
      }
      if (c.accept(PEOPLE) || ctx.percentMeasure() && max.compareTo(HUNDRED) != 0) {
        // "Sju av tio patienter", or "7 av 10" on a measure in %: a share.
        BigDecimal share = share(value, max);
        if (share == null) {
          c.reset(m);
          return null;
        }
        return new Quantity(share, "%", number);
      }
      unit = "av " + max.toPlainString() + (c.accept("(poang|p)") ? " poäng" : "");
    }
    if (unit.isEmpty() && number != null && number.looksLikeYear()) {
      ctx.hints().year(number);
      c.reset(m);
      return null;
    }
    int beforeRate = c.mark();
    String rate = rate(c);
    if (!rate.isEmpty() && unit.matches("%|procentenheter|‰") && !perTime(rate.strip())) {
      // "Minst 80 % per patient": a share in each, not a rate; left unread, so refused.
      c.reset(beforeRate);
      rate = "";
    }
    return new Quantity(value, unit.isEmpty() ? rate.strip() : unit + rate, number);
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Who a share is counted among: "sju av tio patienter". */
  private static final String PEOPLE =
      "(patienter|patienterna|invanare|personer|elever|eleverna|barn|barnen|medarbetare|anstallda"
          + "|brukare|kunder|besokare|deltagare|ungdomar|vuxna|aldre|foraldrar|studenter|klienter)";

  /** The maximum after "av": a plain positive number or a number word. */
  private static BigDecimal outOf(Cursor c) {
    Token t = c.peek();
    if (t != null && t.is(Token.Type.NUMBER) && !t.has(Token.SIGNED) && t.number().signum() > 0) {
      c.next();
      return t.number();
    }
    if (isNumberWord(t) && NUMBER_WORDS.get(t.key()) > 0) {
      c.next();
      return BigDecimal.valueOf(NUMBER_WORDS.get(t.key()));
    }
    return null;
  }

  /** {@code part} of {@code whole} in percent, or null when it has no exact decimal value. */
  private static BigDecimal share(BigDecimal part, BigDecimal whole) {
    if (part.compareTo(whole) > 0) {
      return null;
    }
    try {
      return part.multiply(HUNDRED).divide(whole).stripTrailingZeros();
    } catch (ArithmeticException e) {
      // "2 av 3": no exact decimal; four decimals of a percent are far finer than any outcome.
      return part.multiply(HUNDRED).divide(whole, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
  }

  /** Whether a canonical unit is something counted ("fall", "avvikelser", "st"). */
  static boolean isCounted(String unit) {
    return unit.equals("st") || COUNTED.matcher(unit).matches() && !unit.equals("dagar");
  }

  /** The unit after a number, canonical, or empty. */
  static String unit(Cursor c) {
    if (c.symbol("%")) {
      return "%";
    }
    if (c.symbol("‰")) {
      return "‰";
    }
    if (c.accept("tusen kr(onor)?")) {
      return "tkr";
    }
    if (c.accept("(miljoner|mn|milj) (kr|kronor)") || c.accept("miljoner")) {
      return "mnkr";
    }
    if (c.accept("miljarder (kr|kronor)?")) {
      return "mdkr";
    }
    Token t = c.peek();
    if (t != null && t.is(Token.Type.WORD)) {
      String unit = UNITS.get(t.key());
      if (unit != null && !t.raw().equalsIgnoreCase("män")) {
        // "mån" is months, "män" men: folding makes both "man".
        c.next();
        return unit;
      }
      if (COUNTED.matcher(t.key()).matches()) {
        c.next();
        return t.raw().toLowerCase(Messages.SWEDISH);
      }
    }
    return "";
  }

  /** A rate's count in words: "per tusen invånare". */
  private static final Map<String, Integer> RATE_BASE =
      Map.of("hundra", 100, "tusen", 1000, "tiotusen", 10_000, "hundratusen", 100_000);

  /** "per 1 000 invånare", "/1000 inv", "per tusen invånare": a rate's denominator, or empty. */
  private static String rate(Cursor c) {
    int m = c.mark();
    if (c.accept("per") || c.symbol("/")) {
      Token n = c.take(Token.Type.NUMBER);
      BigDecimal count = n == null ? null : n.number();
      Token word = c.peek();
      if (n == null && word != null && RATE_BASE.containsKey(word.key())) {
        // "per tusen invånare" = per 1 000 invånare; "per tusen" alone stays unread.
        count = BigDecimal.valueOf(RATE_BASE.get(word.key()));
        c.next();
      }
      Token w = c.peek();
      if (w != null
          && w.is(Token.Type.WORD)
          && w.key()
              .matches(
                  "invanare|inv|invanare|patienter|patient|personer|person|elev|elever|barn"
                      + "|brukare|listad|listade|vardtillfalle|vardtillfallen|besok|anstalld"
                      + "|anstallda|medarbetare|arsarbetare|plats|platser|vardplats|vardplatser"
                      + "|hushall|kund|kunder|arende|arenden|lagenhet|lagenheter"
                      + "|kvadratmeter|kvm|m2|mil|km|ar|aret|manad|manaden|vecka|veckan|dag|dygn"
                      + "|tertial|kvartal|timme|vardag|termin|lasar")) {
        c.next();
        String per = count == null ? "" : SwedishFormat.number(count) + " ";
        String noun = w.key().equals("inv") ? "invånare" : w.raw().toLowerCase(Messages.SWEDISH);
        return " per " + per + noun;
      }
    }
    c.reset(m);
    return "";
  }

  /** Whether a unit is a rate per time: "besök per månad", "% per år". */
  static boolean perTime(String unit) {
    return unit.matches(
        ".*per (ar|aret|år|året|månad|månaden|manad|vecka|veckan|dag|dygn|tertial|kvartal|timme|vardag|termin|läsår|lasar)");
  }

  /** Whether {@code key} is a number word or a unit the grammar knows. */
  static boolean knows(String key) {
    return NUMBER_WORDS.containsKey(key)
        || UNITS.containsKey(key)
        || COUNTED.matcher(key).matches();
  }

  /** Whether the cursor is at a number word, without consuming it. */
  static boolean isNumberWord(Token t) {
    return t != null && t.is(Token.Type.WORD) && NUMBER_WORDS.containsKey(t.key());
  }
}
