package se.tertial.rules;

import java.math.BigDecimal;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Period;

/**
 * The time words of the grammar: deadlines ({@link Due}: "senast juni 2025", "vid årets slut",
 * "senast T2 2025", "under 2025") and comparison bases ({@link Base}: "jämfört med 2019",
 * "föregående år", "samma period 2019", "2019-T1"). Each method reads at the cursor or returns null
 * and leaves the cursor where it was.
 */
final class When {
  private static final String[] MONTHS = {
    "jan(uari)?",
    "feb(ruari)?",
    "mar(s)?",
    "apr(il)?",
    "maj",
    "jun(i)?",
    "jul(i)?",
    "aug(usti)?",
    "sep(t|tember)?",
    "okt(ober)?",
    "nov(ember)?",
    "dec(ember)?"
  };

  /** Words that lead a comparison base. */
  static final String BASE_LEAD = "(jamfort|jamfor|jmf|jfr|jamforelse|jamfort) (med|mot)?";

  private When() {}

  /** A deadline with its leading word ("senast …", "vid årets slut", "i dec", "under 2025"). */
  static Due due(Cursor c) {
    int m = c.mark();
    Due d = dueAfterLead(c);
    if (d == null) {
      c.reset(m);
    }
    return d;
  }

  private static Due dueAfterLead(Cursor c) {
    if (c.accept("(senast|sista) (i|vid|till|under|per|den|innan|fore)?")) {
      if (c.accept("(fore|innan)")) {
        return before(c);
      }
      return when(c);
    }
    if (c.accept("till och med | tom")) {
      return when(c);
    }
    if (c.accept("(innan|fore) (utgangen|slutet) av | (innan|fore)")) {
      if (c.accept("arets slut | (arsskiftet|aret)")) {
        return new Due(null, 12);
      }
      return before(c);
    }
    if (c.accept("(i|vid|till) (utgangen|slutet) av") || c.accept("(utgangen|slutet) av")) {
      return when(c);
    }
    if (c.accept("(vid|per|till|inom)")) {
      return when(c);
    }
    if (c.accept("under")) {
      if (c.accept("(innevarande|hela)? aret")) {
        return new Due(null, 12);
      }
      Token y = c.peek();
      if (c.accept("ar") || (y != null && y.isYear())) {
        return year(c);
      }
      return null;
    }
    if (c.accept("i")) {
      if (c.accept("ar")) {
        return new Due(null, 12);
      }
      Due d = month(c);
      return d != null ? d : tertial(c);
    }
    if (c.accept("ar")) {
      return year(c);
    }
    return null;
  }

  /** "före 2026" = by the end of 2025; "före juni" = by the end of May. */
  private static Due before(Cursor c) {
    Due d = when(c);
    if (d == null || d.month() == 12 && d.year() == null) {
      return d;
    }
    if (d.month() == 12 && c.tokens().get(c.mark() - 1).isYear()) {
      return new Due(d.year() - 1, 12);
    }
    if (d.month() == 1) {
      return d.year() == null ? null : new Due(d.year() - 1, 12);
    }
    return new Due(d.year(), d.month() - 1);
  }

  /** The time after a deadline's leading word. */
  static Due when(Cursor c) {
    if (c.accept("(slutet|utgangen) av")) {
      return when(c);
    }
    if (c.accept(
        "arets slut | (utgangen|slutet) av aret | (arsskiftet|aret|helaret|helar|arsbokslutet|bokslutet)")) {
      Token y = c.peek();
      return y != null && y.isYear() ? year(c) : new Due(null, 12);
    }
    Token t = c.peek();
    if (t == null) {
      return null;
    }
    if (t.is(Token.Type.DATE) || t.is(Token.Type.PERIOD)) {
      c.next();
      return new Due(t.number().intValue(), t.month());
    }
    if (c.accept("ar")) {
      return year(c);
    }
    if (t.isYear()) {
      return year(c);
    }
    if (isDay(t)) {
      // "31 december 2027", "30 juni": the day names the month it falls in, as a date does.
      int m = c.mark();
      c.next();
      Due d = month(c);
      if (d != null) {
        return d;
      }
      c.reset(m);
      return null;
    }
    Due d = month(c);
    return d != null ? d : tertial(c);
  }

  /** A day of the month written as a number before the month's name. */
  private static boolean isDay(Token t) {
    if (!t.is(Token.Type.NUMBER) || t.number() == null || t.number().scale() > 0) {
      return false;
    }
    int day = t.number().intValue();
    return day >= 1 && day <= 31 && t.number().compareTo(BigDecimal.valueOf(day)) == 0;
  }

  private static Due year(Cursor c) {
    Token y = c.peek();
    if (y == null || !y.isYear()) {
      return null;
    }
    c.next();
    return new Due(y.number().intValue(), 12);
  }

  private static Due month(Cursor c) {
    for (int i = 0; i < MONTHS.length; i++) {
      if (c.accept(MONTHS[i])) {
        Token y = c.peek();
        return new Due(y != null && y.isYear() ? c.next().number().intValue() : null, i + 1);
      }
    }
    return null;
  }

  /** "T2 2025", "T2". */
  static Due tertial(Cursor c) {
    Token t = c.take(Token.Type.TERTIAL);
    if (t == null) {
      return null;
    }
    Token y = c.peek();
    return new Due(y != null && y.isYear() ? c.next().number().intValue() : null, t.month());
  }

  /** A base with its leading words ("jämfört med 2019", "mot föregående år", "från 2019-T1"). */
  static Base leadAndBase(Cursor c) {
    int m = c.mark();
    if (c.accept(BASE_LEAD)
        || c.accept("i jamforelse med | i forhallande till | (relativt|gentemot|mot|fran|sedan)")) {
      Base b = base(c);
      if (b != null) {
        return b;
      }
    }
    c.reset(m);
    return null;
  }

  /** A comparison base without its leading word. */
  static Base base(Cursor c) {
    int m = c.mark();
    Base b = baseInner(c);
    if (b == null) {
      c.reset(m);
    }
    return b;
  }

  private static Base baseInner(Cursor c) {
    if (c.accept(
        "(foregaende|forra|fg|senaste) (rapporterade)? (tertial|tertialet|period|perioden|matning|matningen"
            + "|matperiod|matperioden|kvartal|kvartalet|manad|manaden|rapport|rapporteringen"
            + "|uppfoljning|uppfoljningen|delar|delaret|delarsrapport)")) {
      return Base.previousPeriod();
    }
    if (c.accept("(foregaende|fg|forra|fjolarets|fjolaret) ars? (niva|varde|utfall|resultat)")
        || c.accept(
            "fjolarets (niva|varde|utfall|resultat) | (forra|foregaende) (arets|ars) (niva|varde|utfall|resultat)")
        || c.accept("(foregaende|fg|forra|fjolaret|fjol) (ar|aret)?")
        || c.accept("(i)? fjol")
        || c.accept("aret (innan|fore)")) {
      return Base.sameLastYear();
    }
    if (c.accept(
        "(samma|motsvarande) (period|perioden|tertial|tertialet|kvartal|manad|tid|tidpunkt)")) {
      if (c.accept("(foregaende|forra|fg) (ar|aret)")
          || c.accept("aret innan | i fjol | fjolaret")) {
        return Base.sameLastYear();
      }
      c.accept("(ar|aret|under|i)");
      Token y = c.peek();
      if (y != null && y.isYear()) {
        return Base.ofYear(c.next().number().intValue());
      }
      return Base.sameLastYear();
    }
    c.accept("(nivan|utfallet|vardet|resultatet|niva) (for|fran|ar|i|under)?");
    c.accept("(ar|aret|basaret|basar)");
    Token t = c.peek();
    if (t == null) {
      return null;
    }
    if (t.is(Token.Type.PERIOD)) {
      c.next();
      return period(t.raw());
    }
    if (t.is(Token.Type.TERTIAL)) {
      Token y = c.peek(1);
      if (y != null && y.isYear()) {
        c.next();
        c.next();
        return period(t.raw() + " " + y.raw());
      }
      return null;
    }
    if (t.isYear()) {
      c.next();
      c.accept(
          "ars (niva|varde|utfall|resultat|antal|andel|kostnad|kostnader|siffra|siffror|matning)");
      return Base.ofYear(t.number().intValue());
    }
    return null;
  }

  private static Base period(String text) {
    try {
      return Base.of(Period.parse(text));
    } catch (InvalidValueException e) {
      return null;
    }
  }
}
