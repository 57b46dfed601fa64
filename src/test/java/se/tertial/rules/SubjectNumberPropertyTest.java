package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.tertial.model.Polarity;

/**
 * A number inside the subject ("i årskurs 9", "65+", "för 80-åringar", "med minst 3 besök") names
 * who is counted and is never the target: generated sentences with such a number before the modal
 * verb read as the target after it — the value written there, or the direction of the verb — or are
 * refused, never as a level at the subject's number.
 */
class SubjectNumberPropertyTest {

  /** A sentence, the number inside its subject, and the target's value (null for a verb). */
  record Sentence(String text, int inSubject, BigDecimal target) {}

  @Property(tries = 2_000)
  void theSubjectsNumberIsNeverTheTarget(@ForAll("sentences") Sentence s) {
    TargetRule rule = TargetRuleParser.read(s.text(), Polarity.UNSPECIFIED, "%").rule();
    if (rule instanceof NotAssessable) {
      return;
    }
    if (s.target() == null) {
      assertThat(rule).as(s.text()).isInstanceOf(Direction.class);
    } else {
      assertThat(rule).as(s.text()).isInstanceOf(Threshold.class);
      assertThat(((Threshold) rule).value()).as(s.text()).isEqualByComparingTo(s.target());
    }
  }

  @Property(tries = 500)
  void theseSubjectsAreRead(@ForAll("sentences") Sentence s) {
    assertThat(TargetRuleParser.read(s.text(), Polarity.UNSPECIFIED, "%").rule())
        .as(s.text())
        .isNotInstanceOf(NotAssessable.class);
  }

  @Provide
  Arbitrary<Sentence> sentences() {
    Arbitrary<String> head =
        Arbitraries.of("Andelen elever", "Andel invånare", "Antalet patienter", "Meritvärdet");
    Arbitrary<Integer> qualifier = Arbitraries.integers().between(0, 4);
    Arbitrary<Integer> number = Arbitraries.integers().between(1, 99);
    Arbitrary<Integer> value = Arbitraries.integers().between(1, 99);
    Arbitrary<Integer> ending = Arbitraries.integers().between(0, 3);
    return Combinators.combine(head, qualifier, number, value, ending)
        .as(
            (h, q, n, v, e) -> {
              String subject =
                  switch (q) {
                    case 0 -> h + " i årskurs " + n;
                    case 1 -> h + " " + n + "+ med hemtjänst";
                    case 2 -> h + " för " + n + "-åringar";
                    case 3 -> h + " " + n + " år och äldre";
                    default -> h + " med minst " + n + " besök";
                  };
              return switch (e) {
                case 0 -> new Sentence(subject + " ska öka", n, null);
                case 1 -> new Sentence(subject + " ska minska", n, null);
                case 2 ->
                    new Sentence(subject + " ska vara minst " + v + " %", n, BigDecimal.valueOf(v));
                default ->
                    new Sentence(
                        subject + " får inte överstiga " + v + " %", n, BigDecimal.valueOf(v));
              };
            });
  }
}
