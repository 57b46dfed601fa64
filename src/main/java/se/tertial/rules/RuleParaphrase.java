package se.tertial.rules;

import java.util.Locale;
import java.util.stream.Collectors;
import se.tertial.model.Polarity;

/**
 * The canonical Swedish reading of a rule: "minst 85 % (högre är bättre)", "lägre än samma period
 * 2019", "minska med minst 50 % jämfört med samma period 2020 (lägre är bättre)". Shown by {@code
 * tertial rule}, in docs/target-rules.md and in reasons.
 */
public final class RuleParaphrase {
  private RuleParaphrase() {}

  /** The reading in Swedish; for a refusal, its reason. */
  public static String of(TargetRule rule) {
    if (rule instanceof Threshold t) {
      return threshold(t) + polarity(t.bound().polarity());
    }
    if (rule instanceof Deadline d) {
      return threshold(d.threshold())
          + " "
          + d.due().label()
          + polarity(d.threshold().bound().polarity());
    }
    if (rule instanceof PerSex p) {
      String text =
          p.sameForBoth()
              ? RuleMessages.get("para.bothSexes", threshold(p.women()))
              : RuleMessages.get("para.perSex", threshold(p.women()), threshold(p.men()));
      String due = p.due() == null ? "" : " " + p.due().label();
      return text + due + polarity(p.impliedPolarity());
    }
    if (rule instanceof Range r) {
      String low = Phrases.value(r.low(), r.unit());
      String high = Phrases.value(r.high(), r.unit());
      String range =
          r.closed()
              ? RuleMessages.get("para.range", low, high)
              : RuleMessages.get(
                  "para.rangeOpen",
                  RuleMessages.get("bound." + r.lowBound().code(), low),
                  RuleMessages.get("bound." + r.highBound().code(), high));
      return r.due() == null ? range : range + " " + r.due().label();
    }
    if (rule instanceof ReferenceOffset o) {
      return offset(o) + polarity(o.bound().polarity());
    }
    if (rule instanceof Direction d) {
      return direction(d);
    }
    if (rule instanceof Change c) {
      return change(c);
    }
    if (rule instanceof Reference r) {
      String key = "para.reference." + r.kind().name().toLowerCase(Locale.ROOT);
      return RuleMessages.get(key, r.reference()) + polarity(r.better());
    }
    if (rule instanceof Rank r) {
      return r.share()
          ? RuleMessages.get("para.rankShare", r.top(), r.reference())
          : RuleMessages.get("para.rank", r.top(), r.reference());
    }
    if (rule instanceof Balance b) {
      String key = "para.balance." + (b.budget() ? "budget" : "result") + "." + b.bound().code();
      return RuleMessages.get(key);
    }
    if (rule instanceof Gap g) {
      // Without "(lägre är bättre)": that is the gap's direction, not the measure's Riktning.
      String onGap = of(g.onGap());
      String suffix = polarity(g.onGap().impliedPolarity());
      if (onGap.endsWith(suffix)) {
        onGap = onGap.substring(0, onGap.length() - suffix.length());
      }
      return RuleMessages.get("para.gap", onGap);
    }
    if (rule instanceof PerYear p) {
      return p.years().entrySet().stream()
          .map(e -> RuleMessages.get("para.perYear", String.valueOf(e.getKey()), of(e.getValue())))
          .collect(Collectors.joining("; "));
    }
    if (rule instanceof AppliesFrom f) {
      String level = of(f.rule());
      String suffix = polarity(f.rule().impliedPolarity());
      if (!suffix.isEmpty() && level.endsWith(suffix)) {
        level = level.substring(0, level.length() - suffix.length());
      }
      return RuleMessages.get("para.appliesFrom", level, String.valueOf(f.year())) + suffix;
    }
    return ((NotAssessable) rule).reason();
  }

  private static String direction(Direction d) {
    String base = d.base().label();
    String due = d.due() == null ? "" : " " + d.due().label();
    if (d.keep()) {
      return (d.better() == Polarity.UNSPECIFIED
              ? RuleMessages.get("para.keepUnchanged", base)
              : RuleMessages.get("para.keep", base))
          + due
          + polarity(d.better());
    }
    String key = d.better() == Polarity.HIGHER_IS_BETTER ? "para.higherThan" : "para.lowerThan";
    return RuleMessages.get(key, base) + due;
  }

  private static String change(Change c) {
    boolean strict = !c.bound().inclusive();
    boolean atLeastTheAmount = c.increase() == (c.bound().polarity() == Polarity.HIGHER_IS_BETTER);
    String how =
        strict
            ? RuleMessages.get("para.moreThan")
            : atLeastTheAmount ? RuleMessages.get("para.atLeast") : RuleMessages.get("para.atMost");
    String amount = Phrases.value(c.amount(), c.unit());
    String verb = RuleMessages.get(c.increase() ? "para.increase" : "para.decrease");
    String due = c.due() == null ? "" : " " + c.due().label();
    return RuleMessages.get("para.change", verb, how, amount, c.base().label())
        + due
        + polarity(c.better());
  }

  /** "minst 2 procentenheter över riket", "högst 10 % över riket", "minst 5 % under riket". */
  static String offset(ReferenceOffset o) {
    boolean up = o.delta().signum() >= 0;
    boolean atLeastTheDistance = up == (o.bound().polarity() == Polarity.HIGHER_IS_BETTER);
    String how =
        o.bound().inclusive()
            ? RuleMessages.get(atLeastTheDistance ? "para.atLeast" : "para.atMost")
            : RuleMessages.get(atLeastTheDistance ? "para.moreThan" : "para.lessThan");
    return RuleMessages.get(
        up ? "para.offset.above" : "para.offset.below",
        how,
        Phrases.value(o.delta().abs(), o.unit()),
        o.reference());
  }

  /** "minst 85 %", "under 6,5 %". */
  static String threshold(Threshold t) {
    return RuleMessages.get("bound." + t.bound().code(), Phrases.value(t.value(), t.unit()));
  }

  private static String polarity(Polarity p) {
    return p == Polarity.UNSPECIFIED ? "" : " (" + Phrases.polarity(p) + ")";
  }
}
