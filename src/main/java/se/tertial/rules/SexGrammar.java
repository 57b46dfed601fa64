package se.tertial.rules;

import se.tertial.rules.RuleGrammar.Ctx;

/**
 * Per-sex targets: "K 16,0 M 17,2", "K/M 20/22", "K: 16 / M: 17,2", "Kvinnor 85 %, män 80 %",
 * "Kvinnor och män minst 60 %", "Minst 60 % för både kvinnor och män". A unit written on one side
 * only applies to both; a bound written once before both applies to both.
 */
final class SexGrammar {
  private static final String WOMEN = "(k|kv|kvinnor|kvinna|kvinnorna|flickor|tjejer)";
  private static final String MEN = "(m|man|mannen|pojkar|killar)";
  private static final String BOTH =
      "(for)? (bade)? (kvinnor|k) (och|samt) (man|m) | (for)? bada (konen|kon) | oavsett kon";

  private SexGrammar() {}

  private record Side(Bound bound, Quantity q) {}

  /** perSex := [due] sexes [due]: "K 80 % M 75 % senast 2025", "Senast 2026: K 80 % M 75 %". */
  static TargetRule perSex(Cursor c, Ctx ctx) {
    Due lead = DueGrammar.leadDue(c);
    TargetRule rule = sexes(c, ctx);
    if (!(rule instanceof PerSex p)) {
      return rule;
    }
    Due tail = When.due(c);
    if (tail == null && !c.atEnd() && c.peek().isYear()) {
      tail = new Due(c.next().number().intValue(), 12);
    }
    if (lead != null && tail != null) {
      return null;
    }
    Due due = lead != null ? lead : tail;
    return due == null ? p : new PerSex(p.text(), p.women(), p.men(), due);
  }

  // Long on purpose: the per-sex forms ("K 16 M 17", "K/M 20/22", "kvinnor minst 60 %, män …")
  // share one cursor walk with a shared bound that may stand before or after the pair.
  private static TargetRule sexes(Cursor c, Ctx ctx) {
    Bound shared = Bounds.before(c);
    if (c.accept(BOTH)) {
      Side s = side(c, ctx);
      return s == null ? null : build(ctx, shared, s, s);
    }
    int m = c.mark();
    Boolean first = label(c);
    if (first != null && c.symbol("/")) {
      Boolean second = label(c);
      if (second == null || second.equals(first)) {
        return null;
      }
      if (shared == null) {
        shared = Bounds.before(c);
      }
      Side a = side(c, ctx);
      if (a == null) {
        return null;
      }
      if (!(c.symbol("/") || c.accept("(och|resp|respektive)"))) {
        return build(ctx, shared, a, a);
      }
      Side b = side(c, ctx);
      if (b == null) {
        return null;
      }
      return first ? build(ctx, shared, a, b) : build(ctx, shared, b, a);
    }
    c.reset(m);
    if (first != null) {
      label(c);
      Side a = side(c, ctx);
      if (a == null) {
        return null;
      }
      boolean separated = c.symbol("/") || c.accept("(och|samt|resp|respektive)") || true;
      Boolean second = label(c);
      if (!separated || second == null || second.equals(first)) {
        return null;
      }
      Side b = side(c, ctx);
      if (b == null) {
        return null;
      }
      return first ? build(ctx, shared, a, b) : build(ctx, shared, b, a);
    }
    // "60 % för kvinnor och 55 % för män", "minst 60 % för både kvinnor och män".
    Side a = side(c, ctx, shared);
    if (a == null) {
      return null;
    }
    if (c.accept(BOTH)) {
      return build(ctx, shared, a, a);
    }
    if (!c.accept("for")) {
      return null;
    }
    Boolean l1 = label(c);
    c.symbol("/");
    c.accept("(och|samt|resp|respektive)");
    Side b = side(c, ctx);
    if (l1 == null || b == null || !c.accept("for")) {
      return null;
    }
    Boolean l2 = label(c);
    if (l2 == null || l2.equals(l1)) {
      return null;
    }
    return l1 ? build(ctx, shared, a, b) : build(ctx, shared, b, a);
  }

  /** TRUE for kvinnor, FALSE for män, null when no sex label. */
  private static Boolean label(Cursor c) {
    if (c.accept(WOMEN)) {
      return Boolean.TRUE;
    }
    if (c.accept(MEN)) {
      return Boolean.FALSE;
    }
    return null;
  }

  private static Side side(Cursor c, Ctx ctx) {
    return side(c, ctx, null);
  }

  private static Side side(Cursor c, Ctx ctx, Bound given) {
    c.symbol("=");
    c.accept("(ska)? (vara|na) | (ska)? uppga till");
    Bound b = Bounds.before(c);
    Quantity q = Quantity.read(c, ctx);
    if (q == null) {
      return null;
    }
    Bound after = Bounds.after(c);
    if (b != null && after != null && b.polarity() != after.polarity()) {
      return null;
    }
    Bound bound = b != null ? b : after != null ? after : given;
    return new Side(bound, q);
  }

  private static TargetRule build(Ctx ctx, Bound shared, Side w, Side m) {
    String wu = w.q().unit();
    String mu = m.q().unit();
    if (wu.isEmpty()) {
      wu = mu;
    } else if (mu.isEmpty()) {
      mu = wu;
    } else if (!wu.equals(mu)) {
      return null;
    }
    Bound fallback = shared != null ? shared : Bound.fromPolarity(ctx.riktning());
    Bound wb = w.bound() != null ? w.bound() : fallback;
    Bound mb = m.bound() != null ? m.bound() : fallback;
    if (wb == null || mb == null) {
      return RuleRefusals.noPolarity(ctx.text());
    }
    if (wb.polarity() != mb.polarity()) {
      return null;
    }
    return new PerSex(
        ctx.text(),
        new Threshold(ctx.text(), w.q().value(), wu, wb),
        new Threshold(ctx.text(), m.q().value(), mu, mb));
  }
}
