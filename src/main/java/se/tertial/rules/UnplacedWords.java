package se.tertial.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Why the words a refusal quotes could not be read. Some are not known at all ("kraftigt", a
 * misspelling): they "förstås inte". Others the grammar does know — as words that change what a
 * target means, so it never skips them as subject words — and for those "förstås inte" would
 * mislead the analyst: the reason says instead what the word does and why it cannot stand where it
 * stands ("Totalt": a target on the total alone; "riket" not after a word saying how the outcome
 * compares with it; a time without a date; a hedge; an exclusion; a quantifier).
 */
final class UnplacedWords {
  private UnplacedWords() {}

  /** A kind of known word, with the message key that says what is wrong with it here. */
  private record Kind(String key, Pattern words) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              "refuse.word.total",
              Pattern.compile("totalt|total|totala|totalen|sammantaget|sammanlagt|sammanvagt")),
          new Kind(
              "refuse.word.reference",
              // Not a genitive ("länets kommuner") nor a compound ("länssjukhuset"): no reference.
              Pattern.compile(
                  "riket|landet|lanet|sverige|riksgenomsnitt(et)?|rikssnitt(et)?"
                      + "|lansgenomsnitt(et)?|lanssnitt(et)?|genomsnittet|snittet")),
          new Kind(
              "refuse.word.time",
              Pattern.compile(
                  "initialt|inledningsvis|tillfalligt|temporart|stegvis|successivt|gradvis|sikt"
                      + "|langsiktig\\w*|kortsiktig\\w*|framover|smaningom|efterhand")),
          new Kind(
              "refuse.word.hedge",
              Pattern.compile(
                  "nastan|knappt|drygt|narmare|uppemot|ungefar|runt|omkring|kring|helst|garna")),
          new Kind(
              "refuse.word.exclusion", Pattern.compile("utom|forutom|exklusive|exkl|undantag\\w*")),
          new Kind(
              "refuse.word.quantifier",
              Pattern.compile("flesta|majoriteten|merparten|flertalet|vissa|nagra|somliga")));

  private static final String UNKNOWN = "refuse.word.unknown";

  /**
   * The explanation for {@code words} (as written), one part per kind in the order the words come:
   * "\"kraftigt\" förstås inte; \"Totalt\" …".
   */
  static String explain(List<String> words) {
    Map<String, List<String>> byKind = new LinkedHashMap<>();
    for (String word : words) {
      byKind.computeIfAbsent(kindOf(RuleTokenizer.fold(word)), k -> new ArrayList<>()).add(word);
    }
    List<String> parts = new ArrayList<>();
    byKind.forEach((key, quoted) -> parts.add(RuleMessages.get(key, RuleRefusals.quoted(quoted))));
    return String.join("; ", parts);
  }

  private static String kindOf(String key) {
    for (Kind kind : KINDS) {
      if (kind.words().matcher(key).matches()) {
        return kind.key();
      }
    }
    return UNKNOWN;
  }
}
