package se.tertial.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import se.tertial.model.Polarity;

/**
 * Parses the {@code Mål} text into a {@link TargetRule}: {@link RuleTokenizer} splits it into
 * tokens, {@link RuleGrammar} reads them by recursive descent. Liberal in spelling (case, accents,
 * spaces of every kind, glued words such as "minst80%", decimal comma or point, − or -, number
 * words, trailing punctuation, sentence wrappers such as "Andelen ska uppgå till …"), strict in
 * meaning: a word the grammar does not know is never skipped (the reason quotes it), a text with
 * two readings is refused with both, and a four-digit year after a comparative is a base year,
 * never a value. Never throws for any text: an exception from the grammar is a bug (the fuzz test
 * fails on it), not a refusal. Stateless and thread-safe.
 */
public final class TargetRuleParser {
  /** Longer texts are no target rule. */
  static final int MAX_LENGTH = 200;

  /** Texts that say the target is deliberately open or elsewhere: not assessed, no warning. */
  private static final Pattern OPEN =
      Pattern.compile(
          "\\b(under utredning|utreds|tas fram|tages fram|arbetas fram|under framtagande"
              + "|handlingsplan\\w*|bilaga\\w*|faststall\\w*|beslutas|ej beslutat|saknas"
              + "|inget mal|inget malvarde|ej aktuell\\w*|inte aktuell\\w*|nytt matt|ny indikator"
              + "|nytt styrmatt|folj(s|es)? upp|uppfoljning|bevakas|redovisas|kartlagg\\w*"
              + "|analyseras|definieras|nollmatning|basmatning|ej satt|inte satt|ses over"
              + "|enligt \\w*plan\\w*|enligt overenskommelse\\w*|se separat\\w*|se ovan|se nedan|vet ej|okant)\\b");

  private TargetRuleParser() {}

  /**
   * The parsed rule with the warning {@code check} should show (e.g. a plain number without
   * Riktning, unknown words), if any.
   *
   * @param rule the rule
   * @param warning a Swedish warning for the analyst, or empty when the rule is fine or
   *     deliberately open ("Under utredning")
   * @param subject the words read as the target's subject ("väntetid" in "Högst 14 dagars
   *     väntetid"), as written, or empty
   */
  public record Parsed(TargetRule rule, Optional<String> warning, String subject) {
    public Parsed {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(warning, "warning");
      subject = Objects.requireNonNullElse(subject, "");
    }

    /** Without subject words. */
    public Parsed(TargetRule rule, Optional<String> warning) {
      this(rule, warning, "");
    }

    /** The canonical Swedish reading ("minst 85 % (högre är bättre)"), or the refusal's reason. */
    public String paraphrase() {
      return RuleParaphrase.of(rule);
    }
  }

  /** Parses a target text; never throws. */
  public static TargetRule parse(String text, Polarity polarity) {
    return read(text, polarity).rule();
  }

  /** Parses a target text and says whether the analyst should be warned; never throws. */
  public static Parsed read(String text, Polarity polarity) {
    return read(text, polarity, "");
  }

  /**
   * Parses a target text for a measure with the given unit (Enhet), which decides e.g. whether "Öka
   * med 5" on a share is ambiguous; never throws.
   */
  public static Parsed read(String text, Polarity polarity, String unit) {
    String written = text == null ? "" : text;
    Polarity riktning = polarity == null ? Polarity.UNSPECIFIED : polarity;
    Reading read = readRule(written, riktning, unit == null ? "" : unit);
    TargetRule rule = UnitCheck.conflict(read.rule(), written, unit).orElse(read.rule());
    Parsed p = parsed(rule);
    String subject = rule == read.rule() ? read.subject() : "";
    return new Parsed(p.rule(), p.warning(), subject);
  }

  private static Parsed parsed(TargetRule rule) {
    if (rule instanceof NotAssessable n
        && n.refusal() != Refusal.OPEN
        && n.refusal() != Refusal.EMPTY) {
      return new Parsed(rule, Optional.of(n.reason()));
    }
    return new Parsed(rule, Optional.empty());
  }

  private static Reading readRule(String written, Polarity column, String unit) {
    List<Token> tokens = new ArrayList<>(RuleTokenizer.tokens(written));
    if (tokens.isEmpty() || tokens.size() == 1 && tokens.get(0).isSymbol("-")) {
      return withoutSubject(RuleRefusals.empty(written));
    }
    String folded = RuleTokenizer.fold(written).replaceAll("\\s+", " ");
    if (OPEN.matcher(folded).find()) {
      return withoutSubject(RuleRefusals.open(written));
    }
    Optional<SortedMap<Integer, String>> perYear = PerYearCell.split(written);
    if (perYear.isPresent()) {
      return withoutSubject(perYear(written, perYear.get(), column, unit));
    }
    if (written.length() > MAX_LENGTH) {
      return withoutSubject(
          new NotAssessable(
              written,
              RuleMessages.get("rule.tooLong", RuleRefusals.shown(written)),
              Refusal.UNREADABLE,
              List.of()));
    }
    Polarity annotated = stripPolarity(tokens);
    boolean reach = stripReach(tokens);
    if (annotated != null && column != Polarity.UNSPECIFIED && annotated != column) {
      return withoutSubject(
          RuleRefusals.ambiguous(
              written,
              List.of(),
              RuleMessages.get("rule.conflict", Phrases.polarity(annotated), column.label())));
    }
    Polarity riktning = annotated != null ? annotated : column;
    if (tokens.isEmpty()) {
      return withoutSubject(RuleRefusals.unreadable(written, List.of()));
    }
    Hints hints = new Hints();
    RuleGrammar.Ctx ctx = new RuleGrammar.Ctx(written, riktning, unit, reach, hints);
    Trail trail = new Trail(tokens.size());
    Cursor c = new Cursor(tokens, trail);
    List<Reading> readings = RuleGrammar.readings(tokens, ctx, c);
    List<Reading> real =
        readings.stream().filter(r -> !(r.rule() instanceof NotAssessable)).toList();
    if (real.size() == 1) {
      TargetRule only = real.get(0).rule();
      if (noneOnAShare(only, tokens, ctx)) {
        return withoutSubject(
            RuleRefusals.ambiguous(written, List.of(), RuleMessages.get("refuse.noneOnShare")));
      }
      Polarity implied = only.impliedPolarity();
      if (annotated != null && implied != Polarity.UNSPECIFIED && implied != annotated) {
        return withoutSubject(
            RuleRefusals.ambiguous(
                written,
                List.of(),
                RuleMessages.get(
                    "rule.conflict", Phrases.polarity(annotated), Phrases.polarity(implied))));
      }
      if (column != Polarity.UNSPECIFIED && implied != Polarity.UNSPECIFIED && implied != column) {
        // "Minska med 5 %" on a measure whose Riktning says higher is better: one of them is
        // wrong, and judging by either could give a confident wrong verdict.
        return withoutSubject(
            RuleRefusals.ambiguous(
                written,
                List.of(),
                RuleMessages.get(
                    "rule.againstRiktning",
                    RuleParaphrase.of(only),
                    Phrases.polarity(implied),
                    column.label())));
      }
      return real.get(0);
    }
    if (real.size() > 1) {
      List<String> read =
          real.stream().map(r -> "\"" + RuleParaphrase.of(r.rule()) + "\"").toList();
      return withoutSubject(
          RuleRefusals.ambiguous(
              written,
              List.of(),
              RuleMessages.get("refuse.readings", String.join(" eller ", read))));
    }
    for (Refusal preferred : new Refusal[] {Refusal.AMBIGUOUS, Refusal.NO_POLARITY}) {
      for (Reading r : readings) {
        if (((NotAssessable) r.rule()).refusal() == preferred) {
          return r;
        }
      }
    }
    return withoutSubject(refusal(written, tokens, trail, hints));
  }

  /** Words that say something is not to happen: "inga", "ingen", "noll", "… förekomma". */
  private static final Pattern NONE_WORD =
      Pattern.compile("inga|ingen|inget|noll|nollvision|nolltolerans|forekomma|intraffa|uppsta");

  /**
   * "Ingen patient ska vänta längre än 90 dagar", "Inga trycksår", "Fall ska inte förekomma" on a
   * measure in %: the share may count those it happens to (then 0 %) or those it does not (then 100
   * %), and which only the measure's definition says; judged as "högst 0" the second would be not
   * met at 100 %. A value written ("Högst 0", "Högst 0 %") is the share itself, and a gap is no
   * share.
   */
  private static boolean noneOnAShare(TargetRule rule, List<Token> tokens, RuleGrammar.Ctx ctx) {
    Threshold zero =
        rule instanceof Threshold t ? t : rule instanceof Deadline d ? d.threshold() : null;
    return zero != null
        && RuleGrammar.isZero(zero)
        && zero.unit().isEmpty()
        && ctx.percentMeasure()
        && tokens.stream().anyMatch(t -> NONE_WORD.matcher(t.key()).matches());
  }

  private static Reading withoutSubject(TargetRule refusal) {
    return new Reading(refusal, "");
  }

  /**
   * A cell with a target per year: each year's part read on its own (with the same Riktning and
   * Enhet). A part that cannot be read makes the whole cell refused, naming the year, so that
   * {@code tertial rule} and {@code check} show it before the year comes.
   */
  private static TargetRule perYear(
      String written, SortedMap<Integer, String> parts, Polarity column, String unit) {
    SortedMap<Integer, TargetRule> years = new TreeMap<>();
    for (var part : parts.entrySet()) {
      TargetRule rule = read(part.getValue(), column, unit).rule();
      if (rule instanceof NotAssessable n) {
        return new NotAssessable(
            written,
            RuleMessages.get("refuse.perYear", part.getKey(), n.reason()),
            n.refusal(),
            n.words());
      }
      years.put(part.getKey(), rule);
    }
    return new PerYear(written, years);
  }

  /** Why nothing was read: a year or "1.500" that could be two things, unknown words, or where. */
  private static TargetRule refusal(String written, List<Token> tokens, Trail trail, Hints hints) {
    if (hints.year() != null) {
      String year = hints.year().raw();
      String why =
          tokens.stream().anyMatch(t -> t.isWord("under"))
              ? RuleMessages.get("refuse.under", year)
              : RuleMessages.get("refuse.year", year);
      return RuleRefusals.ambiguous(written, List.of(year), why);
    }
    if (hints.dotted() != null) {
      Token t = hints.dotted();
      String thousands = t.raw().replace(".", "\u00a0");
      String decimal = t.raw().replace('.', ',');
      return RuleRefusals.ambiguous(
          written,
          List.of(t.raw()),
          RuleMessages.get("refuse.dotted", t.raw(), thousands, decimal));
    }
    Token loneSex = SexWords.loneSex(tokens);
    if (loneSex != null) {
      return RuleRefusals.ambiguous(
          written, List.of(loneSex.raw()), RuleMessages.get("refuse.loneSex", loneSex.raw()));
    }
    TargetRule base = RuleRefusals.baseChange(written, tokens);
    if (base != null) {
      return base;
    }
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean word = t.is(Token.Type.WORD);
      // A quantifier is a word target only first in a target ("Alla …"); elsewhere it is unknown.
      boolean quantifier = t.key().matches("alla|samtliga|varje|varenda");
      if (word
              && !trail.read(i)
              && (quantifier || !trail.knows(t.key()) && !Quantity.knows(t.key()))
          || t.is(Token.Type.SYMBOL) && !trail.read(i) && !"%/=<>≤≥-‰".contains(t.key())) {
        unknown.add(t.raw());
      }
    }
    if (!unknown.isEmpty()) {
      return RuleRefusals.unknown(written, unknown);
    }
    int from = Math.min(trail.furthest(), tokens.size() - 1);
    List<String> rest = tokens.subList(from, tokens.size()).stream().map(Token::raw).toList();
    return RuleRefusals.unreadable(written, rest);
  }

  /** Removes a trailing "(högre är bättre)" / "lägre är bättre" and returns it. */
  private static Polarity stripPolarity(List<Token> tokens) {
    int n = tokens.size();
    if (n >= 3 && tokens.get(n - 2).isWord("ar") && tokens.get(n - 1).isWord("battre")) {
      String which = tokens.get(n - 3).key();
      Polarity p =
          which.equals("hogre")
              ? Polarity.HIGHER_IS_BETTER
              : which.equals("lagre") ? Polarity.LOWER_IS_BETTER : null;
      if (p != null) {
        tokens.subList(n - 3, n).clear();
        return p;
      }
    }
    return null;
  }

  /** Removes a trailing "ska uppnås" / "uppnås" / "ska nås": a level to reach. */
  private static boolean stripReach(List<Token> tokens) {
    int n = tokens.size();
    if (n >= 2 && tokens.get(n - 1).key().matches("uppnas|nas|natts|uppnatts|klaras")) {
      int cut = n - 1;
      if (tokens.get(n - 2).key().matches("ska|skall|bor")) {
        cut = n - 2;
      }
      tokens.subList(cut, n).clear();
      return true;
    }
    return false;
  }
}
