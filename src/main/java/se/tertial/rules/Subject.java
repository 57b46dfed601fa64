package se.tertial.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The subject (subjekt) of a target: the words that name what is measured, such as "väntetid" in
 * "Högst 5 dagars väntetid", "av vårdrelaterade infektioner" in "Inga fall av vårdrelaterade
 * infektioner" or "NKI" in "NKI minst 70". The rule: a run of plain words before the target, or
 * after a complete target, is its subject when none of them can change what the target means. Words
 * that can are a closed class listed here (negations, hedges such as "knappt" and "nästan",
 * comparatives and limits, exclusions such as "utom", distributives such as "varje" and "per",
 * fractions, intensifiers such as "kraftigt", time and base words, references, sexes, budget words,
 * change verbs and number words), and so is every number or symbol. A text with such a word where
 * the grammar does not read it is refused, quoting the word.
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

  /**
   * Words whose near misspellings are never a subject: "Mins 80 %" and "Högts 5 %" are refused,
   * quoting the word, rather than read without their limit.
   */
  private static final List<String> CORE =
      List.of(
          "minst",
          "hogst",
          "lagst",
          "maximalt",
          "under",
          "over",
          "mindre",
          "fler",
          "farre",
          "hogre",
          "lagre",
          "okning",
          "minska",
          "minskning",
          "senast",
          "inte",
          "samre",
          "battre",
          "jamfort",
          "foregaende",
          "procent",
          "kvinnor",
          "riket",
          "budget",
          "balans");

  private Subject() {}

  /** Whether {@code key} is one edit (insert, delete, change, swap) from a core word. */
  static boolean nearCore(String key) {
    if (key.length() < 4) {
      return false;
    }
    for (String core : CORE) {
      if (!core.equals(key) && oneEdit(key, core)) {
        return true;
      }
    }
    return false;
  }

  /** The core word {@code key} is one edit from ("mins" → "minst"), or null. */
  static String nearestCore(String key) {
    if (key.length() < 4) {
      return null;
    }
    for (String core : CORE) {
      if (!core.equals(key) && oneEdit(key, core)) {
        return DISPLAY.getOrDefault(core, core);
      }
    }
    return null;
  }

  /** The core words as written (the list holds them folded). */
  private static final Map<String, String> DISPLAY =
      Map.ofEntries(
          Map.entry("hogst", "högst"),
          Map.entry("lagst", "lägst"),
          Map.entry("over", "över"),
          Map.entry("farre", "färre"),
          Map.entry("hogre", "högre"),
          Map.entry("lagre", "lägre"),
          Map.entry("okning", "ökning"),
          Map.entry("samre", "sämre"),
          Map.entry("battre", "bättre"),
          Map.entry("jamfort", "jämfört"),
          Map.entry("foregaende", "föregående"));

  private static boolean oneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < la
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return la < lb
        ? a.substring(i).equals(b.substring(i + 1))
        : a.substring(i + 1).equals(b.substring(i));
  }

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
    if (!t.is(Token.Type.WORD) || MEANINGFUL.matcher(t.key()).matches() || nearCore(t.key())) {
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

  /** Whether every token from the cursor to the end is a plain word (the trailing subject). */
  static boolean trailing(Cursor c) {
    return trailing(c, false);
  }

  /** Participles that name a kind of thing: "ej verkställda beslut", "inte åtgärdade fel". */
  private static final Pattern PARTICIPLE =
      Pattern.compile("\\w+(ade|ad|at|da|de|dd|dda|ta|te|na|ne)");

  /**
   * The trailing subject; after a target of none ({@code zero}: "Inga …") a negated participle
   * ("Inga <em>ej verkställda</em> beslut") and an age ("… <em>äldre än tre månader</em>") name
   * what is counted: whatever they say, the target stays none, so they cannot change it.
   */
  static boolean trailing(Cursor c, boolean zero) {
    if (zero) {
      List<Token> tokens = c.tokens();
      for (int i = c.mark(); i < tokens.size(); i++) {
        if (tokens.get(i).key().matches("ej|inte|icke")
            && i + 1 < tokens.size()
            && PARTICIPLE.matcher(tokens.get(i + 1).key()).matches()
            && plain(tokens, i + 1)) {
          i++;
        } else if (tokens.get(i).key().matches("aldre|langre")
            && i + 3 < tokens.size() + 0
            && tokens.get(i + 1).isWord("an")
            && within(withInom(tokens, i + 1), 0) > 0) {
          i += 3;
        } else if (!plain(tokens, i)) {
          return trailingFrom(c, tokens, i);
        }
      }
      return true;
    }
    return trailingFrom(c, c.tokens(), c.mark());
  }

  /** "än tre månader" read as "inom tre månader" for {@link #within}. */
  private static List<Token> withInom(List<Token> tokens, int an) {
    List<Token> out = new ArrayList<>();
    out.add(new Token(Token.Type.WORD, "inom", "inom", null, 0, 0));
    out.addAll(tokens.subList(an + 1, Math.min(tokens.size(), an + 3)));
    return out;
  }

  private static boolean trailingFrom(Cursor c, List<Token> tokens, int from) {
    if (from > c.mark()) {
      for (int i = from; i < tokens.size(); i++) {
        if (!plain(tokens, i)) {
          return false;
        }
      }
      return true;
    }
    return trailingPlain(c);
  }

  private static boolean trailingPlain(Cursor c) {
    List<Token> tokens = c.tokens();
    int from = c.mark();
    if (from > 0
        && from < tokens.size()
        && tokens.get(from - 1).is(Token.Type.NUMBER)
        && Quantity.knows(tokens.get(from).key())) {
      // A unit right after a number belongs to the number: "Fler än 2019 patienter".
      return false;
    }
    for (int i = from; i < tokens.size(); i++) {
      int within = within(tokens, i);
      if (within > i) {
        i = within - 1;
      } else if (!plain(tokens, i)) {
        return i > from && (rateTail(tokens, i) || budgetTail(tokens, i));
      }
    }
    return true;
  }

  /** Units of time a measure can be defined by: "inom 14 dagar", "inom 3 minuter". */
  private static final Pattern TIME_UNIT =
      Pattern.compile(
          "dagar|dag|dygn|veckor|vecka|manader|manad|timmar|timme|tim|h|minuter|minut|min"
              + "|sekunder|sek|ar|arbetsdagar|vardagar|kalenderdagar");

  /**
   * "80 % inom 14 dagar", "Minst 90 % av samtalen besvarade inom 3 minuter": a second number with a
   * unit of time after "inom" (or "på", "efter", "senast … efter") defines what is measured — the
   * share handled within that time — and is left to the measure; the first number is judged.
   * Returns the index after the phrase, or {@code i} when there is none. A limit word inside ("inom
   * högst 14 dagar") is part of the definition too, never of the target.
   */
  static int within(List<Token> tokens, int i) {
    int n = tokens.size();
    if (i >= n || !tokens.get(i).key().matches("inom|pa|efter")) {
      return i;
    }
    int j = i + 1;
    if (j < n && tokens.get(j).key().matches("hogst|max|maximalt")) {
      j++;
    }
    if (j + 1 < n
        && (tokens.get(j).is(Token.Type.NUMBER) && !tokens.get(j).isYear()
            || Quantity.isNumberWord(tokens.get(j)))
        && TIME_UNIT.matcher(tokens.get(j + 1).key()).matches()) {
      return j + 2;
    }
    return i;
  }

  /** Whether a definition by time ({@link #within}) follows anywhere from {@code from}. */
  static boolean hasWithin(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (within(tokens, i) > i) {
        return true;
      }
    }
    return false;
  }

  /** What a rate is per: "per år", "per månad", "per 1 000 invånare". */
  private static final Pattern RATE =
      Pattern.compile(
          "ar|aret|manad|manaden|vecka|veckan|dag|dygn|tertial|kvartal|halvar|invanare|inv"
              + "|patient|patienter|person|personer|listad|listade|elev|elever|anstalld|anstallda"
              + "|medarbetare|arsarbetare|vardtillfalle|vardtillfallen|vardplats|vardplatser");

  /**
   * "Färre än 40 anmälningar per år": a rate after a noun that follows a complete limit belongs to
   * the subject (the measure is that rate), so it is no distributive ambiguity. A "per" right after
   * the value ("Högst 5 per enhet") never gets here: the subject needs a noun first.
   */
  private static boolean rateTail(List<Token> tokens, int i) {
    int n = tokens.size();
    if (!tokens.get(i).isWord("per")) {
      return false;
    }
    if (i + 2 == n) {
      return RATE.matcher(tokens.get(i + 1).key()).matches();
    }
    return i + 3 == n
        && tokens.get(i + 1).is(Token.Type.NUMBER)
        && RATE.matcher(tokens.get(i + 2).key()).matches();
  }

  /**
   * "Max 2 % avvikelse mot budget", "Högst 1 % negativ avvikelse från budget": the deviation's
   * words name the measure; "budget" (or "ram") is no base, unlike "mot 2023" or "mot föregående
   * år", which are not read here and so refused.
   */
  private static boolean budgetTail(List<Token> tokens, int i) {
    int n = tokens.size();
    if (!tokens.get(i - 1).key().startsWith("avvikelse")
        || !tokens.get(i).key().matches("mot|fran|jamfort|gentemot")) {
      return false;
    }
    int j = i + 1;
    if (tokens.get(i).isWord("jamfort") && j < n && tokens.get(j).isWord("med")) {
      j++;
    }
    if (j < n && tokens.get(j).key().matches("tilldelad|beslutad|fastst?alld|lagd")) {
      j++;
    }
    return j + 1 == n && tokens.get(j).key().matches("budget|budgeten|ram|ramen|budgetram\\w*");
  }
}
