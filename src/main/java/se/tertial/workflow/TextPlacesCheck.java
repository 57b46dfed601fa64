package se.tertial.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.tertial.kind.TextPlaces;
import se.tertial.model.Finding;
import se.tertial.model.Messages;
import se.tertial.model.Report;
import se.tertial.model.ReportCheck;
import se.tertial.model.Section;
import se.tertial.model.SourceRef;
import se.tertial.model.Spelling;

/**
 * Texter rows the document would not print, named so nothing is dropped without a word: a named
 * place the document lacks ("Perspektiv: Medarbetarna", with the closest known name), a second row
 * of a place printed once, and a free section whose Avsnitt is a slip of a known one ("Inlednig").
 * By the kind's {@link TextPlaces}, which its view builder prints by. Only warns.
 */
final class TextPlacesCheck implements ReportCheck {
  private static final Messages.Bundle TEXTS = new Messages.Bundle("se.tertial.workflow.messages");

  private final TextPlaces places;

  TextPlacesCheck(TextPlaces places) {
    this.places = places;
  }

  @Override
  public List<Finding> check(Report report) {
    List<Finding> findings = new ArrayList<>();
    for (Section s : report.texts()) {
      TextPlaces.Place place = places.place(s, report);
      if (place instanceof TextPlaces.NamedPlace named && !named.known()) {
        findings.add(unknownName(s, named, report));
      } else if (place instanceof TextPlaces.Free) {
        places
            .likelyFixed(s.key())
            .ifPresent(
                known ->
                    findings.add(
                        Finding.warning(
                            "text.likelyFixed",
                            where(s),
                            TEXTS.get("text.likelyFixed", s.key(), heading(s), known))));
      }
    }
    for (Section s : places.shadowed(report)) {
      findings.add(
          Finding.warning(
              "text.shadowed",
              where(s),
              TEXTS.get("text.shadowed", s.key(), report.info().period().code())));
    }
    return findings;
  }

  private static Finding unknownName(Section s, TextPlaces.NamedPlace named, Report report) {
    List<String> known = named.named().names().apply(report);
    Optional<String> meant = Spelling.closest(named.name(), known);
    String hint =
        meant.isPresent()
            ? TEXTS.get("text.unknownName.meant", meant.get())
            : known.isEmpty()
                ? TEXTS.get("text.unknownName.none", named.named().what())
                : TEXTS.get("text.unknownName.known", String.join(", ", known));
    return Finding.warning(
        "text.unknownName",
        where(s),
        TEXTS.get("text.unknownName", s.key(), named.named().what(), named.name(), hint));
  }

  /** The heading a free section is printed under: its Rubrik, else its Avsnitt. */
  static String heading(Section s) {
    return s.heading().isBlank() ? s.key().strip() : s.heading().strip();
  }

  private static SourceRef where(Section s) {
    return s.where() == null ? SourceRef.file("Texter") : s.where().column("Avsnitt");
  }
}
