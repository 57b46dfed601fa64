package se.tertial.rules;

import java.math.BigDecimal;
import java.util.List;
import se.tertial.model.Polarity;
import se.tertial.rules.RuleGrammar.Ctx;

/**
 * Intervals: "70–90 %", "Mellan 70 och 90 %", "mellan 70 % och 90 %", "Inom intervallet 95–105 %",
 * "Minst 70 %, högst 90 %". Both ends are included; a unit written on one end applies to both; the
 * lower end must come first. A bare pair of years ("2020–2025") is never an interval of values.
 * "Från 3 till 5 dagar" could be an interval or a movement and is refused as two readings.
 */
final class RangeGrammar {
  private RangeGrammar() {}

  /**
   * range := [mellan | inom [intervallet]] q (och | – ) q | minst q [och] högst q; "från q till q"
   * is refused as two readings.
   */
  static TargetRule range(Cursor c, Ctx ctx) {
    Due lead = When.due(c);
    TargetRule read = interval(c, ctx);
    if (!(read instanceof Range r)) {
      return read;
    }
    // "Mellan 70 och 80 % senast 2027", "70–80 % år 2026": when the interval applies.
    Due tail = When.due(c);
    if (lead != null && tail != null) {
      return null;
    }
    Due due = lead != null ? lead : tail;
    return due == null ? r : r.by(due);
  }

  private static TargetRule interval(Cursor c, Ctx ctx) {
    Bound first = Bounds.before(c);
    if (first != null) {
      return limits(c, ctx, first);
    }
    boolean between = c.accept("mellan");
    boolean from = !between && c.accept("fran");
    if (!between && !from) {
      c.accept("(inom|i) (intervallet)? | intervallet");
    }
    Quantity low = Quantity.read(c, ctx);
    if (low == null) {
      return null;
    }
    boolean joined = c.symbol("-") || between && c.accept("och") || from && c.accept("till");
    if (!joined) {
      return null;
    }
    Quantity high = Quantity.read(c, ctx);
    if (high == null) {
      return null;
    }
    if (from) {
      // "Från 70 % till 80 %" is as often a movement (from today's 70 % up to 80 %) as an
      // interval, and the two judge 85 % oppositely; with a verb ("Öka från …") the threshold
      // grammar reads the movement.
      String unit = low.unit().isEmpty() ? high.unit() : low.unit();
      String a = Phrases.value(low.value(), unit);
      String b = Phrases.value(high.value(), high.unit().isEmpty() ? unit : high.unit());
      boolean down = high.value().compareTo(low.value()) < 0;
      String example = RuleMessages.get(down ? "refuse.fromTo.down" : "refuse.fromTo.up", a, b);
      return RuleRefusals.ambiguous(
          ctx.text(),
          List.of(),
          RuleMessages.get("refuse.fromTo", a, b, down ? b : a, down ? a : b, example));
    }
    if (between && high.value().compareTo(low.value()) < 0) {
      // "Mellan 90 och 70 %" names the same interval; only a dash or limits need the order.
      return build(ctx, high, low);
    }
    return build(ctx, low, high);
  }

  /**
   * plus-minus := [högst | max | inom] (± | +/-) quantity: "Budgetavvikelse högst ±1 %", "inom +/-
   * 2 mnkr" is the interval from −v to v (a deviation either way). A lower limit ("minst ±1 %")
   * says nothing and is not read.
   */
  static TargetRule plusMinus(Cursor c, Ctx ctx) {
    Bound bound = Bounds.before(c);
    if (bound == null) {
      c.accept("(inom|i)");
    } else if (bound != Bound.AT_MOST) {
      return null;
    }
    boolean minusWritten;
    if (c.symbol("±")) {
      minusWritten = true;
    } else if (c.symbol("+") && c.symbol("/")) {
      minusWritten = c.symbol("-");
    } else {
      return null;
    }
    Token number = c.peek();
    Quantity q = Quantity.read(c, ctx);
    if (q == null || q.value().signum() == 0) {
      return null;
    }
    // "+/-2 %": the minus sign is glued to the number; "±-2" is no interval.
    boolean signed = number != null && number.has(Token.SIGNED);
    if (minusWritten == signed || q.value().signum() < 0 != signed) {
      return null;
    }
    BigDecimal size = q.value().abs();
    return new Range(ctx.text(), size.negate(), size, q.unit());
  }

  /**
   * around := quantity (± | +/-) quantity: "30 dagar ± 5", "75 % ± 5 procentenheter", "100 mnkr ± 5
   * %" is the interval from the value less the margin to the value plus it. A margin in % on a
   * value in % could be procentenheter or percent of the value and is refused with both.
   */
  static TargetRule around(Cursor c, Ctx ctx) {
    Quantity centre = Quantity.read(c, ctx);
    if (centre == null || !(c.symbol("±") || c.symbol("+") && c.symbol("/") && c.symbol("-"))) {
      return null;
    }
    Token number = c.peek();
    Quantity margin = Quantity.read(c, ctx);
    if (margin == null || margin.value().signum() <= 0 || number.has(Token.SIGNED)) {
      return null;
    }
    String unit = centre.unit();
    if (unit.isEmpty()) {
      // "0 ± 2 mnkr": a unit written on the margin is the value's too.
      unit = ctx.percentMeasure() ? "%" : margin.unit().equals("%") ? "" : margin.unit();
    }
    BigDecimal size;
    if (unit.equals("%")) {
      if (!margin.unit().equals("procentenheter")) {
        return RuleRefusals.ambiguous(
            ctx.text(),
            List.of(),
            RuleMessages.get(
                "refuse.aroundPercent",
                Phrases.value(margin.value(), margin.unit().isEmpty() ? "%" : margin.unit()),
                Phrases.value(centre.value(), "%")));
      }
      size = margin.value();
    } else if (margin.unit().equals("%")) {
      size = centre.value().abs().multiply(margin.value()).movePointLeft(2).stripTrailingZeros();
      size = size.scale() < 0 ? size.setScale(0) : size;
    } else if (margin.unit().isEmpty() || margin.unit().equals(unit)) {
      size = margin.value();
    } else {
      return null;
    }
    return new Range(ctx.text(), centre.value().subtract(size), centre.value().add(size), unit);
  }

  /**
   * "Minst 70 %, högst 90 %", "Lägst 3 och högst 5 dagar", "Högst 90 % och minst 70 %", and with
   * ends not included "Över 70 men under 80 %", "Mer än 70 och mindre än 80 %".
   */
  private static TargetRule limits(Cursor c, Ctx ctx, Bound first) {
    Quantity a = Quantity.read(c, ctx);
    if (a == null) {
      return null;
    }
    c.accept("(och|men)");
    Bound second = Bounds.before(c);
    if (second == null || second.polarity() == first.polarity()) {
      return null;
    }
    Quantity b = Quantity.read(c, ctx);
    if (b == null) {
      return null;
    }
    boolean lowFirst = first.polarity() == Polarity.HIGHER_IS_BETTER;
    Bound lowBound = lowFirst ? first : second;
    Bound highBound = lowFirst ? second : first;
    TargetRule read = lowFirst ? build(ctx, a, b) : build(ctx, b, a);
    if (!(read instanceof Range r)) {
      return read;
    }
    return new Range(
        r.text(), r.low(), r.high(), r.unit(), null, lowBound.inclusive(), highBound.inclusive());
  }

  private static TargetRule build(Ctx ctx, Quantity low, Quantity high) {
    String lu = low.unit();
    String hu = high.unit();
    if (lu.isEmpty()) {
      lu = hu;
    } else if (!hu.isEmpty() && !hu.equals(lu)) {
      return null;
    }
    if (low.value().compareTo(high.value()) >= 0) {
      String a = Phrases.value(low.value(), lu);
      String b = Phrases.value(high.value(), lu);
      return RuleRefusals.ambiguous(
          ctx.text(), List.of(), RuleMessages.get("refuse.rangeOrder", a, b));
    }
    return new Range(ctx.text(), low.value(), high.value(), lu);
  }
}
