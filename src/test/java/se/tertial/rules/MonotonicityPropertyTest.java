package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Sex;

/** Improving the outcome never lowers the judgement, for every rule type and polarity. */
class MonotonicityPropertyTest {

  private static final Period T1 = Period.tertial(2022, 1);

  /** One rule with the polarity it says is better. */
  record Case(TargetRule rule, Polarity better, Sex sex, String unit) {
    Case(TargetRule rule, Polarity better, Sex sex) {
      this(rule, better, sex, "%");
    }
  }

  @Property(tries = 6000)
  void improvingTheOutcomeNeverLowersTheJudgement(
      @ForAll("cases") Case c,
      @ForAll @BigRange(min = "-1000", max = "1000") @Scale(2) BigDecimal value,
      @ForAll @BigRange(min = "0.01", max = "500") @Scale(2) BigDecimal step,
      @ForAll @BigRange(min = "-1000", max = "1000") @Scale(1) BigDecimal lastYear,
      @ForAll @BigRange(min = "-1000", max = "1000") @Scale(1) BigDecimal previous,
      @ForAll @BigRange(min = "-1000", max = "1000") @Scale(1) BigDecimal reference,
      @ForAll @BigRange(min = "0", max = "50") @Scale(0) BigDecimal tolerance) {
    BigDecimal better =
        c.better() == Polarity.HIGHER_IS_BETTER ? value.add(step) : value.subtract(step);
    RuleInput in =
        new RuleInput(
            T1,
            value,
            c.unit(),
            c.better(),
            new Comparison(lastYear, T1.previousYear()),
            new Comparison(previous, Period.yearEnd(2021)),
            new Comparison(lastYear, Period.yearEnd(2020)),
            reference,
            new Tolerance(tolerance, BigDecimal.ONE));
    int before = RuleEvaluator.judge(c.rule(), c.sex(), in).judgement().rank();
    int after = RuleEvaluator.judge(c.rule(), c.sex(), in.withValue(better)).judgement().rank();
    assertThat(after).as("%s: %s → %s", c, value, better).isGreaterThanOrEqualTo(before);
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<BigDecimal> target =
        Arbitraries.bigDecimals().between(new BigDecimal("-500"), new BigDecimal("500")).ofScale(1);
    Arbitrary<Polarity> polarity =
        Arbitraries.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);
    Arbitrary<Bound> bound = Arbitraries.of(Bound.class);
    Arbitrary<Case> thresholds =
        Combinators.combine(target, bound)
            .as((t, b) -> new Case(new Threshold("t", t, "%", b), b.polarity(), Sex.TOTAL));
    Arbitrary<Case> deadlines =
        Combinators.combine(target, bound, Arbitraries.integers().between(1, 12))
            .as(
                (t, b, month) ->
                    new Case(
                        new Deadline("d", new Threshold("t", t, "%", b), 2022, month),
                        b.polarity(),
                        Sex.WOMEN));
    Arbitrary<Case> perSex =
        Combinators.combine(target, target, polarity, Arbitraries.of(Sex.WOMEN, Sex.MEN))
            .as(
                (w, m, p, s) ->
                    new Case(
                        new PerSex(
                            "p",
                            new Threshold("w", w, "%", Bound.fromPolarity(p)),
                            new Threshold("m", m, "%", Bound.fromPolarity(p))),
                        p,
                        s));
    Arbitrary<Case> directions =
        Combinators.combine(polarity, Arbitraries.of(true, false), Arbitraries.of(2020, 0))
            .as(
                (p, keep, year) ->
                    new Case(new Direction("d", p, keep, year == 0 ? null : year), p, Sex.TOTAL));
    Arbitrary<Case> relative =
        Combinators.combine(
                polarity,
                Arbitraries.bigDecimals()
                    .between(BigDecimal.ZERO, new BigDecimal("100"))
                    .ofScale(1),
                Arbitraries.of(2020, 0))
            .as(
                (p, pct, year) ->
                    new Case(
                        new Change(
                            "r",
                            p == Polarity.HIGHER_IS_BETTER,
                            pct,
                            true,
                            "%",
                            Bound.fromPolarity(p),
                            Base.ofYear(year == 0 ? null : year),
                            null),
                        p,
                        Sex.TOTAL));
    Arbitrary<Case> references =
        Combinators.combine(polarity, Arbitraries.of(ReferenceKind.class))
            .as(
                (p, k) -> {
                  Polarity effective =
                      k == ReferenceKind.LOW_AND_STABLE ? Polarity.LOWER_IS_BETTER : p;
                  return new Case(
                      new Reference("ref", k, "riket", effective), effective, Sex.TOTAL);
                });
    Arbitrary<Due> dues =
        Combinators.combine(
                Arbitraries.integers().between(2021, 2023), Arbitraries.integers().between(1, 12))
            .as(Due::new)
            .injectNull(0.3);
    Arbitrary<Base> bases =
        Arbitraries.of(
            Base.sameLastYear(),
            Base.ofYear(2020),
            new Base(Base.Kind.PREVIOUS_PERIOD, null, null));
    Arbitrary<Case> changes =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.bigDecimals()
                    .between(new BigDecimal("0.1"), new BigDecimal("100"))
                    .ofScale(1),
                Arbitraries.of(true, false),
                Arbitraries.of(Bound.class),
                bases,
                dues)
            .as(
                (up, amount, rel, b, base, due) ->
                    new Case(
                        new Change("c", up, amount, rel, rel ? "%" : "st", b, base, due),
                        b.polarity(),
                        Sex.TOTAL));
    Arbitrary<Case> keeps =
        Combinators.combine(polarity, bases, dues)
            .as((p, base, due) -> new Case(new Direction("k", p, true, base, due), p, Sex.TOTAL));
    Arbitrary<Case> balances =
        Combinators.combine(
                Arbitraries.of(Bound.AT_LEAST, Bound.ABOVE), Arbitraries.of(true, false))
            .as(
                (b, budget) ->
                    new Case(
                        new Balance("b", b, budget), Polarity.HIGHER_IS_BETTER, Sex.TOTAL, "mnkr"));
    Arbitrary<Case> ranks =
        Combinators.combine(Arbitraries.integers().between(1, 20), Arbitraries.of("placering", "%"))
            .as(
                (top, unit) ->
                    new Case(
                        new Rank("r", top, "riket"), Polarity.LOWER_IS_BETTER, Sex.TOTAL, unit));
    Arbitrary<Case> sameForBoth =
        Combinators.combine(target, polarity)
            .as(
                (t, p) -> {
                  Threshold th = new Threshold("t", t, "%", Bound.fromPolarity(p));
                  return new Case(new PerSex("p", th, th), p, Sex.TOTAL);
                });
    Arbitrary<Case> offsets =
        Combinators.combine(
                Arbitraries.bigDecimals()
                    .between(new BigDecimal("-50"), new BigDecimal("50"))
                    .ofScale(1),
                Arbitraries.of(true, false),
                bound)
            .as(
                (delta, rel, b) ->
                    new Case(
                        new ReferenceOffset(
                            "o", "riket", delta, rel, rel ? "%" : "procentenheter", b),
                        b.polarity(),
                        Sex.TOTAL));
    Arbitrary<Case> perSexByDate =
        Combinators.combine(target, target, polarity, Arbitraries.of(Sex.WOMEN, Sex.MEN), dues)
            .as(
                (w, m, p, s, due) ->
                    new Case(
                        new PerSex(
                            "p",
                            new Threshold("w", w, "%", Bound.fromPolarity(p)),
                            new Threshold("m", m, "%", Bound.fromPolarity(p)),
                            due),
                        p,
                        s));
    List<Arbitrary<Case>> all = new ArrayList<>();
    all.add(offsets);
    all.add(perSexByDate);
    all.add(changes);
    all.add(keeps);
    all.add(balances);
    all.add(ranks);
    all.add(sameForBoth);
    all.add(thresholds);
    all.add(deadlines);
    all.add(perSex);
    all.add(directions);
    all.add(relative);
    all.add(references);
    return Arbitraries.oneOf(all);
  }
}
