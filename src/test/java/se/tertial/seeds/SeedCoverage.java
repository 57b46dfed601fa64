package se.tertial.seeds;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much of a seed document's text reaches a rendered PDF: the share of the seed's content lines
 * (at least five words) whose word pairs are found in the PDF's text. Both texts are folded first:
 * case, diacritics (the OCR seeds lack å/ä/ö), hyphenated line ends, digit groups ("8 675,0") and
 * common OCR slips ("6ver", "I6sningar", "&r"; a word one letter off a word of the PDF, two for
 * long words). Pure functions; {@link SeedCoverageTest} uses it.
 */
final class SeedCoverage {
  /**
   * A line counts as found when at least half of its word pairs occur in the PDF. Not more: where
   * the OCR ran a table's columns together, the pairs across a column border exist in no reading of
   * the PDF; a line the PDF lacks finds almost none of its pairs.
   */
  static final double LINE_THRESHOLD = 0.5;

  /** Lines with fewer words than this are layout (headings, numbers, page furniture). */
  static final int MIN_WORDS = 5;

  private static final Set<String> SUSPENDED = Set.of("och", "eller", "samt", "till", "respektive");

  /** Bullets as the OCR read them ("e Ur patientens perspektiv…", "o Dels…"): not words. */
  private static final Set<String> BULLETS = Set.of("e", "o");

  private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
  private static final Pattern DIGIT_GROUP =
      Pattern.compile("(?<=\\d)[ \\u00a0\\u202f](?=\\d{3}\\b)");
  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}&¢]+");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern HYPHENATED_END = Pattern.compile("\\p{L}-$");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private SeedCoverage() {}

  /**
   * One seed line the PDF lacks.
   *
   * @param number 1-based line number in the seed
   * @param share the share of its word pairs found
   * @param text the line as written in the seed, stripped
   */
  record Miss(int number, double share, String text) {}

  /**
   * The outcome for one seed.
   *
   * @param contentLines lines with at least {@link #MIN_WORDS} words
   * @param misses the content lines not found, in seed order
   */
  record Result(int contentLines, List<Miss> misses) {
    double share() {
      return contentLines == 0 ? 1 : (contentLines - misses.size()) / (double) contentLines;
    }
  }

  /**
   * Measures {@code seed} against the PDF's text in one or more reading orders (a table read cell
   * by cell, or line by line across its columns as the OCR read it); a pair found in any counts.
   */
  static Result measure(String seed, List<String> pdfTexts) {
    Set<String> vocabularyWords = new HashSet<>();
    Set<String> pairs = new HashSet<>();
    for (String pdfText : pdfTexts) {
      List<String> stream = words(pdfText).stream().flatMap(List::stream).toList();
      vocabularyWords.addAll(stream);
      for (int i = 1; i < stream.size(); i++) {
        pairs.add(stream.get(i - 1) + " " + stream.get(i));
      }
    }
    Vocabulary vocabulary = new Vocabulary(vocabularyWords);
    String[] seedLines = spaces(seed).split("\n", -1);
    List<List<String>> seedWords = words(seed);
    int content = 0;
    List<Miss> misses = new ArrayList<>();
    for (int n = 0; n < seedWords.size(); n++) {
      List<String> line = seedWords.get(n);
      // Words as written (a URL is one word), not the pieces the folding splits them into.
      long written =
          java.util.Arrays.stream(seedLines[n].strip().split("\\s+"))
              .filter(w -> LETTER.matcher(w).find())
              .count();
      if (written < MIN_WORDS || line.size() < 2) {
        continue;
      }
      content++;
      List<String> canon = line.stream().map(vocabulary::closest).toList();
      int found = 0;
      for (int i = 1; i < canon.size(); i++) {
        found += pairs.contains(canon.get(i - 1) + " " + canon.get(i)) ? 1 : 0;
      }
      double share = found / (double) (canon.size() - 1);
      if (share < LINE_THRESHOLD) {
        misses.add(new Miss(n + 1, share, seedLines[n].strip()));
      }
    }
    return new Result(content, List.copyOf(misses));
  }

  /** The folded words of each line; a word hyphenated across a line end joins its first line. */
  /** No-break and thin spaces as plain spaces (seed 004 separates its words with U+00A0). */
  private static String spaces(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2007', ' ');
  }

  static List<List<String>> words(String text) {
    text = spaces(text);
    String clean =
        DIGIT_GROUP.matcher(TAG.matcher(text.replace("\u00ad", "")).replaceAll(" ")).replaceAll("");
    List<List<String>> raw = new ArrayList<>();
    for (String line : clean.split("\n", -1)) {
      List<String> tokens = new ArrayList<>();
      for (String t : line.strip().split("\\s+")) {
        if (!t.isEmpty()) {
          tokens.add(t);
        }
      }
      raw.add(tokens);
    }
    joinHyphenatedLineEnds(raw);
    List<List<String>> folded = new ArrayList<>();
    for (List<String> tokens : raw) {
      List<String> words = new ArrayList<>();
      for (String t : tokens) {
        for (String part : SPLIT.split(t.replace("-", ""))) {
          if (!part.isEmpty() && !BULLETS.contains(part)) {
            words.add(fold(part));
          }
        }
      }
      folded.add(words);
    }
    return folded;
  }

  private static void joinHyphenatedLineEnds(List<List<String>> lines) {
    for (int i = 0; i < lines.size(); i++) {
      List<String> line = lines.get(i);
      if (line.isEmpty() || !HYPHENATED_END.matcher(line.get(line.size() - 1)).find()) {
        continue;
      }
      int next = i + 1;
      while (next < lines.size() && lines.get(next).isEmpty()) {
        next++;
      }
      if (next == lines.size()) {
        continue;
      }
      String first = lines.get(next).get(0);
      // "barn- och ungdomsvård" keeps its hyphen: the next word is a conjunction, not the rest.
      if (Character.isLowerCase(first.codePointAt(0))
          && !SUSPENDED.contains(first.toLowerCase(Locale.ROOT))) {
        String last = line.get(line.size() - 1);
        line.set(line.size() - 1, last.substring(0, last.length() - 1) + first);
        lines.get(next).remove(0);
      }
    }
  }

  /**
   * Lower case without diacritics; in words, the digits and signs OCR reads for letters ("6ver",
   * "&r", "hélsa": the seeds' OCR reads ä as é, so é folds like ä).
   */
  static String fold(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (LETTER.matcher(w).find()) {
      w =
          w.replace('6', 'o')
              .replace('0', 'o')
              .replace('¢', 'o')
              .replace('&', 'a')
              .replace('é', 'a')
              .replace('è', 'a');
    }
    return MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
  }

  /** The PDF's words, and the nearest of them for a seed word with an OCR slip. */
  private static final class Vocabulary {
    private final Set<String> words;
    private final Map<Integer, List<String>> byLength = new HashMap<>();
    private final Map<String, String> cache = new HashMap<>();

    Vocabulary(Set<String> words) {
      this.words = words;
      words.stream()
          .sorted()
          .forEach(w -> byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w));
    }

    String closest(String word) {
      if (word.length() < 4 || words.contains(word)) {
        return word;
      }
      return cache.computeIfAbsent(word, this::search);
    }

    private String search(String word) {
      int max = word.length() < 9 ? 1 : 2;
      for (int d = 1; d <= max; d++) {
        // Same length first: an OCR slip swaps a letter more often than it drops one.
        for (int delta = 0; delta <= d; delta++) {
          for (int len : new int[] {word.length() - delta, word.length() + delta}) {
            for (String candidate : byLength.getOrDefault(len, List.of())) {
              if (distance(word, candidate, d) <= d) {
                return candidate;
              }
            }
          }
        }
      }
      return word;
    }
  }

  /** Levenshtein distance, or more than {@code max} when it is larger. */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
