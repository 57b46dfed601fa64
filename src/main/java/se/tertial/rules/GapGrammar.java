package se.tertial.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.tertial.model.Polarity;
import se.tertial.rules.RuleGrammar.Ctx;

/**
 * The gap between women and men (könsskillnad): "Skillnaden mellan kvinnor och män ska minska",
 * "Minskade skillnader mellan könen", "Jämnare fördelning mellan kvinnor och män", "Skillnaden ska
 * vara högst 2 procentenheter". The gap phrase names what is judged, |K − M|; the rest of the
 * sentence is read by the whole grammar as a rule on that gap, under the gap's own direction (a
 * smaller gap is better, whatever Riktning says of the measure). A gap between anything other than
 * the sexes ("mellan kommunerna") is not read here, nor one in something with no sexes named
 * ("Skillnaderna i hälsa ska minska").
 */
final class GapGrammar {
  /** The gap nouns; "könsskillnad" names the sexes itself. */
  static final String GAP_NOUN =
      "(skillnad|skillnaden|skillnader|skillnaderna|konsskillnad|konsskillnaden|konsskillnader"
          + "|konsskillnaderna|gap|gapet|klyfta|klyftan|klyftor|klyftorna|differens|differensen"
          + "|differenser|differenserna)";

  /** Words before a gap noun that make it narrower: "Minskade skillnader", "Utjämna gapet". */
  private static final String NARROWING =
      "(minska|minskad|minskade|minskat|minskning|minskningen|minskande|utjamna|utjamnad"
          + "|utjamnade|utjamnat|utjamnas|utjamning|utjamningen|reducera|reducerad|reducerade"
          + "|reducerat|reducering|sankt|sankta|mindre|krympt|krympta|krympande) (av)? (den|de)?";

  /** "Jämnare fördelning", "mer jämställd könsfördelning": the spread between the sexes narrows. */
  private static final String EVENER =
      "(jamnare|jamlikare|jamstalldare) (fordelning|fordelningen|konsfordelning"
          + "|konsfordelningen) | mer (jamn|jamlik|jamstalld) (fordelning|fordelningen"
          + "|konsfordelning|konsfordelningen)";

  /** Between the sexes, after "mellan". */
  private static final String SEXES =
      "kvinnor och man | man och kvinnor | konen | flickor och pojkar | pojkar och flickor"
          + " | tjejer och killar | killar och tjejer | kvinnors och mans | mans och kvinnors"
          + " | kvinnliga och manliga | manliga och kvinnliga";

  /** The modal verb the sentence's own verb follows: the subject ends before it. */
  private static final String MODAL = "ska|skall|bor|maste|far|kommer";

  private GapGrammar() {}

  /**
   * gap := (narrowing gap-noun | evener) [subject] [mellan sexes] [rest] | gap-noun [subject]
   * [mellan sexes] rest, where rest is any target the grammar reads (after a narrowing word it
   * starts with "minska"), and must say lower is better: a direction or change downwards or an
   * upper limit. Consumes the whole text or returns null.
   */
  static Reading gap(Cursor c, Ctx ctx) {
    int start = c.mark();
    Reading none = noGap(c, ctx);
    if (none != null) {
      return none;
    }
    c.reset(start);
    boolean narrowing = false;
    boolean sexesNamed;
    if (c.accept(NARROWING) && c.sees(GAP_NOUN)) {
      narrowing = true;
    } else {
      c.reset(start);
    }
    Token noun = c.peek();
    boolean evener = false;
    if (!narrowing && c.accept(EVENER)) {
      narrowing = true;
      evener = true;
      sexesNamed = c.tokens().get(c.mark() - 1).key().startsWith("kons");
    } else if (c.accept(GAP_NOUN)) {
      sexesNamed = noun.key().startsWith("kons");
    } else {
      c.reset(start);
      return null;
    }
    int afterNoun = c.mark();
    Boolean between = between(c);
    String subject = inside(c.tokens(), afterNoun, c.mark());
    if (between == Boolean.FALSE) {
      c.reset(start);
      return null;
    }
    sexesNamed |= between == Boolean.TRUE;
    if (evener && !sexesNamed || !sexesNamed && c.mark() > afterNoun) {
      // "Jämnare fördelning" alone, or "Skillnaderna i hälsa ska minska": between whom is not
      // said, and a difference in something is as often between areas or groups as between the
      // sexes. A bare "Skillnaden ska …" on a measure split by sex is the sexes' gap.
      c.reset(start);
      return null;
    }
    List<Token> rest = new ArrayList<>();
    if (narrowing) {
      rest.add(new Token(Token.Type.WORD, "minska", "minska", null, 0, 0));
    }
    rest.addAll(c.tokens().subList(c.mark(), c.tokens().size()));
    if (rest.isEmpty()) {
      c.reset(start);
      return null;
    }
    TargetRule onGap = onGap(rest, ctx);
    if (onGap == null) {
      c.reset(start);
      return null;
    }
    while (!c.atEnd()) {
      c.next();
    }
    return onGap instanceof NotAssessable
        ? new Reading(onGap, "")
        : new Reading(new Gap(ctx.text(), onGap), subject);
  }

  /**
   * The subject words read inside the gap phrase, between the gap noun and "mellan" (or the modal
   * verb): "i sjukfrånvaro" in "Skillnaden i sjukfrånvaro mellan kvinnor och män ska minska".
   */
  private static String inside(List<Token> tokens, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < to && !tokens.get(i).isWord("mellan"); i++) {
      words.add(tokens.get(i).raw());
    }
    return String.join(" ", words);
  }

  /** "Lika stor andel kvinnor som män", "Lika många flickor som pojkar": no gap at all. */
  private static final String EQUAL =
      "lika (stor|hog) (andel|del) (kvinnor|flickor|tjejer) som (man|pojkar|killar)"
          + " | lika (stor|hog) (andel|del) (man|pojkar|killar) som (kvinnor|flickor|tjejer)"
          + " | lika manga (kvinnor|flickor|tjejer) som (man|pojkar|killar)"
          + " | lika manga (man|pojkar|killar) som (kvinnor|flickor|tjejer)";

  /** What a sentence of no gap may end with: "Inga skillnader ska finnas". */
  private static final String NO_GAP_VERB =
      "(ska|skall|far|bor)? (inte)? (finnas|foreligga|forekomma|uppsta|kvarsta)";

  /** "Jämn könsfördelning", "jämn fördelning mellan kvinnor och män": a balance. */
  private static final String EVEN =
      "(en)? (jamn|jamlik|jamstalld) (konsfordelning|konsfordelningen|fordelning|fordelningen)";

  /**
   * noGap := (ingen | inga) gap-noun [subject] [mellan sexes] [no-gap-verb] | lika stor andel women
   * som men [subject]: the target is no gap, |K − M| at most 0 (judged by {@link GapJudge}: met at
   * no gap, partly met when the gap narrowed). A balance without a stated band ("Jämn
   * könsfördelning" alone) is refused: which shares count as even the text does not say. Returns
   * null when the text is none of these.
   */
  private static Reading noGap(Cursor c, Ctx ctx) {
    int start = c.mark();
    if (c.accept(EQUAL)) {
      return new Reading(zeroGap(ctx), "");
    }
    if (c.accept(EVEN)) {
      List<Token> tokens = c.tokens();
      boolean band =
          tokens.subList(c.mark(), tokens.size()).stream().anyMatch(t -> t.is(Token.Type.NUMBER));
      if (band) {
        c.reset(start);
        return null;
      }
      while (!c.atEnd()) {
        c.next();
      }
      return new Reading(
          RuleRefusals.ambiguous(ctx.text(), List.of(), RuleMessages.get("refuse.evenNoBand")), "");
    }
    if (!c.accept("(ingen|inga|inget)") || !c.accept(GAP_NOUN)) {
      c.reset(start);
      return null;
    }
    Token noun = c.tokens().get(c.mark() - 1);
    int afterNoun = c.mark();
    Boolean between = between(c);
    String subject = inside(c.tokens(), afterNoun, c.mark());
    boolean sexesNamed = noun.key().startsWith("kons") || between == Boolean.TRUE;
    if (between == Boolean.FALSE || !sexesNamed && c.mark() > afterNoun) {
      c.reset(start);
      return null;
    }
    c.accept(NO_GAP_VERB);
    Due due = When.due(c);
    Gap gap =
        due == null
            ? zeroGap(ctx)
            : new Gap(ctx.text(), new Deadline(ctx.text(), zero(ctx), due.year(), due.month()));
    return new Reading(gap, subject);
  }

  private static Gap zeroGap(Ctx ctx) {
    return new Gap(ctx.text(), zero(ctx));
  }

  private static Threshold zero(Ctx ctx) {
    return new Threshold(ctx.text(), BigDecimal.ZERO, "", Bound.AT_MOST);
  }

  /**
   * Subject words after the gap noun ("i andelen som är nöjda") up to "mellan": true when the sexes
   * follow (consumed), false when something else does ("mellan kommunerna"), null when there is no
   * "mellan" (the subject words up to the modal verb, or up to a word that keeps its meaning, are
   * consumed: "Skillnaden i sjukfrånvaro: högst 2 p.e.").
   */
  private static Boolean between(Cursor c) {
    List<Token> tokens = c.tokens();
    int k = c.mark();
    while (k < tokens.size()
        && !tokens.get(k).isWord("mellan")
        && SentenceSubject.plainInSubject(tokens.get(k))) {
      k++;
    }
    if (k >= tokens.size() || !tokens.get(k).isWord("mellan")) {
      while (!c.atEnd() && c.mark() < k && !c.peek().key().matches(MODAL)) {
        c.next();
      }
      return null;
    }
    int m = c.mark();
    while (c.mark() <= k) {
      c.next();
    }
    if (c.accept(SEXES)) {
      return Boolean.TRUE;
    }
    c.reset(m);
    return Boolean.FALSE;
  }

  /**
   * The rule the rest of the sentence sets on the gap: its one reading under "lower is better" if
   * that is a direction, change or limit downwards; a refusal naming both when it reads two ways;
   * null otherwise.
   */
  private static TargetRule onGap(List<Token> rest, Ctx ctx) {
    Ctx smallerIsBetter = ctx.withRiktning(Polarity.LOWER_IS_BETTER);
    List<TargetRule> real =
        RuleGrammar.readings(rest, smallerIsBetter, new Cursor(rest, new Trail(rest.size())))
            .stream()
            .map(Reading::rule)
            .filter(r -> !(r instanceof NotAssessable))
            .toList();
    if (real.size() > 1) {
      List<String> read = real.stream().map(r -> "\"" + RuleParaphrase.of(r) + "\"").toList();
      return RuleRefusals.ambiguous(
          ctx.text(), List.of(), RuleMessages.get("refuse.readings", String.join(" eller ", read)));
    }
    if (real.isEmpty() || !narrows(real.get(0))) {
      return null;
    }
    TargetRule rule = real.get(0);
    if (percentLimit(rule)) {
      // "Skillnaden ska vara högst 2 %": percentage points or a percent of one of the sexes?
      return RuleRefusals.ambiguous(ctx.text(), List.of(), RuleMessages.get("refuse.gapPercent"));
    }
    return rule;
  }

  /** Whether a rule on the gap says it should be small: downwards, or an upper limit. */
  private static boolean narrows(TargetRule rule) {
    if (rule instanceof Direction d) {
      return d.better() == Polarity.LOWER_IS_BETTER;
    }
    if (rule instanceof Change ch) {
      return !ch.increase() && ch.better() == Polarity.LOWER_IS_BETTER;
    }
    if (rule instanceof Threshold t) {
      return t.bound().polarity() == Polarity.LOWER_IS_BETTER;
    }
    return rule instanceof Deadline d
        && d.threshold().bound().polarity() == Polarity.LOWER_IS_BETTER;
  }

  private static boolean percentLimit(TargetRule rule) {
    Threshold t =
        rule instanceof Threshold th ? th : rule instanceof Deadline d ? d.threshold() : null;
    return t != null && t.unit().equals("%");
  }
}
