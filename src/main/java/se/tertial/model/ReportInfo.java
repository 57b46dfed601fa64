package se.tertial.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The report's metadata from the {@code Rapport} sheet.
 *
 * @param title titel
 * @param organisation organisation (also "Gäller för verksamhet" in the page header)
 * @param unit enhet, e.g. "Division Länssjukvård 2"
 * @param period the reporting period
 * @param documentId dokument-ID
 * @param version version
 * @param responsible ansvarig
 * @param preparedBy upprättad av
 * @param publicationDate publiceringsdatum, or null
 * @param tolerance toleransgräns in percent of the target (default 10)
 * @param absoluteTolerance an absolute tolerance in the measure's unit ("Toleransgräns: 1 mnkr"),
 *     or null
 * @param kind rapporttyp, default {@code delarsbilaga}
 * @param extra any further fields, by name as written
 */
public record ReportInfo(
    String title,
    String organisation,
    String unit,
    Period period,
    String documentId,
    String version,
    String responsible,
    String preparedBy,
    LocalDate publicationDate,
    BigDecimal tolerance,
    BigDecimal absoluteTolerance,
    String kind,
    Map<String, String> extra) {

  /** The tolerance band when none is given: 10 % of the target value. */
  public static final BigDecimal DEFAULT_TOLERANCE = BigDecimal.TEN;

  public static final String DEFAULT_KIND = "delarsbilaga";

  public ReportInfo {
    title = Objects.requireNonNullElse(title, "");
    organisation = Objects.requireNonNullElse(organisation, "");
    unit = Objects.requireNonNullElse(unit, "");
    documentId = Objects.requireNonNullElse(documentId, "");
    version = Objects.requireNonNullElse(version, "");
    responsible = Objects.requireNonNullElse(responsible, "");
    preparedBy = Objects.requireNonNullElse(preparedBy, "");
    tolerance = Objects.requireNonNullElse(tolerance, DEFAULT_TOLERANCE);
    kind = kind == null || kind.isBlank() ? DEFAULT_KIND : kind;
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }

  /** The same metadata for another report kind ({@code --kind}). */
  public ReportInfo withKind(String other) {
    return new ReportInfo(
        title,
        organisation,
        unit,
        period,
        documentId,
        version,
        responsible,
        preparedBy,
        publicationDate,
        tolerance,
        absoluteTolerance,
        other,
        extra);
  }

  /** The same metadata for another period (batch regeneration of past periods). */
  public ReportInfo withPeriod(Period other) {
    return new ReportInfo(
        title,
        organisation,
        unit,
        other,
        documentId,
        version,
        responsible,
        preparedBy,
        publicationDate,
        tolerance,
        absoluteTolerance,
        kind,
        extra);
  }
}
