package se.tertial.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.compound.hyphenation.Hyphenation;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.xml.sax.InputSource;

/**
 * Swedish hyphenation of a rendered document's running text: soft hyphens (U+00AD) where the
 * Swedish patterns allow a break, so that a line never breaks a word mid-word without a hyphen
 * (openhtmltopdf breaks at a soft hyphen and prints a hyphen there; elsewhere it is invisible).
 *
 * <p>The patterns are the LibreOffice Swedish patterns ({@code hyphenation/hyph-sv.xml}), applied
 * with Apache Lucene's implementation of Liang's algorithm. Words are left alone when they hold a
 * digit or one of {@code / @ : _ = \ .} inside (numbers, codes, URLs, e-mail addresses), are
 * written in capitals (abbreviations), or are shorter than {@value #MIN_LETTERS} letters; so are
 * headings, links, column header cells (they carry their own soft hyphens), symbols, the running
 * page header, style sheets and SVG. At least two letters stay on each side of a break.
 */
public final class SwedishHyphenation {

  static final char SOFT_HYPHEN = '\u00AD';
  static final int MIN_LETTERS = 6;
  private static final int MIN_LEFT = 2;
  private static final int MIN_RIGHT = 2;

  /** Elements whose text is never hyphenated. */
  private static final Set<String> SKIPPED =
      Set.of(
          "head",
          "style",
          "script",
          "svg",
          "a",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "th",
          "title",
          "bookmarks",
          "code",
          "pre");

  /** Classes whose element's text is never hyphenated. */
  private static final Set<String> SKIPPED_CLASSES =
      Set.of("page-header", "sym", "sym-label", "num", "nohyphen", "toc", "doc-title");

  private final HyphenationTree tree;

  private SwedishHyphenation(HyphenationTree tree) {
    this.tree = tree;
  }

  /** The patterns are read once per process (about 15 000 patterns, some tens of milliseconds). */
  private static final class Holder {
    static final SwedishHyphenation INSTANCE = load();
  }

  /** The shared instance with the bundled Swedish patterns. */
  public static SwedishHyphenation swedish() {
    return Holder.INSTANCE;
  }

  /**
   * Starts reading the patterns on a background thread, so that a command reads its workbook
   * meanwhile (the patterns cost a cold process about 0.2 s of CPU); {@link #swedish()} waits for
   * them if they are not ready yet (class initialisation runs once and blocks other callers until
   * done). A failure here is left to the caller's own {@link #swedish()} call.
   */
  public static void preload() {
    Thread loader =
        new Thread(
            () -> {
              try {
                swedish();
              } catch (RuntimeException | LinkageError e) {
                // reported by the render's own call
              }
            },
            "tertial-avstavning");
    loader.setDaemon(true);
    loader.start();
  }

  private static SwedishHyphenation load() {
    try (InputStream in =
        SwedishHyphenation.class.getResourceAsStream("/hyphenation/hyph-sv.xml")) {
      if (in == null) {
        throw new IllegalStateException("hyphenation/hyph-sv.xml saknas i programmet");
      }
      HyphenationTree tree = new HyphenationTree();
      tree.loadPatterns(new InputSource(in));
      return new SwedishHyphenation(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Hyphenation for one run of many documents: the same patterns, with each word's breaks worked
   * out once and remembered (the words of a region's appendices repeat from unit to unit, and
   * Liang's pattern search per word was a tenth of a batch's CPU). Thread-safe; bounded to {@value
   * #MAX_REMEMBERED} words, after which further words are hyphenated without being remembered. The
   * output is the same as without it: a word's breaks depend only on the word.
   */
  public static final class Run {
    static final int MAX_REMEMBERED = 100_000;

    private final SwedishHyphenation patterns;
    private final Map<String, String> words = new ConcurrentHashMap<>();

    private Run(SwedishHyphenation patterns) {
      this.patterns = patterns;
    }

    /** The XHTML document hyphenated as {@link SwedishHyphenation#xhtml} does. */
    public String xhtml(String xhtml) {
      return patterns.xhtml(xhtml, this::word);
    }

    String word(String word) {
      if (word.length() < MIN_LETTERS) {
        return word;
      }
      String known = words.get(word);
      if (known != null) {
        return known;
      }
      String hyphenated = patterns.word(word);
      if (words.size() < MAX_REMEMBERED) {
        words.putIfAbsent(word, hyphenated);
      }
      return hyphenated;
    }
  }

  /** A run that remembers the words it has hyphenated; see {@link Run}. */
  public Run run() {
    return new Run(this);
  }

  /** One word with soft hyphens at its allowed breaks ({@code "uppföljning"} → upp·följ·ning). */
  public String word(String word) {
    if (word.length() < MIN_LETTERS) {
      return word;
    }
    // No lock: after loadPatterns, Lucene's HyphenationTree.hyphenate only reads the tree (it
    // writes into arrays of its own call), and the class holder publishes the tree safely, so
    // batch workers hyphenate in parallel (SwedishHyphenationTest runs it from several threads).
    Hyphenation points = tree.hyphenate(word, MIN_LEFT, MIN_RIGHT);
    if (points == null) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length() + 4);
    int from = 0;
    for (int point : points.getHyphenationPoints()) {
      if (point > from && point < word.length()) {
        out.append(word, from, point).append(SOFT_HYPHEN);
        from = point;
      }
    }
    return out.append(word, from, word.length()).toString();
  }

  /**
   * The XHTML document with soft hyphens in the running text of its body; markup, attributes and
   * the skipped elements are copied unchanged.
   */
  public String xhtml(String xhtml) {
    return xhtml(xhtml, this::word);
  }

  private String xhtml(String xhtml, UnaryOperator<String> words) {
    StringBuilder out = new StringBuilder(xhtml.length() + xhtml.length() / 20);
    Deque<Boolean> skipping = new ArrayDeque<>();
    skipping.push(Boolean.TRUE); // nothing before <body> is running text
    int i = 0;
    int length = xhtml.length();
    while (i < length) {
      int tag = xhtml.indexOf('<', i);
      int textEnd = tag < 0 ? length : tag;
      if (textEnd > i) {
        String text = xhtml.substring(i, textEnd);
        out.append(skipping.peek() ? text : text(text, words));
      }
      if (tag < 0) {
        break;
      }
      int close = xhtml.indexOf('>', tag);
      if (close < 0) {
        out.append(xhtml, tag, length);
        break;
      }
      String markup = xhtml.substring(tag, close + 1);
      out.append(markup);
      track(markup, skipping);
      i = close + 1;
    }
    return out.toString();
  }

  private static void track(String markup, Deque<Boolean> skipping) {
    if (markup.startsWith("<!") || markup.startsWith("<?") || markup.endsWith("/>")) {
      return;
    }
    if (markup.startsWith("</")) {
      if (skipping.size() > 1) {
        skipping.pop();
      }
      return;
    }
    int nameEnd = 1;
    while (nameEnd < markup.length()
        && !Character.isWhitespace(markup.charAt(nameEnd))
        && markup.charAt(nameEnd) != '>') {
      nameEnd++;
    }
    String name = markup.substring(1, nameEnd).toLowerCase(Locale.ROOT);
    boolean skip =
        SKIPPED.contains(name)
            || hasSkippedClass(markup)
            || ("th".equals(name) && markup.contains("scope=\"col\""));
    if ("body".equals(name)) {
      skipping.push(Boolean.FALSE);
    } else {
      skipping.push(skip || skipping.peek());
    }
  }

  private static boolean hasSkippedClass(String markup) {
    int at = markup.indexOf(" class=\"");
    if (at < 0) {
      return false;
    }
    int end = markup.indexOf('"', at + 8);
    for (String c : markup.substring(at + 8, end < 0 ? markup.length() : end).split(" ")) {
      if (SKIPPED_CLASSES.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /** Hyphenates the words of one text node (entity references such as &amp;amp; kept whole). */
  String text(String text) {
    return text(text, this::word);
  }

  private static String text(String text, UnaryOperator<String> words) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        out.append(text.charAt(i++));
        continue;
      }
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      out.append(token(text.substring(i, end), words));
      i = end;
    }
    return out.toString();
  }

  /** A run of non-space characters: a word with punctuation, or a number, code or address. */
  private static String token(String token, UnaryOperator<String> words) {
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (Character.isDigit(c) || "/@:_=\\".indexOf(c) >= 0 || c == SOFT_HYPHEN) {
        return token; // a number, code, URL, or already hyphenated by hand
      }
      if (c == '.' && k + 1 < token.length() && Character.isLetter(token.charAt(k + 1))) {
        return token; // www.example.se, e.g. "t.ex." is short anyway
      }
    }
    StringBuilder out = new StringBuilder(token.length() + 4);
    int k = 0;
    while (k < token.length()) {
      char c = token.charAt(k);
      if (c == '&') { // an entity reference: copied whole
        int semicolon = token.indexOf(';', k);
        int end = semicolon < 0 ? token.length() : semicolon + 1;
        out.append(token, k, end);
        k = end;
      } else if (Character.isLetter(c)) {
        int end = k;
        while (end < token.length() && Character.isLetter(token.charAt(end))) {
          end++;
        }
        String word = token.substring(k, end);
        out.append(word.equals(word.toUpperCase(Locale.ROOT)) ? word : words.apply(word));
        k = end;
      } else {
        out.append(c);
        k++;
      }
    }
    return out.toString();
  }
}
