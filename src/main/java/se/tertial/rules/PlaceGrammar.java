package se.tertial.rules;

import java.math.BigDecimal;
import java.util.List;
import se.tertial.model.Polarity;
import se.tertial.rules.RuleGrammar.Ctx;

/**
 * Targets placed against something else: a reference ("i nivå med riket", "bättre än rikssnittet",
 * "inte sämre än länet"), a rank ("topp 3 i riket", "bland de 5 bästa regionerna") and budget
 * balance ("budget i balans", "positivt resultat", "inte överskrida tilldelad ram").
 */
final class PlaceGrammar {
  private static final String RAM =
      "(den|sin)? (tilldelade|tilldelad|beslutad|beslutade|budgeterad|budgeterade|givna|given"
          + "|egen|egna)? (ram|ramen|budget|budgeten|budgetram|budgetramen|kostnadsram"
          + "|kostnadsramen|ramar|ramarna)";

  private PlaceGrammar() {}

  /** balance := budget/ekonomi i balans [eller överskott] | nollresultat | positivt resultat | … */
  static TargetRule balance(Cursor c, Ctx ctx) {
    c.accept("(ha|uppna|na|visa|redovisa|uppvisa)");
    c.accept("(en|ett)");
    if (c.accept(
        "(budget|budgeten|ekonomi|ekonomin|ekonomisk|ekonomiska|resultat|resultatet"
            + "|verksamheten|budgetavvikelse|budgetavvikelsen)? (i|med)? balans")) {
      boolean budget = c.tokens().stream().anyMatch(t -> t.key().startsWith("budget"));
      c.accept("(eller|och|med) (ett)? (overskott|battre) | (eller|och) positivt (resultat)?");
      return new Balance(ctx.text(), Bound.AT_LEAST, budget);
    }
    if (c.accept("(nollresultat|noll-resultat|nollresultatet) | resultat (pa)? noll")
        || c.accept("(ett)? resultat (pa)?") && zero(c)
        || c.tokens().get(0).key().startsWith("resultat") && c.accept("pa") && zero(c)) {
      c.accept("(eller|och) (ett)? (overskott|battre) | (eller|och) positivt (resultat)?");
      return new Balance(ctx.text(), Bound.AT_LEAST, false);
    }
    int m = c.mark();
    boolean zeroFirst =
        (zero(c) || c.accept("noll")) && c.accept("eller (positiv|positivt|positiva|overskott)");
    if (!zeroFirst) {
      c.reset(m);
      c.accept("(vara|bli)");
      zeroFirst = c.accept("(positiv|positivt|positiva) eller") && (zero(c) || c.accept("noll"));
    }
    if (zeroFirst) {
      // "Budgetavvikelse: 0 eller positiv": a deviation (or result) of at least zero.
      c.accept("(resultat|resultatet|budgetavvikelse|avvikelse)");
      boolean budget = c.tokens().stream().anyMatch(t -> t.key().startsWith("budget"));
      return new Balance(ctx.text(), Bound.AT_LEAST, budget);
    }
    c.reset(m);
    if (c.accept(
        "(positivt|positiva) (ekonomiskt)? (resultat|resultatet|utfall|utfallet) | overskott")) {
      return new Balance(ctx.text(), Bound.ABOVE, false);
    }
    if (c.accept("(positiv|positiva) (budgetavvikelse|budgetavvikelsen|avvikelse)")) {
      return new Balance(ctx.text(), Bound.ABOVE, true);
    }
    if (c.accept("(inte|ej|aldrig) (overskrida|overskrids|overstiga|overstigs) " + RAM)
        || c.accept("(halla|hall|haller|hallas|inom) " + RAM)
        || c.accept(
            "(ingen|inga) (negativ|negativa)? (budgetavvikelse|budgetavvikelser|underskott)")
        || c.accept("budgetfoljsamhet")) {
      return new Balance(ctx.text(), Bound.AT_LEAST, true);
    }
    return null;
  }

  private static boolean zero(Cursor c) {
    Token t = c.peek();
    if (t != null && t.is(Token.Type.NUMBER) && t.number().signum() == 0) {
      c.next();
      return true;
    }
    return false;
  }

  /**
   * reference := (i nivå med | minst i nivå med | bättre än | högre än | över | överstiga | lägre
   * än | under | understiga | inte sämre än | inte överstiga | inte understiga | låg och stabil
   * nivå jfr med) reference-noun.
   */
  static TargetRule reference(Cursor c, Ctx ctx) {
    ReferenceKind kind;
    Polarity better = ctx.riktning();
    if (c.accept(
        "(minst)? (i|pa)? (niva|paritet|linje) med | (minst)? (pa)? samma niva som"
            + " | (motsvarande|motsvara) | (lika) (hog|bra)? som")) {
      kind = ReferenceKind.LEVEL;
    } else if (c.accept("(inte|ej) (vara)? samre (an) | minst lika (bra|hog)? som")) {
      kind = ReferenceKind.NOT_WORSE;
    } else if (c.accept(
        "(inte|ej) (vara)? under | (inte|ej) (vara)? (lagre|mindre) an"
            + " | (inte|ej) (understiga|understiger)")) {
      kind = ReferenceKind.NOT_WORSE;
      better = Polarity.HIGHER_IS_BETTER;
    } else if (c.accept(
        "(inte|ej) (vara)? (over) | (inte|ej) (vara)? (hogre|mer|storre) an"
            + " | (inte|ej) (overstiga|overstiger)")) {
      kind = ReferenceKind.NOT_WORSE;
      better = Polarity.LOWER_IS_BETTER;
    } else if (c.accept("battre (an|jmf|jfr|jamfort) (med)?")) {
      kind = ReferenceKind.BETTER;
    } else if (c.accept("(hogre|storre|mer|fler) (an) | over | (overstiga|overstiger)")) {
      kind = ReferenceKind.BETTER;
      better = Polarity.HIGHER_IS_BETTER;
    } else if (c.accept("(lagre|mindre|farre|kortare) (an) | under | (understiga|understiger)")) {
      kind = ReferenceKind.BETTER;
      better = Polarity.LOWER_IS_BETTER;
    } else if (beforeNoun(c) && c.accept("(minst|lagst|atminstone)")) {
      // "Minst riksgenomsnittet": not below the reference.
      kind = ReferenceKind.NOT_WORSE;
      better = Polarity.HIGHER_IS_BETTER;
    } else if (beforeNoun(c) && c.accept("(hogst|max|maximalt)")) {
      kind = ReferenceKind.NOT_WORSE;
      better = Polarity.LOWER_IS_BETTER;
    } else if (c.accept("lag (och)? (stabil)? niva | lag och stabil | stabil och lag (niva)?")) {
      kind = ReferenceKind.LOW_AND_STABLE;
      better = Polarity.LOWER_IS_BETTER;
      c.accept(
          "(jamfort|jmf|jfr|i) (med|mot|jamforelse)? (med)? | (jamfort|jmf|jfr) | (an|som|mot)");
    } else {
      return null;
    }
    String reference = referenceNoun(c);
    if (reference == null) {
      return null;
    }
    if (kind == ReferenceKind.LEVEL) {
      c.accept("eller battre");
    }
    NotAssessable inAYear = referenceYear(c, ctx, reference);
    if (inAYear != null) {
      return inAYear;
    }
    if (better == Polarity.UNSPECIFIED && kind != ReferenceKind.LEVEL) {
      return RuleRefusals.noPolarityBetter(ctx.text());
    }
    return new Reference(ctx.text(), kind, reference, better);
  }

  /**
   * "I nivå med riket 2023", "Minst rikets nivå 2024": the year could be the year of the
   * reference's value or when the target is to be reached. The reference values tertial reads
   * (Jämförelse, the {@code ID:riket} rows) are the report period's, so a value for a named year
   * cannot be known from the workbook, and comparing with the period's value instead would be
   * another target: refused naming both readings. Null (the cursor unmoved) when no year follows.
   */
  private static NotAssessable referenceYear(Cursor c, Ctx ctx, String reference) {
    int m = c.mark();
    c.accept("(ar|under|for|i)");
    Token year = c.peek();
    if (year == null || !year.isYear()) {
      c.reset(m);
      return null;
    }
    c.next();
    return RuleRefusals.ambiguous(
        ctx.text(),
        List.of(year.raw()),
        RuleMessages.get(
            "refuse.referenceYear", reference, year.raw(), reference.replace(' ', '_')));
  }

  /**
   * Whether a word follows the next token: "Minst riket", never "Minst 75 %", whose words after the
   * number are no reference (trying the reference's nouns there would make them known words in a
   * refusal that should quote them).
   */
  private static boolean beforeNoun(Cursor c) {
    Token next = c.peek(1);
    return next != null && next.is(Token.Type.WORD);
  }

  /**
   * offset := [distance-bound] quantity (över | under | högre än | lägre än | bättre än | sämre än
   * …) reference-noun: "2 p.e. över riket", "Minst 5 % bättre än riket", "Högst 10 % över
   * rikssnittet". The bound words measure the distance: "minst 5 % under" is at most the reference
   * less 5 %. "Bättre"/"sämre" take their direction from Riktning; % is relative to the reference,
   * procentenheter and other units absolute; a number without unit on a measure in % is refused.
   */
  static TargetRule offset(Cursor c, Ctx ctx) {
    Bound distance = Bounds.before(c);
    Quantity q = Quantity.read(c, ctx);
    if (q == null || q.value().signum() <= 0) {
      return null;
    }
    Boolean up;
    if (c.accept("over | (hogre|mer|fler|storre|langre) an")) {
      up = Boolean.TRUE;
    } else if (c.accept("under | (lagre|mindre|farre|kortare) an")) {
      up = Boolean.FALSE;
    } else if (c.accept("battre an")) {
      up = betterIsUp(ctx.riktning(), true);
    } else if (c.accept("samre an")) {
      up = betterIsUp(ctx.riktning(), false);
    } else {
      return null;
    }
    String reference = referenceNoun(c);
    if (reference == null) {
      return null;
    }
    NotAssessable inAYear = referenceYear(c, ctx, reference);
    if (inAYear != null) {
      return inAYear;
    }
    if (up == null) {
      return RuleRefusals.noPolarityBetter(ctx.text());
    }
    String unit = q.unit();
    if (unit.isEmpty() && RuleGrammar.isPercent(ctx.unit())) {
      return RuleRefusals.ambiguous(
          ctx.text(),
          List.of(q.number() == null ? "" : q.number().raw()),
          RuleMessages.get("refuse.pointsOrPercent"));
    }
    Bound bound = distanceBound(distance, up);
    if (bound == null) {
      return null;
    }
    BigDecimal delta = up ? q.value() : q.value().negate();
    return new ReferenceOffset(ctx.text(), reference, delta, unit.equals("%"), unit, bound);
  }

  /** Whether "better" (or, for {@code better} false, "worse") means a higher value, or null. */
  private static Boolean betterIsUp(Polarity riktning, boolean better) {
    if (riktning == Polarity.UNSPECIFIED) {
      return null;
    }
    return (riktning == Polarity.HIGHER_IS_BETTER) == better;
  }

  /**
   * "minst 2 över" is at least ref + 2; "högst 2 över" at most; "minst 2 under" at most ref − 2.
   */
  private static Bound distanceBound(Bound distance, boolean up) {
    if (distance == null || distance == Bound.AT_LEAST) {
      return up ? Bound.AT_LEAST : Bound.AT_MOST;
    }
    if (distance == Bound.AT_MOST) {
      return up ? Bound.AT_MOST : Bound.AT_LEAST;
    }
    if (distance == Bound.ABOVE) {
      return up ? Bound.ABOVE : Bound.BELOW;
    }
    return up ? Bound.BELOW : Bound.ABOVE;
  }

  /** The canonical name of what is compared with: riket, länet, andra regioner, … */
  static String referenceNoun(Cursor c) {
    c.accept("(med|an|som)");
    String measure =
        "(genomsnittet|snittet|medelvardet|medianen|nivan|niva|genomsnitt|snitt|medelvarde|median)";
    if (c.accept(measure + " (for|i) (riket|landet|sverige|nationellt)")) {
      return "riket";
    }
    if (c.accept(measure + " (for|i) (lanet|regionen)")) {
      return "länet";
    }
    if (c.accept(
        measure + " (for|i|bland) (andra|ovriga|jamforbara|liknande)? (regioner|regionerna)")) {
      return "andra regioner";
    }
    if (c.accept(
        "(riket|rikssnittet|rikssnitt|riksgenomsnittet|riksgenomsnitt|riksnivan|riksniva"
            + "|landet|sverige|sverigesnittet|nationell|nationella|nationellt) (snitt|snittet"
            + "|genomsnitt|genomsnittet|niva|nivan|medel|medelvarde|medelvardet|varde|vardet)?"
            + " | (rikets|landets|sveriges) (snitt|genomsnitt|niva|medel|medelvarde|varde"
            + "|resultat|genomsnittliga)? (niva|varde)?")) {
      return "riket";
    }
    if (c.accept(
        "(lanet|lanets|lanssnittet|lanssnitt|lansgenomsnittet|lansgenomsnitt|lansnivan|lansniva)"
            + " (snitt|genomsnitt|niva)?")) {
      return "länet";
    }
    if (c.accept(
        "(andra|ovriga|jamforbara|liknande|samtliga) (regioner|regionerna|landsting"
            + "|landstingen|lan)")) {
      return "andra regioner";
    }
    if (c.accept(
        "(andra|ovriga|jamforbara|liknande) (kommuner|kommunerna) | kommungruppen"
            + " | "
            + measure
            + " (for|i|bland) (andra|ovriga|jamforbara|liknande) (kommuner"
            + "|kommunerna) | "
            + measure
            + " (for|i|bland) kommungruppen")) {
      return "jämförbara kommuner";
    }
    if (c.accept(measure)) {
      return "genomsnittet";
    }
    if (c.accept("(referensvardet|jamforelsevardet|referensvarde|jamforelsevarde)")) {
      return "jämförelsevärdet";
    }
    if (c.accept("(den|sin)? (budget|budgeten|budgeterad|budgeterade) (niva|nivan)?")) {
      return "budget";
    }
    return null;
  }

  /**
   * rank := topp N [i reference] | bland de N bästa [regionerna] | plats N eller bättre | bäst i
   * riket. Lower placings are better.
   */
  static TargetRule rank(Cursor c, Ctx ctx) {
    Integer top = null;
    boolean share = false;
    if (c.accept("(topp|top|topplacering)")) {
      top = count(c, ctx);
    } else if (c.accept("bland (de)? | en av (de)?")) {
      top = count(c, ctx);
      share = top != null && c.symbol("%") || top != null && c.accept("procent");
      if (top != null && !c.accept("(basta|framsta|framsta|toppen)")) {
        return null;
      }
    } else if (c.accept("(plats|placering|placeringen|rankning|ranking|rang) (nr|nummer)?")) {
      c.accept("(inom|bland)? topp");
      top = count(c, ctx);
    } else if (c.accept(
        "(bast|etta|forsta) (region|regionen|plats|platsen)? | (basta) (region|regionen)")) {
      top = 1;
    }
    if (top == null || top < 1) {
      return null;
    }
    c.accept("eller battre");
    c.accept("(regionerna|regioner|landstingen|lanen|kommunerna|kommuner)");
    if (share && top > 100) {
      return null;
    }
    String reference = "riket";
    if (c.accept("(i|bland|av|inom)")) {
      if (c.accept(
          "(riket|landet|sverige) | (alla)? (regionerna|regioner|landstingen)"
              + " | (landets|rikets|sveriges) (regioner|regionerna|landsting)?")) {
        reference = "riket";
      } else {
        reference = referenceNoun(c);
        if (reference == null) {
          return null;
        }
      }
    }
    c.accept("(placering|placeringen)"); // the paraphrase's "(placering, lägre är bättre)"
    return new Rank(ctx.text(), top, reference, share);
  }

  private static Integer count(Cursor c, Ctx ctx) {
    Token t = c.peek();
    if (t != null && t.looksLikeYear()) {
      ctx.hints().year(t);
      return null;
    }
    if (t != null && t.is(Token.Type.NUMBER) && !t.has(Token.DECIMALS)) {
      c.next();
      return t.number().abs().intValue();
    }
    Quantity q = Quantity.isNumberWord(t) ? Quantity.read(c, ctx) : null;
    return q == null || !q.unit().isEmpty() ? null : q.value().intValue();
  }
}
