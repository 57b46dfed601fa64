package se.tertial.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The subject of a whole sentence, before its modal verb: "<em>Andelen elever som når målen</em>
 * ska vara minst 85 %", "<em>Meritvärdet i årskurs 9</em> ska öka". Everything before the modal
 * names the measure when none of it keeps its meaning (a closed class: negations, limits outside a
 * modifier, change verbs, references, sexes, the gap …); a number that names who is counted is part
 * of it, never the target. The words after a complete target are {@link Subject}'s.
 */
final class SentenceSubject {
  private SentenceSubject() {}

  /**
   * Words that keep their meaning inside a subject before the modal verb, so that a subject with
   * one of them is never skipped: negations, hedges, limits and comparatives, exclusions,
   * alternatives, distributives and fractions, intensifiers, deadline and base words, references
   * and ranks, sexes and the gap between them, change verbs. Everything else in a noun phrase or a
   * relative clause before the modal ("Andelen elever <em>som når målen</em> ska …") only names the
   * measure.
   */
  private static final Pattern KEEPS_MEANING =
      Pattern.compile(
          "inte|ej|icke|aldrig|utan|ingen|inga|inget|nastan|knappt|drygt|narmare|uppemot|helst"
              + "|ungefar|cirka|ca|runt|omkring|kring|minst|hogst|lagst|max|maximalt|maximum"
              + "|minimum|min|atminstone|over|under|mer|mest|mindre|fler|flest|farre|hogre|hogst"
              + "|lagre|storre|storst|langre|kortare|battre|bast\\w*|samre|samst|lika|utom"
              + "|forutom|exkl\\w*|undantag\\w*|eller|respektive|resp|samt|varje|vardera|vart"
              + "|varannan|alla|samtliga|halften|halva|halft|dubbelt|dubbla|tredjedel\\w*"
              + "|fjardedel\\w*|mycket|kraftigt|betydligt|markant|avsevart|tydligt|vasentligt"
              + "|klart|marginellt|successivt|gradvis|ytterligare|snabbt|senast|jamfort|jamfor"
              + "|jmf|jfr|fore|innan|sedan|foregaende|fg|fjol\\w*|riket|rikets|riks\\w*|lanet"
              + "|lanets|lans\\w*|genomsnitt\\w*|snitt\\w*|medel|medelvarde\\w*|medeltal\\w*|median\\w*"
              + "|landet|landets"
              + "|nationell\\w*|topp|plats|placering\\w*|k|m|kv|kvinnor|kvinna|kvinnorna|man"
              + "|mannen|flickor|pojkar|tjejer|killar|kon|konen|skillnad\\w*|gap\\w*|ok[a-z]*"
              + "|minsk\\w*|hoj\\w*|sank\\w*|forbattr\\w*|forsamr\\w*|halver\\w*|fordubbl\\w*"
              + "|stig\\w*|sjunk\\w*|reducer\\w*|bibehall\\w*|behall\\w*|oforandr\\w*"
              + "|stabil\\w*|positiv\\w*|negativ\\w*|overskott|underskott|balans");

  /** The modal verbs a subject ends at. */
  private static final Pattern MODAL_VERB = Pattern.compile("ska|skall|bor|maste|far");

  /**
   * "Andelen elever som når målen ska vara minst 85 %", "Kostnad per invånare ska vara högst 52 000
   * kr", "Andelen som får svar inom 2 dagar ska …": the subject is everything before the first
   * modal verb when none of it keeps its meaning ({@link #KEEPS_MEANING}, numbers, symbols, near
   * misspellings of limit words); a rate ("per invånare") and a definition by time ("inom 2 dagar")
   * inside it name the measure. A modal inside a relative clause ("som får svar") may be the end as
   * well as the main one, so every modal reached is returned, in order; the grammar tries each.
   */
  static List<Integer> beforeModal(List<Token> tokens) {
    List<Integer> modals = new ArrayList<>();
    boolean modifier = false;
    boolean relative = false;
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      modifier |= i > 0 && MODIFIER.matcher(t.key()).matches();
      relative |= i > 0 && t.isWord("som");
      if (i > 0 && t.is(Token.Type.WORD) && MODAL_VERB.matcher(t.key()).matches()) {
        modals.add(i);
      }
      int within = TimeDefinition.within(tokens, i);
      if (within > i) {
        i = within;
        continue;
      }
      if (t.isWord("per")) {
        int j = i + 1;
        if (j < tokens.size() && tokens.get(j).is(Token.Type.NUMBER) && !tokens.get(j).isYear()) {
          j++;
        }
        if (j < tokens.size() && plainInSubject(tokens.get(j))) {
          i = j + 1;
          continue;
        }
        return modals;
      }
      // "Andel elever som uppnått kunskapskraven i alla ämnen": inside a relative clause a
      // quantifier defines who is counted; elsewhere ("Andelen i alla kommuner") it distributes.
      boolean definingQuantifier = relative && t.key().matches("alla|samtliga");
      if (!plainInSubject(t)
          && !qualifier(tokens, i, modifier)
          && !definingQuantifier
          && !SexWords.countedGroup(tokens, i)) {
        return modals;
      }
      i++;
    }
    return modals;
  }

  /** Words that start a modifier of the subject's noun: "i årskurs 9", "med minst E", "som …". */
  private static final Pattern MODIFIER =
      Pattern.compile("med|som|i|av|for|bland|hos|inom|pa|vid|utifran|avseende");

  /** Limits that define what is counted inside a modifier: "med <em>minst</em> E i matematik". */
  private static final Pattern LIMIT_IN_MODIFIER =
      Pattern.compile(
          "minst|hogst|lagst|max|maximalt|over|under|mer|mindre|fler|farre|hogre|lagre|storre"
              + "|langre|kortare");

  /**
   * A number, a "+" or "-" after it, or a limit word inside the subject that names which people or
   * things are counted — "Meritvärdet i årskurs 9", "Andelen 65+", "vårddagar för 80-åringar",
   * "elever med minst E i matematik" — and so is never the target: the target follows the modal
   * verb. Never the first word, never a year, a signed, dotted, decimal or grouped number, or a
   * number before a symbol such as "%" (a share named before the verb may be the level: "Andelen
   * över 80 % ska bibehållas" stays refused); right after the noun only an age ("65+", "18-24 år",
   * "75 år"), since "Värdet 85 ska bibehållas" may be the level to keep; a limit word only inside a
   * modifier ("med", "som", "i" …), never right after the noun ("Väntetiden under 30 dagar ska
   * bibehållas" is a level, refused).
   */
  private static boolean qualifier(List<Token> tokens, int i, boolean modifier) {
    if (i == 0) {
      return false;
    }
    Token t = tokens.get(i);
    Token before = tokens.get(i - 1);
    Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (t.is(Token.Type.NUMBER)) {
      boolean plainNumber =
          !t.looksLikeYear()
              && !t.isYear()
              && !t.has(Token.SIGNED)
              && !t.has(Token.DOTTED)
              && !t.has(Token.DECIMALS)
              && !t.has(Token.GROUPED);
      boolean attached = before.is(Token.Type.WORD) || before.isSymbol("-");
      boolean noUnitSymbol =
          after == null
              || !after.is(Token.Type.SYMBOL)
              || after.isSymbol("+")
              || after.isSymbol("-");
      // Right after the noun only an age names who is counted ("Andelen 65+", "75 år och
      // äldre"); "Värdet 85 ska bibehållas" could be the level to keep.
      boolean age =
          after != null && (after.isSymbol("+") || after.isSymbol("-") || after.isWord("ar"));
      return plainNumber && attached && noUnitSymbol && (modifier || age);
    }
    if (t.isSymbol("+")) {
      return before.is(Token.Type.NUMBER);
    }
    if (t.isSymbol("-")) {
      return before.is(Token.Type.NUMBER)
          && after != null
          && (after.is(Token.Type.WORD) || after.is(Token.Type.NUMBER));
    }
    return modifier && t.is(Token.Type.WORD) && LIMIT_IN_MODIFIER.matcher(t.key()).matches();
  }

  /** Whether a token can be a word of a subject before the modal verb. */
  static boolean plainInSubject(Token t) {
    return t.is(Token.Type.WORD)
        && !KEEPS_MEANING.matcher(t.key()).matches()
        && !CoreWords.nearCore(t.key())
        && !(Quantity.isNumberWord(t) && !t.key().matches("en|ett"));
  }
}
