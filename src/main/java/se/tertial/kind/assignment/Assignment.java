package se.tertial.kind.assignment;

import java.util.Objects;
import se.tertial.model.SourceRef;

/**
 * An RD-uppdrag item from the {@code Uppdrag} sheet.
 *
 * @param nr the item's number, unique in the report
 * @param issue the "Ärende/fråga" the item is grouped under
 * @param title the item's own heading ("Liggande handlingsplaner – följs i ordinarie uppföljning")
 * @param where the row it was read from
 */
public record Assignment(String nr, String issue, String title, SourceRef where) {
  public Assignment {
    Objects.requireNonNull(nr, "nr");
    issue = Objects.requireNonNullElse(issue, "");
    title = Objects.requireNonNullElse(title, "");
  }
}
