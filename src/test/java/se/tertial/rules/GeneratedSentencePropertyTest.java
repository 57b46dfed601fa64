package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.tertial.model.Judgement;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Sex;

/**
 * No generated target sentence gets a verdict opposite to its meaning. Sentences are built from the
 * families plans write (a limit in a whole sentence, direction then level, a deviation, a target
 * per year, a share within a time, a word target) × numbers × units × subjects, auxiliaries and
 * word order; each comes with what it means. An outcome that clearly meets the meaning must never
 * be judged not met, and one that clearly misses it must never be judged met. Refusing (not
 * assessed) is always allowed: a refusal is no wrong verdict.
 */
class GeneratedSentencePropertyTest {

  private static final Period T2_2025 = Period.tertial(2025, 2);

  /** What a sentence means, as the outcomes that clearly meet and clearly miss it. */
  record Sentence(
      String text,
      String unit,
      Polarity riktning,
      List<BigDecimal> meets,
      List<BigDecimal> misses) {}

  @Property(tries = 3_000)
  void noGeneratedSentenceIsJudgedAgainstItsMeaning(@ForAll("sentences") Sentence s) {
    TargetRule rule = TargetRuleParser.read(s.text(), s.riktning(), s.unit()).rule();
    for (BigDecimal good : s.meets()) {
      assertThat(judge(rule, s, good))
          .as("%s = %s on %s", s.text(), RuleFormat.typed(rule), good)
          .isIn(Judgement.MET, Judgement.NOT_ASSESSED);
    }
    for (BigDecimal bad : s.misses()) {
      assertThat(judge(rule, s, bad))
          .as("%s = %s on %s", s.text(), RuleFormat.typed(rule), bad)
          .isIn(Judgement.NOT_MET, Judgement.NOT_ASSESSED);
    }
  }

  @Property(tries = 1_000)
  void theCoreFamiliesAreReadNotRefused(@ForAll("sentences") Sentence s) {
    // Every template below is a phrasing an analyst reads without hesitation.
    TargetRule rule = TargetRuleParser.read(s.text(), s.riktning(), s.unit()).rule();
    assertThat(rule).as(s.text()).isNotInstanceOf(NotAssessable.class);
  }

  private static Judgement judge(TargetRule rule, Sentence s, BigDecimal value) {
    RuleInput in =
        new RuleInput(
            T2_2025,
            value,
            s.unit(),
            s.riktning() != Polarity.UNSPECIFIED ? s.riktning() : rule.impliedPolarity(),
            null,
            null,
            null,
            null,
            new Tolerance(BigDecimal.TEN, null));
    return RuleEvaluator.judge(rule, Sex.TOTAL, in).judgement();
  }

  /** A unit as written in the sentence and as the measure's Enhet. */
  record Unit(String written, String enhet) {}

  @Provide
  Arbitrary<Sentence> sentences() {
    Arbitrary<BigDecimal> value =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 5000).map(BigDecimal::valueOf),
            Arbitraries.integers().between(1, 999).map(i -> BigDecimal.valueOf(i, 1)));
    Arbitrary<Unit> unit =
        Arbitraries.of(
            new Unit("%", "%"),
            new Unit("procent", "%"),
            new Unit("dagar", "dagar"),
            new Unit("kr", "kr"),
            new Unit("mnkr", "mnkr"),
            new Unit("st", "st"),
            new Unit("besök", "st"));
    Arbitrary<String> subject =
        Arbitraries.of(
            "Andelen",
            "Andelen patienter som får vård",
            "Kostnaden per invånare",
            "Nämndens resultat",
            "Väntetiden till första besök",
            "Antalet besök");
    Arbitrary<String> auxiliary = Arbitraries.of("ska vara", "bör vara", "ska uppgå till", "ska");
    Arbitrary<Boolean> withRiktning = Arbitraries.of(true, false);
    Arbitrary<Integer> family = Arbitraries.integers().between(0, 7);
    return Combinators.combine(family, value, unit, subject, auxiliary, withRiktning)
        .as(GeneratedSentencePropertyTest::sentence);
  }

  private static Sentence sentence(
      int family, BigDecimal v, Unit u, String subject, String auxiliary, boolean withRiktning) {
    String n = number(v);
    String w = u.written();
    BigDecimal high = v.multiply(BigDecimal.valueOf(2)).add(BigDecimal.ONE);
    BigDecimal low = v.divide(BigDecimal.valueOf(2));
    Polarity up = withRiktning ? Polarity.HIGHER_IS_BETTER : Polarity.UNSPECIFIED;
    Polarity down = withRiktning ? Polarity.LOWER_IS_BETTER : Polarity.UNSPECIFIED;
    return switch (family) {
      case 0 ->
          new Sentence(
              subject + " " + auxiliary + " minst " + n + " " + w,
              u.enhet(),
              up,
              List.of(v, high),
              List.of(low));
      case 1 ->
          new Sentence(
              subject + " får inte överstiga " + n + " " + w,
              u.enhet(),
              down,
              List.of(v, low),
              List.of(high));
      case 2 ->
          new Sentence("Öka, minst " + n + " " + w, u.enhet(), up, List.of(v, high), List.of(low));
      case 3 ->
          new Sentence(
              "Minska – högst " + n + " " + w, u.enhet(), down, List.of(v, low), List.of(high));
      case 4 ->
          new Sentence(
              "Högst " + n + " % avvikelse",
              "%",
              Polarity.UNSPECIFIED,
              List.of(low, low.negate(), BigDecimal.ZERO),
              List.of(high, high.negate()));
      case 5 ->
          // The report's year (2025) picks its own part; the other year's would judge otherwise.
          new Sentence(
              "Minst "
                  + n
                  + " "
                  + w
                  + " (2025) minst "
                  + number(high.add(high))
                  + " "
                  + w
                  + " (2026)",
              u.enhet(),
              up,
              List.of(v, high),
              List.of(low));
      case 6 ->
          new Sentence(
              "Minst " + number(percent(v)) + " % av ärendena ska avslutas inom 14 dagar",
              "%",
              up,
              List.of(percent(v), BigDecimal.valueOf(100)),
              List.of(percent(v).divide(BigDecimal.valueOf(2))));
      default ->
          new Sentence(
              subject + " ska inte vara lägre än " + n + " " + w,
              u.enhet(),
              up,
              List.of(v, high),
              List.of(low));
    };
  }

  /** A share 1–99 % from any value. */
  private static BigDecimal percent(BigDecimal v) {
    return BigDecimal.valueOf(v.remainder(BigDecimal.valueOf(98)).intValue() + 1);
  }

  /** Swedish spelling: decimal comma, thousands grouped by a space. */
  private static String number(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    String plain = (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    String[] parts = plain.split("\\.");
    String whole = parts[0].replaceAll("(\\d)(?=(\\d{3})+$)", "$1 ");
    return parts.length > 1 ? whole + "," + parts[1] : whole;
  }
}
