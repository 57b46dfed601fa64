package se.tertial.kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.tertial.model.Report;
import se.tertial.model.Section;
import se.tertial.model.Spelling;

/**
 * Where a kind puts the {@code Texter} sections (avsnitt) of a document: the fixed places it knows
 * by name ({@code Inledning}, the plan's {@code Kapitel}…), the places named after something in the
 * document ({@code Perspektiv: <namn>}, {@code Budget: <tabell>}) and, for any other Avsnitt, a
 * free section printed under its own heading. The view builders print by it and the pipeline's
 * check reports by it ({@code workflow}), so a text is either in the document or named in a
 * finding, never silently dropped. Immutable.
 *
 * @param fixed the Avsnitt with a place of their own
 * @param repeatable whether a fixed Avsnitt may stand on many rows (the plan's headings) or only
 *     once per period (an introduction)
 * @param named the Avsnitt of the form {@code <prefix> <name>}
 */
public record TextPlaces(List<String> fixed, boolean repeatable, List<Named> named) {

  public TextPlaces {
    fixed = List.copyOf(fixed);
    named = List.copyOf(named);
  }

  /**
   * Avsnitt of the form {@code <prefix> <name>}, placed under the thing of that name.
   *
   * @param prefix as written, with its colon: {@code Perspektiv:}
   * @param what "no such thing" in Swedish, for a finding ("inget perspektiv", "ingen
   *     budgettabell")
   * @param names the names the document has for this prefix
   */
  public record Named(String prefix, String what, Function<Report, List<String>> names) {
    public Named {
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(names, "names");
    }
  }

  /** Where one text goes. */
  public sealed interface Place {}

  /** A fixed place. */
  public record Fixed(String name) implements Place {}

  /**
   * A named place: {@code known} when the document has a thing of that name.
   *
   * @param named the kind of place
   * @param name the name as written after the prefix
   * @param known whether the document has it
   */
  public record NamedPlace(Named named, String name, boolean known) implements Place {}

  /** Not a place the kind knows: a section of its own. */
  public record Free() implements Place {}

  /** Only an introduction ({@code Inledning}); any other Avsnitt is a free section. */
  public static TextPlaces introductionOnly() {
    return new TextPlaces(List.of("Inledning"), false, List.of());
  }

  /** Where {@code section} goes in {@code report}'s document. */
  public Place place(Section section, Report report) {
    String key = section.foldedKey();
    for (String name : fixed) {
      if (Section.fold(name).equals(key)) {
        return new Fixed(name);
      }
    }
    // Longest prefix first: "Efter perspektiv:" is not "Perspektiv:".
    List<Named> byLength = new ArrayList<>(named);
    byLength.sort((a, b) -> b.prefix().length() - a.prefix().length());
    for (Named n : byLength) {
      String prefix = Section.fold(n.prefix());
      if (key.startsWith(prefix)) {
        String raw = section.key().strip();
        String name = raw.substring(raw.indexOf(':') + 1).strip();
        boolean known =
            n.names().apply(report).stream()
                .anyMatch(k -> Section.fold(k).equals(Section.fold(name)));
        return new NamedPlace(n, name, known);
      }
    }
    return new Free();
  }

  /** The texts of the report's period that are free sections, in input order. */
  public List<Section> free(Report report) {
    return report.texts().stream().filter(s -> place(s, report) instanceof Free).toList();
  }

  /**
   * The texts of the report's period that will not be printed because an earlier row of the same
   * single-place Avsnitt is (a second {@code Inledning}); none for a kind whose fixed places
   * repeat.
   */
  public List<Section> shadowed(Report report) {
    List<Section> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Section s : report.texts()) {
      Place place = place(s, report);
      boolean single =
          (place instanceof Fixed && !repeatable) || (place instanceof NamedPlace p && p.known());
      if (single && !seen.add(s.foldedKey())) {
        result.add(s);
      }
    }
    return result;
  }

  /** The fixed place {@code written} most likely means, when it is a free section close to one. */
  public Optional<String> likelyFixed(String written) {
    return Spelling.closest(written, fixed);
  }
}
