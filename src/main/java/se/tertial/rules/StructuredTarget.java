package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;
import se.tertial.model.Finding;
import se.tertial.model.Measure;
import se.tertial.model.Polarity;
import se.tertial.model.SourceRef;
import se.tertial.model.TargetValue;

/**
 * The structured way out beside the Mål text: {@code Målvärde} (the number judged against, with
 * {@code Riktning} deciding which side is better) and {@code Målår} (the year it applies to). The
 * published text stays the target whenever it can be read; Målvärde decides only when it cannot,
 * and a Målvärde that reads to another rule than the text is a warning naming both readings. Målår
 * is the deadline of a level written without one, judged like "100 % i dec" with a year: before it,
 * progress counts as partly met.
 */
final class StructuredTarget {
  private StructuredTarget() {}

  /**
   * The rule to judge with.
   *
   * @param rule the text's rule (with Målår as its deadline), or the Målvärde's when the text
   *     cannot be read
   * @param choice the target text chosen, with a note saying when Målvärde decided
   * @param fromValue whether Målvärde decided
   */
  record Reading(TargetRule rule, YearTargets.Choice choice, boolean fromValue) {}

  /**
   * Whether the text's own warning is still worth giving: always, unless Målvärde decided for a
   * text with no reading at all. A text with two readings (against Riktning, against Enhet) stays a
   * warning even when Målvärde decides, since one of its columns is wrong.
   */
  static boolean textWarningStands(Reading reading, TargetRule text) {
    return !reading.fromValue()
        || text instanceof NotAssessable n && n.refusal() == Refusal.AMBIGUOUS;
  }

  static Reading read(
      Measure measure,
      YearTargets.Choice choice,
      TargetRule text,
      SourceRef where,
      Consumer<Finding> findings) {
    TargetValue value = measure.targetValue();
    Integer year = measure.targetYear();
    if (value == null && year == null) {
      return new Reading(text, choice, false);
    }
    boolean readable = !(text instanceof NotAssessable);
    TargetRule dated =
        year == null || !readable ? text : withYear(measure, text, year, where, findings);
    if (value == null) {
      return new Reading(dated, choice, false);
    }
    Polarity polarity =
        measure.polarity() != Polarity.UNSPECIFIED ? measure.polarity() : text.impliedPolarity();
    // The rule keeps the Mål text as its text, so every output's "target" is the text as written.
    String written = choice.text().isBlank() ? value.text() : choice.text();
    Optional<TargetRule> fromValue = rule(value, polarity, year, written);
    if (readable && levelOfDirection(dated, fromValue)) {
      // "Öka" beside Målvärde 70 is "Öka, minst 70 %" written in two cells: the level decides.
      String note =
          RuleMessages.get("value.noteDirection", shown(measure, value), choice.text().strip());
      return new Reading(fromValue.get(), noted(choice, note), true);
    }
    if (readable) {
      if (!fromValue.map(v -> sameTarget(dated, v)).orElse(false)) {
        String valueReading = fromValue.map(RuleParaphrase::of).orElse(value.text());
        findings.accept(
            Finding.warning(
                "target.valueDiffers",
                where.column("Målvärde"),
                RuleMessages.get(
                    "value.differs", measure.id(), RuleParaphrase.of(dated), valueReading)));
      }
      return new Reading(dated, choice, false);
    }
    if (fromValue.isEmpty()) {
      findings.accept(
          Finding.warning(
              "target.valueNoPolarity",
              where.column("Riktning"),
              RuleMessages.get("value.noPolarity", measure.id(), value.text())));
      return new Reading(text, choice, false);
    }
    String shown = shown(measure, value);
    String note =
        RuleMessages.get(choice.text().isBlank() ? "value.noteEmpty" : "value.note", shown);
    return new Reading(fromValue.get(), noted(choice, note), true);
  }

  private static YearTargets.Choice noted(YearTargets.Choice choice, String note) {
    String notes = choice.note().isEmpty() ? note : choice.note() + "; " + note;
    return new YearTargets.Choice(choice.text(), notes);
  }

  /**
   * Whether the text is only a direction (Öka, Minska) that Målvärde's level agrees with: the plan
   * wrote its Riktning and its level in two cells.
   */
  private static boolean levelOfDirection(TargetRule text, Optional<TargetRule> value) {
    return text instanceof Direction d
        && !d.keep()
        && value.isPresent()
        && d.better() == value.get().impliedPolarity();
  }

  /** Målvärde as the reason quotes it: a per-sex value as written, one value with its unit. */
  private static String shown(Measure measure, TargetValue value) {
    if (value.perSex()) {
      return value.text();
    }
    String unit = value.unit().isEmpty() && measure.isPercent() ? "%" : value.unit();
    return Phrases.value(value.value(), unit);
  }

  /**
   * Målvärde as a rule with {@code text} (the Mål text, or Målvärde's when Mål is empty) as its
   * written text: a level (per sex when given so), by Målår when given; empty without a side.
   */
  static Optional<TargetRule> rule(
      TargetValue value, Polarity polarity, Integer year, String text) {
    Bound bound = Bound.fromPolarity(polarity);
    if (bound == null) {
      return Optional.empty();
    }
    Due due = year == null ? null : new Due(year, 12);
    if (value.perSex()) {
      return Optional.of(
          new PerSex(
              text,
              new Threshold(text, value.women(), value.unit(), bound),
              new Threshold(text, value.men(), value.unit(), bound),
              due));
    }
    Threshold level = new Threshold(text, value.value(), value.unit(), bound);
    return Optional.of(due == null ? level : new Deadline(text, level, year, 12));
  }

  /**
   * The text's rule with Målår as its deadline: a level or change written without one gets it; a
   * deadline of another year is a warning (the text's stays), as is one of the same year for none;
   * a rule with no level to reach by a year (Öka, riket, a placing, a range) is a warning that
   * Målår does not change the judgement.
   */
  private static TargetRule dated(
      Measure measure, TargetRule rule, int year, SourceRef where, Consumer<Finding> findings) {
    if (rule instanceof Threshold t) {
      return new Deadline(t.text(), t, year, 12);
    }
    if (rule instanceof Deadline d && d.year() == null) {
      return new Deadline(d.text(), d.threshold(), year, d.month());
    }
    if (rule instanceof PerSex p && p.due() == null) {
      return new PerSex(p.text(), p.women(), p.men(), new Due(year, 12));
    }
    if (rule instanceof Change c && c.due() == null) {
      return new Change(
          c.text(),
          c.increase(),
          c.amount(),
          c.relative(),
          c.unit(),
          c.bound(),
          c.base(),
          new Due(year, 12));
    }
    Integer written = writtenYear(rule);
    if (written == null) {
      unused(measure, rule, year, where, findings, unusedKey(rule));
    } else if (written != year) {
      findings.accept(
          Finding.warning(
              "target.yearDiffers",
              where.column("Målår"),
              RuleMessages.get("value.yearDiffers", measure.id(), RuleParaphrase.of(rule), year)));
    }
    return rule;
  }

  /** The year a rule's own deadline names, or null when it names none. */
  private static Integer writtenYear(TargetRule rule) {
    Due due =
        rule instanceof Deadline d
            ? d.due()
            : rule instanceof PerSex p
                ? p.due()
                : rule instanceof Change c
                    ? c.due()
                    : rule instanceof Direction d
                        ? d.due()
                        : rule instanceof Range r ? r.due() : null;
    return due == null ? null : due.year();
  }

  /**
   * Why Målår does not change the judgement, as the analyst thinks of the target: a direction is
   * judged against an earlier outcome each period; anything else left here (a range, a balance, a
   * reference, a placing, a level on the gap) is a level every period's outcome is judged against,
   * with no year by which it is to be reached.
   */
  private static String unusedKey(TargetRule rule) {
    TargetRule core = rule instanceof Gap g ? g.onGap() : rule;
    return core instanceof Direction ? "value.yearUnusedDirection" : "value.yearUnusedLevel";
  }

  private static void unused(
      Measure measure,
      TargetRule rule,
      int year,
      SourceRef where,
      Consumer<Finding> findings,
      String key) {
    findings.accept(
        Finding.warning(
            "target.yearUnused",
            where.column("Målår"),
            RuleMessages.get(key, measure.id(), RuleParaphrase.of(rule), year)));
  }

  private static TargetRule withYear(
      Measure measure, TargetRule text, int year, SourceRef where, Consumer<Finding> findings) {
    if (perYear(measure)) {
      // A target per year names its own years; Målår would move one of them.
      unused(measure, text, year, where, findings, "value.yearUnusedPerYear");
      return text;
    }
    return dated(measure, text, year, where, findings);
  }

  /** Whether the measure gives a target per year (Mål 2025 columns or a per-year cell). */
  private static boolean perYear(Measure measure) {
    return !measure.yearTargets().isEmpty() || PerYearCell.split(measure.target()).isPresent();
  }

  /** Whether the text's rule and Målvärde's ask for the same level in the same direction. */
  static boolean sameTarget(TargetRule text, TargetRule value) {
    if (text instanceof PerSex t && value instanceof PerSex v) {
      return sameLevel(t.women(), v.women())
          && sameLevel(t.men(), v.men())
          && sameYear(t.due(), v.due());
    }
    if (text instanceof PerSex t) {
      return sameTarget(t.side(true), value) && sameTarget(t.side(false), value);
    }
    if (text instanceof Balance b) {
      return sameTarget(new Threshold(b.text(), BigDecimal.ZERO, "", b.bound()), value);
    }
    Optional<Threshold> t = level(text);
    Optional<Threshold> v = level(value);
    return t.isPresent()
        && v.isPresent()
        && sameLevel(t.get(), v.get())
        && sameYear(due(text), due(value));
  }

  private static Optional<Threshold> level(TargetRule rule) {
    if (rule instanceof Threshold t) {
      return Optional.of(t);
    }
    return rule instanceof Deadline d ? Optional.of(d.threshold()) : Optional.empty();
  }

  private static Due due(TargetRule rule) {
    return rule instanceof Deadline d ? d.due() : null;
  }

  /** Same value and direction; a unit left out on one side is the other's. */
  private static boolean sameLevel(Threshold a, Threshold b) {
    return a.value().compareTo(b.value()) == 0
        && a.bound().polarity() == b.bound().polarity()
        && (a.unit().isEmpty() || b.unit().isEmpty() || a.unit().equals(b.unit()));
  }

  /** A deadline without a year (the report's) agrees with any; two years must be the same. */
  private static boolean sameYear(Due a, Due b) {
    return a == null
        || b == null
        || a.year() == null
        || b.year() == null
        || a.year().equals(b.year());
  }
}
