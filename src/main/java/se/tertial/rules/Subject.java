package se.tertial.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The subject (subjekt) of a target: the words that name what is measured, such as "väntetid" in
 * "Högst 5 dagars väntetid", "av vårdrelaterade infektioner" in "Inga fall av vårdrelaterade
 * infektioner" or "NKI" in "NKI minst 70". The rule: a run of plain words before the target, or
 * after a complete target, is its subject when none of them can change what the target means. Words
 * that can are a closed class listed here (negations, hedges such as "knappt" and "nästan",
 * comparatives and limits, exclusions such as "utom", distributives such as "varje" and "per",
 * fractions, intensifiers such as "kraftigt", time and base words, references, sexes and "totalt"
 * (a target on the total alone would be judged on K and M when the outcome is split), budget words,
 * change verbs and number words), and so is every number or symbol. A text with such a word where
 * the grammar does not read it is refused, quoting the word; so is a near misspelling of a word
 * that carries meaning ({@link CoreWords}). The subject before the target is found here, the one
 * after it by {@link TrailingSubject}.
 */
final class Subject {
  private static final Pattern MEANINGFUL =
      Pattern.compile(
          "inte|ej|icke|aldrig|utan|ingen|inga|inget|nastan|knappt|drygt|narmare|uppemot|emot"
              + "|helst|garna|bara|endast|enbart|ungefar|cirka|ca|runt|omkring|kring|typ|mer|mest"
              + "|mindre|minst|fler|flest|farre|hogre|hogst|lagre|lagst|storre|storst|langre"
              + "|kortare|battre|bast\\w*|samre|samst|over|under|max|maximalt|maximum|minimum|min"
              + "|atminstone|an|lika|utom|forutom|exklusive|exkl|inklusive|inkl|undantag\\w*|om"
              + "|nar|da|dock|men|eller|respektive|resp|samt|varje|vardera|per|vart|varannan"
              + "|halften|halva|halft|dubbelt|dubbla|tredjedel\\w*|fjardedel\\w*|procentuellt"
              + "|mycket|kraftigt|betydligt|markant|avsevart|tydligt|vasentligt|klart|lite|nagot"
              + "|marginellt|successivt|gradvis|stadigt|kontinuerligt|ytterligare|snabbt|rejalt"
              + "|senast|till|tom|fore|innan|sedan|fran|mot|jamfort|jamfor|jmf|jfr|ar|aret|arets"
              + "|sikt|langsiktig\\w*|kortsiktig\\w*|framover|framtid\\w*|smaningom|efterhand"
              + "|slut|slutet|utgang\\w*|\\w+periodens?|\\w+perioder\\w*"
              + "|totalt|total|totala|totalen|sammantaget|sammanlagt|sammanvagt|sammantagna"
              + "|initialt|inledningsvis|tillfalligt|temporart|stegvis|flesta|majoriteten"
              + "|merparten|flertalet|vissa|nagra|somliga"
              + "|ars|tertial\\w*|kvartal\\w*|period\\w*|foregaende|fg|forra|fjol\\w*|arsskiftet"
              + "|helar\\w*|delar\\w*|manad|manaden|manader|vecka|veckan|jan|januari|feb|februari"
              + "|mars|apr|april|maj|jun|juni|jul|juli|aug|augusti|sep|sept|september|okt|oktober"
              + "|nov|november|dec|december|riket|rikets|riks\\w*|lanet|lanets|lans\\w*|region"
              + "|regionen|regioner|regionerna|landsting\\w*|kommuner|kommunerna|genomsnitt\\w*"
              + "|snitt\\w*|medel|medelvarde\\w*|medeltal\\w*|median\\w*|sverige|sveriges|landet|landets|nationell\\w*"
              + "|topp|plats\\w*|placering\\w*|k|m|kv|kvinnor|kvinna|kvinnorna|man|mannen|flickor"
              + "|pojkar|tjejer|killar|kon|konen|budget\\w*|ram|ramen|resultat\\w*|overskott"
              + "|underskott|balans|ok[a-z]*|minsk\\w*|hoj\\w*|sank\\w*|forbattr\\w*|forsamr\\w*"
              + "|halver\\w*|fordubbl\\w*|stig\\w*|sjunk\\w*|reducer\\w*|bibehall\\w*|behall\\w*"
              + "|oforandr\\w*|stabil\\w*|skillnad\\w*|konsskillnad\\w*|gap|gapet|klyft\\w*"
              + "|differens\\w*|jamnare|jamlikare|jamstalldare");

  /** Quantifiers that are plain only right after "av": "minst 90 % av alla patienter". */
  private static final Pattern AFTER_AV = Pattern.compile("alla|samtliga|varenda");

  private Subject() {}

  /** Whether the token at {@code index} can be a word of a subject. */
  static boolean plain(List<Token> tokens, int index) {
    Token t = tokens.get(index);
    if (SexWords.countedGroup(tokens, index)) {
      return true;
    }
    if (t.is(Token.Type.WORD) && t.key().matches("\\w+avvikelsen?")) {
      // "Budgetavvikelse", "prognosavvikelsen": the measure's name; Deviations reads its limit.
      return true;
    }
    if (!t.is(Token.Type.WORD)
        || MEANINGFUL.matcher(t.key()).matches()
        || CoreWords.nearCore(t.key())) {
      return false;
    }
    if (Quantity.isNumberWord(t) && !t.key().matches("en|ett")) {
      return false;
    }
    if (AFTER_AV.matcher(t.key()).matches()) {
      return index > 0 && tokens.get(index - 1).isWord("av");
    }
    return true;
  }

  /** How many tokens at the start are plain words: the longest possible leading subject. */
  static int leading(List<Token> tokens) {
    int n = 0;
    while (n < tokens.size() && plain(tokens, n)) {
      n++;
    }
    return n;
  }

  /** Modal verbs that start the sentence after a subject. */
  private static final String MODAL = "ska|skall|far|bor|maste|kommer|ar|blir";

  /** Ordinals that are plain words inside a subject: "Väntetiden till första besök". */
  private static final Pattern ORDINAL =
      Pattern.compile("forsta|andra|tredje|fjarde|femte|sista|nasta|ny|nytt|nya");

  /**
   * The end of a leading subject that has a preposition inside it: "Väntetiden till första besök",
   * "Tiden från remiss till behandling". "till" and "från" count as part of the subject only when a
   * plain word or an ordinal follows (so "till 2025", "till årsskiftet" and "från 2019-T1" stay a
   * deadline or a base), and the subject must end at a word that is not plain (a modal, wrapper or
   * limit word). Returns the index after the subject, or -1 when there is no such subject.
   */
  static int leadingWithPrepositions(List<Token> tokens) {
    int n = leading(tokens);
    if (n == 0) {
      return -1;
    }
    int i = n;
    boolean extended = false;
    while (i + 1 < tokens.size() && tokens.get(i).key().matches("till|fran")) {
      int j = i + 1;
      if (!plain(tokens, j) && !ORDINAL.matcher(tokens.get(j).key()).matches()) {
        break;
      }
      j++;
      // A modal ends the subject: "… får inte överstiga" is read by the wrapper, not named.
      while (j < tokens.size() && plain(tokens, j) && !tokens.get(j).key().matches(MODAL)) {
        j++;
      }
      extended = true;
      i = j;
    }
    return extended && i < tokens.size() ? i : -1;
  }

  /**
   * The end of a leading deviation from budget: "<em>Avvikelse mot budget</em> max 1 %",
   * "<em>Nämndens avvikelse från tilldelad ram</em> högst 2 mnkr". The deviation's words name the
   * measure (its limit is read by {@link Deviations}); "mot 2023" or "mot föregående år" would be a
   * base and is not a subject. Returns the index after the subject, or -1.
   */
  static int leadingDeviation(List<Token> tokens) {
    int n = tokens.size();
    int i = 0;
    while (i < n && plain(tokens, i) && !tokens.get(i).key().matches("\\w*avvikelsen?")) {
      i++;
    }
    if (i + 2 >= n || !tokens.get(i).key().matches("\\w*avvikelsen?")) {
      return -1;
    }
    int j = i + 1;
    if (!tokens.get(j).key().matches("mot|fran|jamfort|gentemot")) {
      return -1;
    }
    j++;
    if (tokens.get(j - 1).isWord("jamfort") && tokens.get(j).isWord("med")) {
      j++;
    }
    if (j < n && tokens.get(j).key().matches("tilldelad|beslutad|fastst?alld|lagd")) {
      j++;
    }
    boolean budget =
        j < n && tokens.get(j).key().matches("budget|budgeten|ram|ramen|budgetram\\w*");
    return budget && j + 1 < n ? j + 1 : -1;
  }
}
