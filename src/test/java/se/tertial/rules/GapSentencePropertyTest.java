package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.rules.Fixtures.T1_2021;
import static se.tertial.rules.Fixtures.T1_2022;
import static se.tertial.rules.Fixtures.judgeOne;
import static se.tertial.rules.Fixtures.measure;
import static se.tertial.rules.Fixtures.outcome;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.tertial.model.Judgement;
import se.tertial.model.Polarity;

/**
 * No generated sentence about the gap between women and men gets a verdict opposite to its meaning:
 * sentences are built from gap phrases × the sexes in either order × subjects × verbs and limits ×
 * Riktning of the measure, judged on women's and men's outcomes this year and last. A gap that
 * clearly narrowed (or is clearly under the limit) is never not met, one that clearly widened (or
 * is clearly over) never met, whichever sex is ahead and whichever way the measure itself is
 * better; and every sentence is read, not refused.
 */
class GapSentencePropertyTest {

  /** A gap sentence and the limit it states, or null for "should narrow". */
  record Sentence(String text, Polarity riktning, BigDecimal limit) {}

  /** Women's and men's outcomes this year and last. */
  record Outcomes(int womenNow, int menNow, int womenBefore, int menBefore) {
    int gapNow() {
      return Math.abs(womenNow - menNow);
    }

    int gapBefore() {
      return Math.abs(womenBefore - menBefore);
    }
  }

  @Property(tries = 1_500)
  void noGapSentenceIsJudgedAgainstItsMeaning(
      @ForAll("sentences") Sentence s, @ForAll("outcomes") Outcomes o) {
    MeasureJudgement j =
        judgeOne(
            measure("M1", s.text(), s.riktning(), "%"),
            outcome("M1", T1_2021, "" + o.womenBefore(), "" + o.menBefore(), null),
            outcome("M1", T1_2022, "" + o.womenNow(), "" + o.menNow(), null));
    boolean meets;
    boolean misses;
    if (s.limit() == null) {
      meets = o.gapNow() < o.gapBefore();
      misses = o.gapNow() > o.gapBefore();
    } else {
      int limit = s.limit().intValue();
      meets = o.gapNow() <= limit;
      // Beyond the default tolerance band (10 % of the limit) by a clear margin.
      misses = o.gapNow() > limit * 1.2 + 1;
    }
    String why = s.text() + " on " + o + ": " + j.explanation();
    if (meets) {
      assertThat(j.judgement()).as(why).isIn(Judgement.MET, Judgement.NOT_ASSESSED);
    }
    if (misses) {
      assertThat(j.judgement()).as(why).isIn(Judgement.NOT_MET, Judgement.NOT_ASSESSED);
    }
  }

  @Property(tries = 500)
  void everyGapSentenceIsReadAsAGap(@ForAll("sentences") Sentence s) {
    TargetRule rule = TargetRuleParser.read(s.text(), s.riktning(), "%").rule();
    assertThat(rule).as(s.text()).isInstanceOf(Gap.class);
  }

  @Provide
  Arbitrary<Sentence> sentences() {
    Arbitrary<String> noun = Arbitraries.of("Skillnaden", "Skillnaderna", "Könsskillnaden");
    Arbitrary<String> sexes =
        Arbitraries.of(
            " mellan kvinnor och män",
            " mellan män och kvinnor",
            " mellan könen",
            " mellan flickor och pojkar",
            "");
    Arbitrary<String> subject = Arbitraries.of("", " i sjukfrånvaro", " i andelen som är nöjda");
    Arbitrary<String> modal = Arbitraries.of("ska", "bör", "behöver");
    Arbitrary<Integer> limit = Arbitraries.integers().between(1, 15);
    Arbitrary<Integer> form = Arbitraries.integers().between(0, 5);
    Arbitrary<Polarity> riktning =
        Arbitraries.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.UNSPECIFIED);
    return Combinators.combine(noun, sexes, subject, modal, limit, form, riktning)
        .as(
            (n, x, subj, m, l, f, r) -> {
              String modalVerb = m.equals("behöver") ? "ska" : m;
              // A difference in something with no sexes named is not read (between whom?).
              String gap = n + (x.isEmpty() && !n.startsWith("Köns") ? "" : subj) + x;
              String lead = x.isEmpty() ? "Minskade skillnader" : "Minskade skillnader" + x;
              return switch (f) {
                case 0 -> new Sentence(gap + " " + modalVerb + " minska", r, null);
                case 1 -> new Sentence(lead, r, null);
                case 2 ->
                    new Sentence(
                        gap + " " + modalVerb + " vara högst " + l + " procentenheter",
                        r,
                        BigDecimal.valueOf(l));
                case 3 ->
                    new Sentence(
                        gap + " får inte överstiga " + l + " procentenheter",
                        r,
                        BigDecimal.valueOf(l));
                case 4 ->
                    new Sentence(
                        "Jämnare fördelning" + (x.isEmpty() ? " mellan kvinnor och män" : x),
                        r,
                        null);
                default -> new Sentence(gap + ": högst " + l + " p.e.", r, BigDecimal.valueOf(l));
              };
            });
  }

  @Provide
  Arbitrary<Outcomes> outcomes() {
    Arbitrary<Integer> share = Arbitraries.integers().between(20, 95);
    return Combinators.combine(share, share, share, share).as(Outcomes::new);
  }
}
