package se.tertial.rules;

import java.util.ArrayList;
import java.util.List;
import se.tertial.model.Polarity;

/**
 * The recursive-descent grammar of Swedish target texts. Every production reads the whole token
 * list or fails; all productions are tried, so a text with two readings is seen as such. The
 * families: thresholds with deadlines ({@link ThresholdGrammar}, the deadline's place in the
 * sentence in {@link DueGrammar}), per sex ({@link SexGrammar}), change against a base ({@link
 * ChangeGrammar}), direction and keep ({@link DirectionGrammar}), reference, rank and budget
 * balance ({@link PlaceGrammar}). See docs/target-rules.md for the grammar as EBNF.
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

  private RuleGrammar() {}

  /**
   * All readings of the whole token list, in production order, duplicates removed. A leading run of
   * plain words is tried as the subject only when the text does not read without it (the shortest
   * subject wins); plain words after a complete target are its subject ({@link TrailingSubject}).
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
            Production.of(RangeGrammar::around),
            Production.of(ChangeGrammar::change),
            Production.of(ChangeGrammar::signedChange),
            Production.of(DirectionGrammar::keep),
            Production.of(DirectionGrammar::comparative),
            Production.of(ThresholdGrammar::occurs),
            Production.of(WordTargets::word),
            Production.of(ThresholdGrammar::threshold),
            Production.of(AppliesFromGrammar::appliesFrom));
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
        SentenceWrapper.wrapper(c);
        Reading read = production.read(c, ctx);
        if (read != null && (c.atEnd() || TrailingSubject.trailing(c, isZero(read.rule())))) {
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
  static boolean isZero(TargetRule rule) {
    return rule instanceof Threshold t && t.value().signum() == 0 && t.bound() == Bound.AT_MOST;
  }

  /** Whether a measure's unit (Enhet) is a share in percent: "%", "Andel (%)", "procent". */
  static boolean isPercent(String unit) {
    String u = RuleTokenizer.fold(unit == null ? "" : unit);
    return u.contains("%") || u.contains("procent");
  }
}
