package se.tertial.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.tertial.model.Messages;
import se.tertial.model.Polarity;

/**
 * The recursive-descent grammar of Swedish target texts. Every production reads the whole token
 * list or fails; all productions are tried, so a text with two readings is seen as such. The
 * families: thresholds with deadlines ({@link #threshold}), per sex ({@link SexGrammar}), change
 * against a base, direction and keep ({@link ChangeGrammar}), reference, rank and budget balance
 * ({@link PlaceGrammar}). See docs/target-rules.md for the grammar as EBNF.
 */
final class RuleGrammar {

  /**
   * What a production needs besides the cursor.
   *
   * @param text the target as written (every rule carries it)
   * @param riktning the direction from the Riktning column or from "(högre är bättre)" in the text
   * @param unit the measure's unit (Enhet), or empty
   * @param reach true when the text ends "ska uppnås": a plain value is then a level to reach
   * @param hints where productions report what explains a refusal (a year where a value stood)
   */
  record Ctx(String text, Polarity riktning, String unit, boolean reach, Hints hints) {

    /** Whether the measure's Enhet is a share in percent ("7 av 10" then reads as 70 %). */
    boolean percentMeasure() {
      return isPercent(unit);
    }

    /** The same reading context under another direction (a gap is better smaller). */
    Ctx withRiktning(Polarity other) {
      return new Ctx(text, other, unit, reach, hints);
    }
  }

  /** Subjects and sentence wrappers: "Andelen ska", "Målet är att", "Mål:", "Vi ska vara". */
  private static final String WRAPPER =
      "(malet|malsattningen|ambitionen|malbilden|malvardet|malnivan) (ar|blir) (att)?"
          + " | (mal|malet|malvarde|malvardet|malniva|malnivan|malsattning)"
          + " | (vi|det|den|de) (ska|skall|bor|maste|far)"
          + " | (ska|skall|bor|maste|kommer|far) (att)? (ha)?"
          + " | att | (ha|har)"
          + " | (vara|ligga|hamna|landa|motsvara) (pa)?";

  /** The measure's subject before "ska": only known nouns, so that no word is skipped unread. */
  static final String SUBJECT =
      "(andel|andelen|andelar|antal|antalet|varde|vardet|utfall|utfallet|niva|nivan|resultat"
          + "|resultatet|kostnad|kostnaden|kostnaderna|nettokostnad|nettokostnaden|nettokostnaderna"
          + "|vantetid|vantetiden|vantetiderna|sjukfranvaro|sjukfranvaron|franvaro|franvaron|matt"
          + "|mattet|indikatorn|nyckeltalet|index|indexet|kvot|kvoten|ledtid|ledtiden|ledtiderna"
          + "|personalomsattning|personalomsattningen|nojdhet|nojdheten|svarsfrekvens"
          + "|svarsfrekvensen|tackningsgrad|tackningsgraden|produktivitet|produktiviteten"
          + "|kostnadsutveckling|kostnadsutvecklingen|utfallsvarde|utfallsvardet|siffran|talet)";

  private RuleGrammar() {}

  /**
   * All readings of the whole token list, in production order, duplicates removed. A leading run of
   * plain words is tried as the subject only when the text does not read without it (the shortest
   * subject wins); plain words after a complete target are its subject ({@link Subject}).
   */
  static List<Reading> readings(List<Token> tokens, Ctx ctx, Cursor c) {
    List<Production> productions =
        List.of(
            Production.of(PlaceGrammar::balance),
            GapGrammar::gap,
            Production.of(SexGrammar::perSex),
            Production.of(PlaceGrammar::rank),
            Production.of(PlaceGrammar::reference),
            Production.of(PlaceGrammar::offset),
            Production.of(RangeGrammar::range),
            Production.of(RangeGrammar::plusMinus),
            Production.of(ChangeGrammar::change),
            Production.of(ChangeGrammar::keep),
            Production.of(ChangeGrammar::comparative),
            Production.of(RuleGrammar::occurs),
            Production.of(WordTargets::word),
            Production.of(RuleGrammar::threshold));
    int leading = Math.min(Subject.leading(tokens), tokens.size() - 1);
    List<Integer> starts = new ArrayList<>();
    for (int start = 0; start <= leading; start++) {
      starts.add(start);
    }
    int withPrepositions = Subject.leadingWithPrepositions(tokens);
    if (withPrepositions > leading) {
      starts.add(withPrepositions);
    }
    int deviation = Subject.leadingDeviation(tokens);
    if (deviation > leading && !starts.contains(deviation)) {
      starts.add(deviation);
    }
    for (int modal : SentenceSubject.beforeModal(tokens)) {
      if (modal > leading && !starts.contains(modal)) {
        starts.add(modal);
      }
    }
    for (int start : starts) {
      List<Reading> out = new ArrayList<>();
      List<String> seen = new ArrayList<>();
      for (Production production : productions) {
        c.reset(start);
        wrapper(c);
        Reading read = production.read(c, ctx);
        if (read != null && (c.atEnd() || Subject.trailing(c, isZero(read.rule())))) {
          List<Token> before = tokens.subList(0, start);
          List<Token> after = tokens.subList(c.mark(), tokens.size());
          List<Token> words = new ArrayList<>(before);
          words.addAll(after);
          TargetRule rule = Deviations.onSubject(read.rule(), words, tokens);
          if (rule == null) {
            continue;
          }
          String typed = RuleFormat.typed(rule);
          if (!seen.contains(typed)) {
            seen.add(typed);
            out.add(new Reading(rule, subject(before, read.subject(), after)));
          }
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /** The subject words before the target, inside it (read by its production) and after it. */
  private static String subject(List<Token> before, String inside, List<Token> after) {
    List<String> words = new ArrayList<>(before.stream().map(Token::raw).toList());
    if (!inside.isEmpty()) {
      words.add(inside);
    }
    words.addAll(after.stream().map(Token::raw).toList());
    return String.join(" ", words);
  }

  /** A target of none: högst 0 ("Inga fall", "Noll vårdskador"). */
  private static boolean isZero(TargetRule rule) {
    return rule instanceof Threshold t && t.value().signum() == 0 && t.bound() == Bound.AT_MOST;
  }

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

  /** Skips sentence wrappers and a known subject: "Andelen ska uppgå till", "Målet är att". */
  static void wrapper(Cursor c) {
    boolean moved = true;
    while (moved && !c.atEnd()) {
      moved = c.accept(WRAPPER) || c.accept(SUBJECT) || invertedSubject(c);
    }
  }

  /**
   * "Till 2030 ska <em>utsläppen</em> ha minskat", "Senast 2026 ska <em>alla enheter</em> vara":
   * after a modal verb, plain words up to the verb the modal governs are the subject (Swedish puts
   * it after the verb when the sentence starts with a time). Only plain words (see {@link
   * Subject}), and only between a modal and its verb.
   */
  private static boolean invertedSubject(Cursor c) {
    int m = c.mark();
    if (m == 0 || !c.tokens().get(m - 1).key().matches(MODAL_VERB)) {
      return false;
    }
    int k = m;
    while (k < c.tokens().size()
        && Subject.plain(c.tokens(), k)
        && !c.tokens().get(k).key().matches(GOVERNED)) {
      k++;
    }
    if (k == m || k >= c.tokens().size() || !c.tokens().get(k).key().matches(GOVERNED)) {
      return false;
    }
    while (c.mark() < k) {
      c.next();
    }
    return true;
  }

  /** Whether a measure's unit (Enhet) is a share in percent: "%", "Andel (%)", "procent". */
  static boolean isPercent(String unit) {
    String u = RuleTokenizer.fold(unit == null ? "" : unit);
    return u.contains("%") || u.contains("procent");
  }

  /** How a verb before a value says which way to go: "öka till" (UP), "nå" (REACH)… */
  enum Reach {
    NONE,
    UP,
    DOWN,
    REACH
  }

  static Reach reach(Cursor c) {
    if (c.accept(
        "(oka|okas|okar|hoja|hojas|stiga|stiger|forbattra|forbattras) "
            + SUBJECT
            + "? (upp)? (till|mot)")) {
      return Reach.UP;
    }
    if (c.accept(
        "(minska|minskas|minskar|sanka|sankas|reducera|reduceras|sjunka|sjunker|ga|komma"
            + "|halvera|halveras|korta|kortas) "
            + SUBJECT
            + "? (ner|ned)? (till|mot) | (ner|ned) (till|mot)")) {
      return Reach.DOWN;
    }
    if (c.accept(
        "(komma|na|nas) upp (till|i|mot) | (uppga|uppgar|uppgaende) (till)? | (na|nar|nas|uppna"
            + "|uppnas|uppnar|klara|klaras)")) {
      return Reach.REACH;
    }
    return Reach.NONE;
  }

  /**
   * threshold := [due] wrapper [reach] [bound] (quantity | zero) [bound-after] [due]. The bound
   * comes from the words, else from a directed verb ("öka till"), else a zero target ("inga fall":
   * lower is better), else Riktning, else a verb of reaching ("nå 90 %") or a share with a deadline
   * (higher is better); otherwise the text says no direction.
   */
  // Long on purpose: the bound is decided by the precedence the comment above gives, in that order.
  static TargetRule threshold(Cursor c, Ctx ctx) {
    Due lead = leadDue(c);
    wrapper(c);
    Reach reach = reach(c);
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
        return q == null || tailDue(c, q) == null && !c.atEnd()
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
    Due tail = tailDue(c, q);
    if (tail == null && lead == null) {
      tail = dueAfterSubject(c);
    }
    if (lead != null && tail != null) {
      return null;
    }
    Due due = lead != null ? lead : tail;
    Bound b = bound != null ? bound : after;
    if (b == null) {
      boolean shareByTime =
          q.unit().equals("%") && (due != null || Subject.hasWithin(c.tokens(), c.mark()));
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

  /**
   * A deadline after the subject words that follow a value: "Nå 100 % täckning senast 2026", "80 %
   * anslutna verksamheter till 2027". Only plain words (never a word that can change the meaning)
   * and only when an explicit deadline follows; otherwise nothing is consumed.
   */
  static Due dueAfterSubject(Cursor c) {
    int m = c.mark();
    List<Token> tokens = c.tokens();
    int k = m;
    while (k < tokens.size() && Subject.plain(tokens, k)) {
      k++;
    }
    // Skipped without next(): unread words must stay quoted in a refusal.
    c.reset(k);
    Due due = k == m ? null : When.due(c);
    if (due == null) {
      c.reset(m);
    }
    return due;
  }

  /** A deadline before the rule: "Senast 2025 ska …", "Till 2025:", "2025: minst 80 %". */
  static Due leadDue(Cursor c) {
    Due due = When.due(c);
    if (due != null) {
      return due;
    }
    Due inSentence = yearInSentence(c);
    if (inSentence != null) {
      return inSentence;
    }
    Token t = c.peek();
    Token after = c.peek(1);
    if (t != null
        && t.isYear()
        && after != null
        && (after.is(Token.Type.NUMBER)
            || after.is(Token.Type.SYMBOL)
            || after.key().matches("minst|lagst|hogst|max|maximalt|over|under|ska|skall"))) {
      c.next();
      return new Due(t.number().intValue(), 12);
    }
    return null;
  }

  /**
   * "Utsläppen ska 2030 vara 20 procent lägre", "Andelen ska år 2026 uppgå till minst 90 %", "… ska
   * senast 2026 ha minskat": a year between the modal verb and the verb it governs is when the
   * target applies, a deadline, never a value. The subject before the modal is read by the caller.
   */
  private static Due yearInSentence(Cursor c) {
    int m = c.mark();
    wrapper(c);
    boolean modal = false;
    // The wrapper before the production may have read the modal already: "ska" right before.
    for (int i = Math.max(0, m - 2); i < c.mark(); i++) {
      modal |= c.tokens().get(i).key().matches(MODAL_VERB);
    }
    if (!modal) {
      c.reset(m);
      return null;
    }
    c.accept("(ar|aret|till|under|i)");
    Token year = c.peek();
    Token verb = c.peek(1);
    if (year == null || !year.isYear() || verb == null || !verb.key().matches(GOVERNED)) {
      c.reset(m);
      return null;
    }
    c.next();
    return new Due(year.number().intValue(), 12);
  }

  /** The modal verbs before a year in the sentence. */
  private static final String MODAL_VERB = "ska|skall|bor|maste|kommer";

  /** What a modal governs after the year: "vara", "ha", "uppgå", "ligga", "nå", "ha minskat". */
  private static final String GOVERNED =
      "vara|ha|uppga|ligga|na|uppna|overstiga|understiga|hamna|omfatta|motsvara|minska|oka"
          + "|sankas|minskas|okas|halveras|hojas|bli|klara";

  /** A deadline after a value: "… senast 2025", and a bare "2025" or "T2 2025" after a unit. */
  static Due tailDue(Cursor c, Quantity q) {
    Due due = When.due(c);
    if (due != null || q.unit().isEmpty()) {
      return due;
    }
    Token t = c.peek();
    if (t != null && t.isYear()) {
      c.next();
      return new Due(t.number().intValue(), 12);
    }
    if (t != null && (t.is(Token.Type.PERIOD) || t.is(Token.Type.DATE))) {
      c.next();
      return new Due(t.number().intValue(), t.month());
    }
    return When.tertial(c);
  }
}
