package se.tertial.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words that name the sexes inside a target's subject: one sex counted among a group ("Andelen
 * <em>kvinnor</em> bland chefer"), which names the measure rather than a target per sex; a lone sex
 * after andel or antal, which could be either and is refused; and a balance between the sexes
 * ("Jämn könsfördelning"). Pure functions over tokens.
 */
final class SexWords {
  private SexWords() {}

  /** Words that name one sex as a group of people. */
  private static final Pattern ONE_SEX =
      Pattern.compile(
          "kvinnor|kvinnorna|man|mannen|flickor|flickorna|pojkar|pojkarna|tjejer|killar");

  /** Every word that names a sex, also as a label of a per-sex target ("K", "M", "Kv"). */
  private static final Pattern ANY_SEX =
      Pattern.compile(
          "k|m|kv|kvinnor|kvinna|kvinnorna|kvinnors|kvinnliga|man|mannen|mans|manliga|flickor"
              + "|flickorna|pojkar|pojkarna|tjejer|killar|kon|konen|bada|oavsett");

  /** The heads of a measure that counts people: a share or a number of them. */
  private static final Pattern COUNTING_HEAD =
      Pattern.compile("andel|andelen|andelar|andelarna|antal|antalet|antalen");

  /** Words that start the group the counted people are taken from: "bland chefer", "som …". */
  private static final Pattern GROUP_MODIFIER =
      Pattern.compile("bland|som|i|inom|pa|hos|med|vid|av|per");

  /**
   * Whether the sex word at {@code index} names who is counted by the measure itself, as in
   * "Andelen <em>kvinnor</em> bland chefer" or "Antalet <em>flickor</em> som deltar": right after a
   * counting head (andel, antal), followed by the group they are counted in, and the only sex word
   * in the text. Then the target is on the measure (the share of women among managers), never a
   * target per sex and never a gap; a text that names both sexes, or a sex with no group after it
   * ("Andelen kvinnor ska öka" on a measure split by sex could mean the women's value), is left to
   * the per-sex and gap grammar or refused.
   */
  static boolean countedGroup(List<Token> tokens, int index) {
    if (index == 0 || index + 1 >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(index);
    if (!t.is(Token.Type.WORD)
        || !ONE_SEX.matcher(t.key()).matches()
        || !COUNTING_HEAD.matcher(tokens.get(index - 1).key()).matches()
        || !GROUP_MODIFIER.matcher(tokens.get(index + 1).key()).matches()) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (i != index && ANY_SEX.matcher(tokens.get(i).key()).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sex word right after a counting head with no group after it ("Andelen <em>kvinnor</em> ska
   * öka"), or null: on a measure split by sex it could be the women's value, on one value the share
   * of women; the grammar reads neither, and the refusal says why.
   */
  static Token loneSex(List<Token> tokens) {
    if (tokens.stream().filter(t -> ANY_SEX.matcher(t.key()).matches()).count() != 1) {
      return null;
    }
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      // "Lika stor andel kvinnor" is an unfinished comparison, not a lone sex.
      boolean afterHead =
          COUNTING_HEAD.matcher(tokens.get(i - 1).key()).matches()
              && (i < 2 || !tokens.get(i - 2).key().matches("stor|hog|lika"));
      boolean group =
          i + 1 < tokens.size() && GROUP_MODIFIER.matcher(tokens.get(i + 1).key()).matches();
      if (t.is(Token.Type.WORD) && ONE_SEX.matcher(t.key()).matches() && afterHead && !group) {
        return t;
      }
    }
    return null;
  }

  /** Whether a text names who is counted by one sex ({@link #countedGroup}). */
  static boolean namesCountedGroup(String text) {
    List<Token> tokens = RuleTokenizer.tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      if (countedGroup(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether subject words name a balance between the sexes: "Jämn könsfördelning". */
  static boolean namesSexBalance(String subject) {
    List<Token> tokens = RuleTokenizer.tokens(subject);
    boolean distribution = false;
    boolean sexes = false;
    for (Token t : tokens) {
      sexes |= t.key().startsWith("kons") || ANY_SEX.matcher(t.key()).matches();
      distribution |= t.key().matches("\\w*fordelning\\w*");
    }
    return distribution && sexes;
  }
}
