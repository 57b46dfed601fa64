package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The typed rule on one line, stable and language-neutral: {@code threshold at_least 85 %}, {@code
 * deadline at_least 80 % by 2025-08}, {@code change decrease 50 % relative at_most base 2020},
 * {@code not_assessable ambiguous "2019"}. Printed by {@code tertial rule} and used by the golden
 * corpus.
 */
public final class RuleFormat {
  private RuleFormat() {}

  /** The typed rule on one line. */
  public static String typed(TargetRule rule) {
    if (rule instanceof Threshold t) {
      return "threshold " + threshold(t);
    }
    if (rule instanceof Deadline d) {
      return "deadline " + threshold(d.threshold()) + " by " + d.due().code();
    }
    if (rule instanceof PerSex p) {
      return "per_sex K " + threshold(p.women()) + " | M " + threshold(p.men()) + due(p.due());
    }
    if (rule instanceof Range r) {
      String ends =
          r.closed()
              ? value(r.low(), "") + ".." + value(r.high(), r.unit())
              : r.lowBound().code()
                  + " "
                  + value(r.low(), "")
                  + " "
                  + r.highBound().code()
                  + " "
                  + value(r.high(), r.unit());
      return "range " + ends + due(r.due());
    }
    if (rule instanceof ReferenceOffset o) {
      return "reference_offset "
          + o.reference().replace(' ', '_')
          + " "
          + o.bound().code()
          + " "
          + (o.delta().signum() >= 0 ? "+" : "")
          + value(o.delta(), o.unit());
    }
    if (rule instanceof Direction d) {
      return (d.keep() ? "keep " : "direction ")
          + d.better().code().replace("_is_better", "")
          + " base "
          + d.base().code()
          + due(d.due());
    }
    if (rule instanceof Change ch) {
      return "change "
          + (ch.increase() ? "increase " : "decrease ")
          + value(ch.amount(), ch.unit())
          + (ch.relative() ? " relative " : " absolute ")
          + ch.bound().code()
          + " base "
          + ch.base().code()
          + due(ch.due());
    }
    if (rule instanceof Reference r) {
      return "reference "
          + r.kind().name().toLowerCase(Locale.ROOT)
          + " "
          + r.reference().replace(' ', '_')
          + " "
          + r.better().code().replace("_is_better", "");
    }
    if (rule instanceof Rank r) {
      return "rank top "
          + r.top()
          + (r.share() ? " %" : "")
          + " "
          + r.reference().replace(' ', '_');
    }
    if (rule instanceof Balance b) {
      return "balance " + b.bound().code() + (b.budget() ? " budget" : " result");
    }
    if (rule instanceof Gap g) {
      return "gap " + typed(g.onGap());
    }
    if (rule instanceof PerYear p) {
      return "per_year "
          + p.years().entrySet().stream()
              .map(e -> e.getKey() + ": " + typed(e.getValue()))
              .collect(Collectors.joining(" | "));
    }
    if (rule instanceof AppliesFrom f) {
      return "from " + f.year() + " " + typed(f.rule());
    }
    NotAssessable n = (NotAssessable) rule;
    String words = n.words().stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(" "));
    return ("not_assessable " + n.refusal().code() + " " + words).strip();
  }

  private static String threshold(Threshold t) {
    return t.bound().code() + " " + value(t.value(), t.unit());
  }

  private static String value(BigDecimal v, String unit) {
    BigDecimal s = v.stripTrailingZeros();
    String plain = (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    return unit.isEmpty() ? plain : plain + " " + unit;
  }

  private static String due(Due due) {
    return due == null ? "" : " by " + due.code();
  }
}
