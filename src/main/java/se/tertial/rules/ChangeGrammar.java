package se.tertial.rules;

import java.math.BigDecimal;
import java.util.List;
import se.tertial.model.Polarity;
import se.tertial.rules.RuleGrammar.Ctx;

/**
 * The change family: "Öka", "Minska med 10 % jämfört med 2019", "Öka med 2 procentenheter",
 * "Halvera till 2025", "5 % lägre än föregående år", "Minst 5 % högre än 2024". Keeping a level and
 * a bare comparative against a base ("Oförändrat eller bättre", "Fler än 2019") are {@link
 * DirectionGrammar}'s. A four-digit year after a comparative is always a base year.
 */
final class ChangeGrammar {
  private static final String INCREASE =
      "(oka|okar|okas|okat|okad|okade|okande|okning|okningen|hoja|hojas|hojt|hojd|hojning"
          + "|stiga|stiger|utoka|utokas|utokat|fler|mer|hogre|storre)";
  private static final String DECREASE =
      "(minska|minskar|minskas|minskat|minskad|minskade|minskande|minskning|minskningen|sanka"
          + "|sankas|sankt|sankning|reducera|reduceras|reducerat|reducerad|reduktion|farre"
          + "|mindre|lagre|korta|kortas|kortare|forkorta|forkortas|sjunka|sjunker)";
  private static final String IMPROVE =
      "(forbattra|forbattras|forbattrat|forbattrad|forbattrade|forbattring|forbattringen"
          + "|battre)";

  /** The comparatives among the verbs, after which "än" leads the base. */
  private static final String COMPARATIVE = "fler|mer|hogre|storre|farre|mindre|lagre|kortare";

  private static final String HALVE = "(halvera|halveras|halverat|halverad|halvering)";
  private static final String DOUBLE = "(fordubbla|fordubblas|fordubblat|fordubblad|fordubbling)";

  private ChangeGrammar() {}

  /**
   * change := [due] [en] verb [object] [amount] [base] [due] | … ; amount := [med] [bound]
   * quantity. Without an amount it is a {@link Direction}.
   */
  // Long on purpose: it follows the production above word by word (lead deadline, verb, amount,
  // base, trailing deadline), and each step reads the cursor the previous one left.
  static TargetRule change(Cursor c, Ctx ctx) {
    Due lead = DueGrammar.leadDue(c);
    SentenceWrapper.wrapper(c);
    int beforeBound = c.mark();
    // "Minst 5 % högre än 2024", "Högst 5 % fler än i fjol": a limit on the amount before it.
    Bound earlyBound = Bounds.before(c);
    Token before = c.peek();
    Quantity early = null;
    if (before != null
        && (before.is(Token.Type.NUMBER)
            || Quantity.isNumberWord(before) && !before.key().matches("en|ett"))) {
      early = Quantity.read(c, ctx); // "5 % ökning", "10 procent lägre"
      if (early == null) {
        return null;
      }
    } else if (earlyBound != null) {
      c.reset(beforeBound);
      earlyBound = null;
    }
    c.accept("(en|ett)");
    Polarity dir;
    BigDecimal fixed = null;
    int verbAt = c.mark();
    if (c.accept(INCREASE)) {
      dir = Polarity.HIGHER_IS_BETTER;
    } else if (c.accept(DECREASE)) {
      dir = Polarity.LOWER_IS_BETTER;
    } else if (c.accept(IMPROVE)) {
      dir = ctx.riktning();
    } else if (c.accept(HALVE)) {
      dir = Polarity.LOWER_IS_BETTER;
      fixed = BigDecimal.valueOf(50);
    } else if (c.accept(DOUBLE)) {
      dir = Polarity.HIGHER_IS_BETTER;
      fixed = BigDecimal.valueOf(100);
    } else {
      return null;
    }
    if (early == null && fixed == null && dir != Polarity.UNSPECIFIED) {
      boolean paused = c.tokens().get(verbAt).has(Token.PAUSE);
      TargetRule level = directionAndLevel(c, ctx, dir, paused, lead);
      if (level != null) {
        return level;
      }
    }
    if (earlyBound != null && !c.tokens().get(verbAt).key().matches(COMPARATIVE)) {
      // "Minst 5 % ökning" is a level of the change, read as "öka med minst 5 %" only after
      // a comparative with its base: "minst 5 % högre än 2024".
      return null;
    }
    c.accept(SentenceWrapper.SUBJECT + " | (varde|vardet|niva|nivan|resultat|resultatet)");
    objectBeforeAmount(c);
    Base base = When.leadAndBase(c);
    if (base == null && early != null && c.tokens().get(verbAt).key().matches(COMPARATIVE)) {
      // "5 % lägre än föregående år", "10 procent fler än 2019": the amount of a change from a
      // base; "5 % lägre än riket" is no base and is left to the reference offset.
      if (c.accept("an")) {
        base = When.base(c);
        if (base == null) {
          return null;
        }
      }
    }
    Bound amountBound = earlyBound;
    Quantity amount = early;
    if (amount == null && fixed == null) {
      int m = c.mark();
      c.accept("(med|pa)");
      amountBound = Bounds.before(c);
      amount = Quantity.read(c, ctx);
      if (amount == null) {
        c.reset(m);
        amountBound = null;
      }
    }
    if (base == null) {
      base = When.leadAndBase(c);
    }
    Due tail = When.due(c);
    if (lead != null && tail != null) {
      return null;
    }
    Due due = lead != null ? lead : tail;
    if (base == null && due != null) {
      base = When.leadAndBase(c);
    }
    if (dir == Polarity.UNSPECIFIED) {
      return RuleRefusals.noPolarityBetter(ctx.text());
    }
    boolean up = dir == Polarity.HIGHER_IS_BETTER;
    if (amount == null && fixed == null) {
      return new Direction(ctx.text(), dir, false, base, due);
    }
    if (fixed != null) {
      return new Change(ctx.text(), up, fixed, true, "%", Bound.fromPolarity(dir), base, due);
    }
    if (amount.value().signum() <= 0) {
      return null;
    }
    String unit = amount.unit();
    if (unit.matches("(.* )?per (ar|aret|år|året)")) {
      // "Minska med 5 % per år": each year against the year before, which is the default base.
      // From a named base or to a deadline it would compound; that is not read.
      if (base != null && !base.equals(Base.sameLastYear()) || due != null) {
        return RuleRefusals.ambiguous(
            ctx.text(), List.of(), RuleMessages.get("refuse.perYearCompound"));
      }
      unit = unit.replaceFirst("\\s*per (ar|aret|år|året)$", "");
    } else if (unit.contains("per ") && Quantity.perTime(unit)) {
      return RuleRefusals.ambiguous(
          ctx.text(), List.of(), RuleMessages.get("refuse.perTimeChange"));
    }
    if (unit.isEmpty() && ctx.unit().strip().equals("%")) {
      return RuleRefusals.ambiguous(
          ctx.text(),
          List.of(amount.number() == null ? "" : amount.number().raw()),
          RuleMessages.get("refuse.pointsOrPercent"));
    }
    boolean relative = unit.equals("%");
    Bound bound = changeBound(up, amountBound);
    if (bound == null) {
      return null;
    }
    return new Change(
        ctx.text(), up, amount.value(), relative, relative ? "%" : unit, bound, base, due);
  }

  /**
   * "Öka, minst 70 %", "Minska – högst 5 %", "Öka: 80 % senast 2026": a direction and then the
   * level to reach, as plans write a Riktning cell and a Målvärde cell side by side. Only after a
   * pause (comma, colon, dash) and with a limit word: "Öka minst 5 %" without a pause, or "Minska,
   * 10 %" without a limit, could also mean "öka med minst 5 %" or "minska med 10 %" and is refused
   * with both readings. A limit that points the other way than the verb ("Öka, högst 5 %") is
   * refused, naming both. Returns null (nothing consumed) when no level follows.
   */
  private static TargetRule directionAndLevel(
      Cursor c, Ctx ctx, Polarity dir, boolean paused, Due lead) {
    int m = c.mark();
    boolean dash = c.symbol("-");
    if (c.sees("(med|pa|till|mot|fran|jamfort|jmf|jfr|i|sedan|senast)")) {
      c.reset(m);
      return null;
    }
    Bound bound = Bounds.before(c);
    Token first = c.peek();
    if (first == null || first.isYear() && bound == null) {
      c.reset(m);
      return null;
    }
    Quantity level = Quantity.read(c, ctx);
    boolean pause = paused || dash;
    if (level == null || bound == null && !pause) {
      c.reset(m);
      return null;
    }
    Due tail = DueGrammar.tailDue(c, level);
    if (!c.atEnd() && !TrailingSubject.trailing(c) || lead != null && tail != null) {
      c.reset(m);
      return null;
    }
    Bound toward = Bound.fromPolarity(dir);
    if (bound != null && bound.polarity() != dir) {
      if (!pause) {
        c.reset(m);
        return null;
      }
      return RuleRefusals.ambiguous(
          ctx.text(),
          List.of(),
          RuleMessages.get(
              "refuse.directionAgainstLevel",
              Phrases.polarity(dir),
              RuleMessages.get("bound." + bound.code(), Phrases.value(level.value(), level.unit())),
              Phrases.polarity(bound.polarity())));
    }
    Threshold t =
        new Threshold(ctx.text(), level.value(), level.unit(), bound != null ? bound : toward);
    Due due = lead != null ? lead : tail;
    TargetRule reading = due == null ? t : new Deadline(ctx.text(), t, due.year(), due.month());
    if (!pause || bound == null) {
      // "Öka minst 5 %", "Minska, 10 %": a level, or the change "öka med …"; both are real.
      TargetRule change =
          new Change(
              ctx.text(),
              dir == Polarity.HIGHER_IS_BETTER,
              level.value(),
              level.unit().equals("%"),
              level.unit(),
              Bound.fromPolarity(dir),
              null,
              due);
      return RuleRefusals.ambiguous(
          ctx.text(),
          List.of(),
          RuleMessages.get(
              "refuse.readings",
              "\""
                  + RuleParaphrase.of(reading)
                  + "\" eller \""
                  + RuleParaphrase.of(change)
                  + "\""));
    }
    return reading;
  }

  /**
   * "Minska <em>koldioxidutsläppen</em> med 50 procent": the verb's object names what is measured
   * when plain words (never one that can change the target) run up to the "med" of the amount.
   */
  private static void objectBeforeAmount(Cursor c) {
    List<Token> tokens = c.tokens();
    int k = c.mark();
    while (k < tokens.size() && !tokens.get(k).isWord("med") && Subject.plain(tokens, k)) {
      k++;
    }
    if (k > c.mark() && k < tokens.size() && tokens.get(k).isWord("med")) {
      while (c.mark() < k) {
        c.next();
      }
    }
  }

  /** "öka med (minst) 10 %" is AT_LEAST, "öka med högst 3 %" AT_MOST, "mer än" strict. */
  /**
   * signed-change := [due] ("+" | "−") quantity base-lead base [due]: "−5 % jämfört med föregående
   * år", "+10 % jmf 2019" is a change by that amount, the sign saying which way. Only with a base
   * written: "−5 %" alone is a level, read by the threshold grammar.
   */
  static TargetRule signedChange(Cursor c, Ctx ctx) {
    Due lead = DueGrammar.leadDue(c);
    SentenceWrapper.wrapper(c);
    boolean plus = c.symbol("+");
    Token number = c.peek();
    if (number == null || !number.is(Token.Type.NUMBER) || number.isYear()) {
      return null;
    }
    boolean minus = number.has(Token.SIGNED);
    Quantity amount = Quantity.read(c, ctx);
    if (amount == null || plus == minus || amount.value().signum() == 0) {
      return null;
    }
    Base base = When.leadAndBase(c);
    if (base == null) {
      return null;
    }
    Due tail = When.due(c);
    if (lead != null && tail != null) {
      return null;
    }
    String unit = amount.unit();
    if (unit.isEmpty() && ctx.unit().strip().equals("%")) {
      return RuleRefusals.ambiguous(
          ctx.text(), List.of(number.raw()), RuleMessages.get("refuse.pointsOrPercent"));
    }
    boolean relative = unit.equals("%");
    boolean up = plus;
    return new Change(
        ctx.text(),
        up,
        amount.value().abs(),
        relative,
        unit,
        changeBound(up, null),
        base,
        lead != null ? lead : tail);
  }

  private static Bound changeBound(boolean up, Bound written) {
    if (written == null || written == Bound.AT_LEAST) {
      return up ? Bound.AT_LEAST : Bound.AT_MOST;
    }
    if (written == Bound.ABOVE) {
      return up ? Bound.ABOVE : Bound.BELOW;
    }
    if (written == Bound.AT_MOST) {
      return up ? Bound.AT_MOST : Bound.AT_LEAST;
    }
    return null;
  }
}
