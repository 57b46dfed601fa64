package se.tertial.rules;

import se.tertial.model.Polarity;
import se.tertial.rules.RuleGrammar.Ctx;

/**
 * Directions against a base without an amount: keeping a level ("Behålla", "Oförändrat eller
 * bättre", "Ej lägre än föregående år", "Minst 2022 års nivå") and a bare comparative ("Fler än
 * 2019", "Lägre än samma period 2019"). A four-digit year after a comparative is always a base
 * year.
 */
final class DirectionGrammar {
  private DirectionGrammar() {}

  /** The verbs of keeping after "öka eller": "Öka eller bibehålla". */
  private static final String KEEP_VERB =
      "(bibehalla|behalla|bibehallas|behallas|vidmakthalla|upprathalla|bibehalls|behalls)";

  /**
   * keep := keep-words [eller bättre|högre|lägre] [base] [due]: "Behålla", "Bibehållen nivå",
   * "Oförändrat eller bättre", "Försämras ej", "Inte sämre än 2019", "Minst samma nivå som 2019",
   * "Ej lägre än föregående år".
   */
  static TargetRule keep(Cursor c, Ctx ctx) {
    Due lead = DueGrammar.leadDue(c);
    SentenceWrapper.wrapper(c);
    TargetRule level = yearLevel(c, ctx, lead);
    if (level != null) {
      return level;
    }
    Polarity verb = null;
    if (c.accept("(oka|okas|hoja|hojas) (eller|och) " + KEEP_VERB)) {
      verb = Polarity.HIGHER_IS_BETTER;
    } else if (c.accept("(minska|minskas|sanka|sankas) (eller|och) " + KEEP_VERB)) {
      verb = Polarity.LOWER_IS_BETTER;
    } else if (c.accept("(inte|ej|aldrig) (oka|okas|stiga|hojas|vaxa)")) {
      // "Ska inte öka jämfört med 2019": not above the base; lower is better.
      verb = Polarity.LOWER_IS_BETTER;
    } else if (c.accept("(inte|ej|aldrig) (minska|minskas|sjunka|sankas)")) {
      verb = Polarity.HIGHER_IS_BETTER;
    }
    // "Ej lägre än föregående år", "Inte fler än 2019": not worse than a base, never a value
    // ("Inte lägre än 85 %" is a threshold); without a base nothing is read.
    boolean notThan = false;
    if (verb == null && c.accept("(inte|ej|aldrig) (vara|bli)? (lagre|mindre|farre) an")) {
      verb = Polarity.HIGHER_IS_BETTER;
      notThan = true;
    } else if (verb == null
        && c.accept("(inte|ej|aldrig) (vara|bli)? (hogre|mer|fler|storre) an")) {
      verb = Polarity.LOWER_IS_BETTER;
      notThan = true;
    }
    if (notThan) {
      Base base = When.base(c);
      if (base == null) {
        return null;
      }
      Due tail = When.due(c);
      if (lead != null && tail != null) {
        return null;
      }
      return new Direction(ctx.text(), verb, true, base, lead != null ? lead : tail);
    }
    boolean written =
        verb != null
            || c.accept("(forbattra|forbattras) (eller|och) " + KEEP_VERB)
            || c.accept(
                "(inte|ej|ingen) (forsamras|forsamring|forsamrat|forsamrad|forsamra|sjunka|minska)"
                    + " | (forsamras|forsamring) (inte|ej) | (inte|ej) (vara)? samre (an)?"
                    + " | (minst)? (pa)? samma niva (som)? | (minst)? (lika|likvardig) (bra|hog)? (som)?"
                    + " | (bibehalla|behalla|bibehallen|bibehallet|bibehallna|behalls|bibehalls"
                    + "|bibehallas|behallas|oforandrad|oforandrat|oforandrade|stabil|stabilt|stabila"
                    + "|vidmakthalla|vidmakthallas|upprathalla|upprathallas) (kvar)?");
    if (!written) {
      return null;
    }
    c.accept(
        "(sin|samma|nuvarande|dagens|hog|god|en) (niva|nivan|varde|vardet|resultat|resultatet)"
            + " | (niva|nivan|resultat|resultatet|vardet|andelen|antalet) | pa (samma|nuvarande)"
            + " (niva)?");
    Polarity better = verb != null ? verb : ctx.riktning();
    if (verb != null) {
      // "Öka eller bibehålla": the verb already said which way is better.
    } else if (c.accept(
        "(eller|och) (hogre|okad|okat|okning|fler|mer|storre|oka|okas|hoja|hojas)")) {
      better = Polarity.HIGHER_IS_BETTER;
    } else if (c.accept(
        "(eller|och) (lagre|minskad|minskat|minskning|farre|mindre|minska|minskas|sanka|sankas)")) {
      better = Polarity.LOWER_IS_BETTER;
    } else {
      c.accept("(eller|och) (battre|forbattras|forbattrad|forbattrat|forbattring|forbattrade)");
    }
    c.accept("(niva|nivan|varde|vardet|resultat|resultatet)");
    Base base = When.leadAndBase(c);
    if (base == null) {
      int m = c.mark();
      c.accept("i niva med | (som|med)");
      base = When.base(c);
      if (base == null) {
        c.reset(m);
      }
    }
    Due tail = When.due(c);
    if (lead != null && tail != null) {
      return null;
    }
    return new Direction(ctx.text(), better, true, base, lead != null ? lead : tail);
  }

  /**
   * "Minst 2022 års nivå", "Högst föregående års nivå", "Inte överstiga fjolårets nivå": a base's
   * level as a floor (or with högst, a ceiling) is a keep rule in that direction. The year is a
   * base, never a value.
   */
  private static TargetRule yearLevel(Cursor c, Ctx ctx, Due lead) {
    int m = c.mark();
    Bound bound = Bounds.before(c);
    Token year = c.peek();
    boolean yearsLevel =
        year != null && year.isYear() && "ars".equals(c.peek(1) == null ? null : c.peek(1).key());
    // "Högst föregående års nivå", "Minst fjolårets nivå": a base in words, never a number.
    boolean wordsLevel = year != null && year.is(Token.Type.WORD);
    if (bound == null || !bound.inclusive() || !yearsLevel && !wordsLevel) {
      c.reset(m);
      return null;
    }
    Base base = When.base(c);
    if (base == null) {
      c.reset(m);
      return null;
    }
    Due tail = When.due(c);
    if (lead != null && tail != null) {
      return null;
    }
    return new Direction(ctx.text(), bound.polarity(), true, base, lead != null ? lead : tail);
  }

  /**
   * comparative := (fler|högre|mer|större|längre|bättre) än base | (färre|lägre|mindre|kortare) än
   * base | (över|under) base-not-a-bare-year. "Fler än 2019" compares with 2019; it is never the
   * value 2 019.
   */
  static TargetRule comparative(Cursor c, Ctx ctx) {
    Due lead = DueGrammar.leadDue(c);
    SentenceWrapper.wrapper(c);
    Polarity better;
    boolean overUnder = false;
    if (c.accept("(fler|hogre|mer|storre|langre) (an|jmf|jfr|jamfort) (med)?")) {
      better = Polarity.HIGHER_IS_BETTER;
    } else if (c.accept("(farre|lagre|mindre|kortare) (an|jmf|jfr|jamfort) (med)?")) {
      better = Polarity.LOWER_IS_BETTER;
    } else if (c.accept("battre (an|jmf|jfr|jamfort) (med)?")) {
      better = ctx.riktning();
    } else if (c.accept("over")) {
      better = Polarity.HIGHER_IS_BETTER;
      overUnder = true;
    } else if (c.accept("under")) {
      better = Polarity.LOWER_IS_BETTER;
      overUnder = true;
    } else {
      return null;
    }
    Token first = c.peek();
    Base base = When.base(c);
    if (base == null) {
      return null;
    }
    if (overUnder
        && first != null
        && first.isYear()
        && c.mark() > 0
        && c.tokens().get(c.mark() - 1) == first) {
      // "Under 2025": during 2025 or below the 2025 level; the caller refuses with both readings.
      ctx.hints().year(first);
      return null;
    }
    Due tail = When.due(c);
    if (lead != null && tail != null) {
      return null;
    }
    if (better == Polarity.UNSPECIFIED) {
      return RuleRefusals.noPolarityBetter(ctx.text());
    }
    return new Direction(ctx.text(), better, false, base, lead != null ? lead : tail);
  }
}
