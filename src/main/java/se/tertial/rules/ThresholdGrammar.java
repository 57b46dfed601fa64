package se.tertial.rules;

import java.math.BigDecimal;
import java.util.List;
import se.tertial.model.Messages;
import se.tertial.rules.RuleGrammar.Ctx;

/**
 * Thresholds and deadlines: a value with its limit ("Minst 80 %", "Högst 5 dagar", "Inga fall"),
 * the direction from the words, a verb, Riktning or a zero target, and a deadline before or after
 * it ({@link DueGrammar}); and "får inte förekomma", a zero target in words.
 */
final class ThresholdGrammar {
  private ThresholdGrammar() {}

  /**
   * "Trycksår får inte förekomma", "Fall av MRSA ska inte förekomma": none is the aim, a zero
   * target (högst 0, lower is better). The modal verb is read by the wrapper before it.
   */
  static TargetRule occurs(Cursor c, Ctx ctx) {
    if (!c.accept("(inte|ej|aldrig) (forekomma|forekommer|intraffa|intraffar|uppsta|uppstar)")) {
      return null;
    }
    return new Threshold(ctx.text(), BigDecimal.ZERO, "", Bound.AT_MOST);
  }

  /**
   * How a verb before a value says which way to go: "öka till" (UP), "minska till", "gå ner till"
   * (DOWN), "nå" (REACH: a level to reach, higher is better unless Riktning says otherwise), "gå
   * till", "komma till" (NEUTRAL: no way at all, so Riktning decides as if no verb stood there).
   */
  enum Reach {
    NONE,
    UP,
    DOWN,
    REACH,
    NEUTRAL,
    /** "Öka från 80 % till 70 %": the verb and the numbers go opposite ways. */
    CONTRARY
  }

  /** Verbs of going up, before "till", "mot" or "från … till". */
  private static final String UP_VERB =
      "(oka|okas|okar|hoja|hojas|stiga|stiger|forbattra|forbattras)";

  /** Verbs of going down, before "till", "mot" or "från … till". */
  private static final String DOWN_VERB =
      "(minska|minskas|minskar|sanka|sankas|reducera|reduceras|sjunka|sjunker|halvera|halveras"
          + "|korta|kortas)";

  /** Verbs of going that say no way: only "ner" after them, or the numbers, say one. */
  private static final String NEUTRAL_VERB = "(ga|gar|komma|kommer)";

  static Reach reach(Cursor c, Ctx ctx) {
    if (c.accept(UP_VERB + " " + SentenceWrapper.SUBJECT + "? (upp)? (till|mot)")) {
      return Reach.UP;
    }
    if (c.accept(
        DOWN_VERB
            + " "
            + SentenceWrapper.SUBJECT
            + "? (ner|ned)? (till|mot) | "
            + NEUTRAL_VERB
            + " "
            + SentenceWrapper.SUBJECT
            + "? (ner|ned) (till|mot) | (ner|ned) (till|mot)")) {
      return Reach.DOWN;
    }
    if (c.accept(
        "(komma|na|nas) upp (till|i|mot) | (uppga|uppgar|uppgaende) (till)? | (na|nar|nas|uppna"
            + "|uppnas|uppnar|klara|klaras)")) {
      return Reach.REACH;
    }
    if (c.accept(NEUTRAL_VERB + " " + SentenceWrapper.SUBJECT + "? (till|mot)")) {
      // "Gå till 80 %": the sick leave may be meant to go down to it as well as a share up.
      return Reach.NEUTRAL;
    }
    return movement(c, ctx);
  }

  /**
   * "Öka från 70 % till 80 %", "Andelen ska gå från 70 % till 80 %", "Minska från 10 till 5 dagar":
   * a movement from a starting value to the target, which is the level after "till"; the way is the
   * numbers' (70 → 80 is up); a verb that says the other way ("Öka från 80 till 70 %") is CONTRARY,
   * refused by the caller; units that differ leave nothing read. The starting value is the plan's,
   * not a comparison value: judging compares with the outcomes. Reads up to the target value, or
   * nothing.
   */
  private static Reach movement(Cursor c, Ctx ctx) {
    int m = c.mark();
    Reach verb =
        c.accept(UP_VERB)
            ? Reach.UP
            : c.accept(DOWN_VERB) ? Reach.DOWN : c.accept(NEUTRAL_VERB) ? Reach.NEUTRAL : null;
    Reach way = verb == null ? null : movementFrom(c, ctx, verb);
    if (way == null) {
      c.reset(m);
      return Reach.NONE;
    }
    return way;
  }

  private static Reach movementFrom(Cursor c, Ctx ctx, Reach verb) {
    c.accept(SentenceWrapper.SUBJECT);
    // A look-ahead: what it notices (a year where a value stood) is no hint for a refusal.
    Ctx plain = new Ctx(ctx.text(), ctx.riktning(), ctx.unit(), ctx.reach(), new Hints());
    if (!c.accept("fran")) {
      return null;
    }
    Quantity from = Quantity.read(c, plain);
    if (from == null || !c.accept("till")) {
      return null;
    }
    int target = c.mark();
    Bounds.before(c);
    Quantity to = Quantity.read(c, plain);
    c.reset(target);
    if (to == null
        || !from.unit().isEmpty() && !to.unit().isEmpty() && !from.unit().equals(to.unit())) {
      return null;
    }
    int cmp = to.value().compareTo(from.value());
    Reach way = cmp > 0 ? Reach.UP : cmp < 0 ? Reach.DOWN : null;
    if (way == null) {
      return null;
    }
    return verb == Reach.NEUTRAL || verb == way ? way : Reach.CONTRARY;
  }

  /**
   * threshold := [due] wrapper [reach] [bound] (quantity | zero) [bound-after] [due]. The bound
   * comes from the words, else from a directed verb ("öka till"), else a zero target ("inga fall":
   * lower is better), else Riktning, else a verb of reaching ("nå 90 %") or a share with a deadline
   * (higher is better); otherwise the text says no direction.
   */
  // Long on purpose: the bound is decided by the precedence the comment above gives, in that order.
  static TargetRule threshold(Cursor c, Ctx ctx) {
    Due lead = DueGrammar.leadDue(c);
    SentenceWrapper.wrapper(c);
    Reach reach = reach(c, ctx);
    if (reach == Reach.CONTRARY) {
      // Read the target and its deadline, so that the refusal is of the whole text.
      Bounds.before(c);
      Quantity to = Quantity.read(c, ctx);
      if (to == null || DueGrammar.tailDue(c, to) == null && !c.atEnd()) {
        return null;
      }
      return RuleRefusals.ambiguous(
          ctx.text(), List.of(), RuleMessages.get("refuse.movementAgainstVerb"));
    }
    if (reach == Reach.NONE) {
      // "Bibehålla minst 90 %", "Behålla 90 %": keeping a level is that level (Riktning, or a
      // limit word, says which side); "Behålla" alone is a keep rule, read elsewhere.
      c.accept("(bibehalla|behalla|bibehallas|behallas) (pa)? | ligga kvar (pa)?");
    }
    Bound bound = Bounds.before(c);
    if (bound == null && c.sees("(inte|ej|aldrig)? (vara|bli|ligga)? (samre|battre) an")) {
      // "Ska inte vara sämre än −1,5 mnkr", "Bättre än 85 %": which way is better only
      // Riktning can say; "inte sämre" includes the value, "bättre" does not.
      boolean not = c.accept("(inte|ej|aldrig) (vara|bli|ligga)? samre an");
      if (!not) {
        c.accept("(vara|bli|ligga)? battre an");
      }
      Bound better = Bound.fromPolarity(ctx.riktning());
      Token value = c.peek();
      if (value == null || value.isYear() || !value.is(Token.Type.NUMBER)) {
        return null;
      }
      if (better == null) {
        // Read the value first, so that the refusal is of the whole text.
        Quantity q = Quantity.read(c, ctx);
        return q == null || DueGrammar.tailDue(c, q) == null && !c.atEnd()
            ? null
            : RuleRefusals.noPolarityBetter(ctx.text());
      }
      bound = not ? better : better.strict();
    }
    if (bound != null) {
      // A modal verb's infinitive after the limit: "Antalet får högst vara 5".
      c.accept("(vara|ligga) (pa)? | uppga till");
    }
    Quantity q;
    boolean zero = false;
    if (c.accept("(inga|ingen|inget|nollvision|nolltolerans)")) {
      q = new Quantity(BigDecimal.ZERO, "", null);
      zero = true;
      c.accept(ZERO_COUNTED);
      // "Inga överbeläggningar ska förekomma": the verb says nothing more than "inga".
      c.accept("(ska|skall|far|bor|maste)? (forekomma|intraffa|uppsta)");
    } else {
      Token first = c.peek();
      q = Quantity.read(c, ctx);
      if (q == null) {
        return null;
      }
      // "noll", or 0 of something counted ("0 avvikelser"): none is the aim, lower is better.
      zero = first.isWord("noll") || q.value().signum() == 0 && Quantity.isCounted(q.unit());
    }
    boolean scale = Scale.after(c, q);
    if (Quantity.isCounted(q.unit()) && c.accept(PER_TIME)) {
      // "Högst 3 fall per månad": the measure is that rate. Only on a limit of counted things;
      // "Ökning med 2 procentenheter per år" is a pace of change and stays refused.
      String per = c.tokens().get(c.mark() - 1).raw().toLowerCase(Messages.SWEDISH);
      q = new Quantity(q.value(), q.unit() + " per " + per, q.number());
    }
    Bound after = Bounds.after(c);
    if (bound != null && after != null && bound.polarity() != after.polarity()) {
      return null;
    }
    if (after == null && c.accept("(eller|och) battre")) {
      // "−2 % eller bättre": which way is better only Riktning (or a limit word) can say.
      Bound better = Bound.fromPolarity(ctx.riktning());
      if (bound != null && better != null && bound.polarity() != better.polarity()) {
        return null;
      }
      after = bound != null ? bound : better;
      if (after == null) {
        return RuleRefusals.noPolarity(ctx.text());
      }
    }
    Due tail = DueGrammar.tailDue(c, q);
    if (tail == null && lead == null) {
      tail = DueGrammar.dueAfterSubject(c);
    }
    if (lead != null && tail != null) {
      return null;
    }
    Due due = lead != null ? lead : tail;
    Bound b = bound != null ? bound : after;
    if (b == null) {
      boolean shareByTime =
          q.unit().equals("%") && (due != null || TimeDefinition.hasWithin(c.tokens(), c.mark()));
      b = defaultBound(reach, zero, ctx, shareByTime || scale);
    }
    if (b == null) {
      return RuleRefusals.noPolarity(ctx.text());
    }
    Threshold t = new Threshold(ctx.text(), q.value(), q.unit(), b);
    return due == null ? t : new Deadline(ctx.text(), t, due.year(), due.month());
  }

  /** A time a counted limit is per: "per år", "per månad". */
  private static final String PER_TIME = "per (ar|manad|vecka|dag|dygn|tertial|kvartal)";

  /** Counted things after a zero word: "inga fall", "noll vårdskador". */
  static final String ZERO_COUNTED =
      "(fall|avvikelser|handelser|vardskador|skador|patienter|personer|overbelaggningar"
          + "|utskrivningsklara|klagomal|anmalningar|fel|brister|olyckor|tillbud|incidenter"
          + "|dodsfall|trycksar|fallskador|vardrelaterade|infektioner|ej|overbelaggning)"
          + " (vardrelaterade)? (infektioner)?";

  private static Bound defaultBound(Reach reach, boolean zero, Ctx ctx, boolean shareByDate) {
    if (reach == Reach.UP) {
      return Bound.AT_LEAST;
    }
    if (reach == Reach.DOWN || zero) {
      return Bound.AT_MOST;
    }
    Bound fromRiktning = Bound.fromPolarity(ctx.riktning());
    if (fromRiktning != null) {
      return fromRiktning;
    }
    if (reach == Reach.REACH || ctx.reach() || shareByDate) {
      return Bound.AT_LEAST;
    }
    return null;
  }
}
