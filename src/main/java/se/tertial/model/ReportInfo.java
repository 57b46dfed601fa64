package se.tertial.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
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
 * @param trendBase trendbas, what trends compare with, or null when the sheet gives none
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
    TrendBase trendBase,
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
    // In the order written (the Rapport sheet's), unlike Map.copyOf.
    extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** A blank Rapport sheet to fill in: empty texts, no period or date, the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A copy of this metadata to change. */
  public Builder toBuilder() {
    return new Builder()
        .title(title)
        .organisation(organisation)
        .unit(unit)
        .period(period)
        .documentId(documentId)
        .version(version)
        .responsible(responsible)
        .preparedBy(preparedBy)
        .publicationDate(publicationDate)
        .tolerance(tolerance)
        .absoluteTolerance(absoluteTolerance)
        .trendBase(trendBase)
        .kind(kind)
        .extra(extra);
  }

  /** The same metadata for another report kind ({@code --kind}). */
  public ReportInfo withKind(String other) {
    return toBuilder().kind(other).build();
  }

  /**
   * The same metadata for another period (rendering or regenerating another period): the title
   * names that period ({@link DocumentTitles#title}) and the publication date is that period's own
   * ({@link #publicationDate(Period)}), never the Rapport period's.
   */
  public ReportInfo withPeriod(Period other) {
    if (Objects.equals(other, period)) {
      return this;
    }
    // The sheet's own date moves to its period's field: still known (for that period, and to tell
    // that this workbook dates its documents), never printed for another period.
    Map<String, String> fields = new LinkedHashMap<>(extra);
    if (period != null && publicationDate != null && extraField(publicationField(period)) == null) {
      fields.put(publicationField(period), publicationDate.toString());
    }
    return toBuilder()
        .title(DocumentTitles.title(this, other))
        .period(other)
        .publicationDate(publicationDate(other))
        .extra(fields)
        .build();
  }

  /**
   * The Rapport field that holds one period's publication date: {@code Publiceringsdatum 2024-T2}.
   */
  public static String publicationField(Period p) {
    return PUBLICATION_FIELD + " " + p.code();
  }

  /** The field name {@code Publiceringsdatum}. */
  public static final String PUBLICATION_FIELD = "Publiceringsdatum";

  /** The field name {@code Enhetstyp} (division, förvaltning, bolag …). */
  public static final String UNIT_TYPE_FIELD = "Enhetstyp";

  /** The field name {@code Trendbas} (what trends compare with). */
  public static final String TREND_BASE_FIELD = "Trendbas";

  /**
   * The publication date of {@code p}: its own {@code Publiceringsdatum <period>} field, else for
   * the report's own period the plain {@code Publiceringsdatum}, else null (never another period's
   * date).
   */
  public LocalDate publicationDate(Period p) {
    String own = extraField(publicationField(p));
    if (own != null && !own.isBlank()) {
      try {
        return LocalDate.parse(own.strip());
      } catch (DateTimeParseException e) {
        return null; // the reader reported it; a bad date is never printed
      }
    }
    return Objects.equals(p, period) ? publicationDate : null;
  }

  /**
   * Whether the workbook gives any publication date ({@code Publiceringsdatum} or {@code
   * Publiceringsdatum <period>}), for any period: then a period without one of its own is a gap to
   * warn about, not a choice.
   */
  public boolean datesDocuments() {
    String prefix = PUBLICATION_FIELD.toLowerCase(Locale.ROOT);
    return publicationDate != null
        || extra.keySet().stream()
            .anyMatch(k -> k.strip().toLowerCase(Locale.ROOT).startsWith(prefix));
  }

  /**
   * The unit's type as the genitive of headings ("divisionens", "förvaltningens"): from {@code
   * Enhetstyp}, else from the first word of {@code Enhet} when it is a known type ("Division
   * Länssjukvård 2"); empty when neither names one.
   */
  public String unitGenitive() {
    String type = extraField(UNIT_TYPE_FIELD);
    String fromType = type == null ? "" : UnitTypes.genitive(type);
    if (!fromType.isEmpty()) {
      return fromType;
    }
    String first = unit.strip().split("\\s+")[0];
    return UnitTypes.genitive(first);
  }

  /** A further field by name, matched case-insensitively, or null. */
  public String extraField(String name) {
    String value = extra.get(name);
    if (value != null) {
      return value;
    }
    for (Map.Entry<String, String> e : extra.entrySet()) {
      if (e.getKey().strip().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Builds a {@link ReportInfo} naming only the fields that matter; the others are what a blank
   * Rapport sheet gives. Not thread-safe; {@link #build()} checks nothing the record does not.
   */
  public static final class Builder {
    private String title = "";
    private String organisation = "";
    private String unit = "";
    private Period period;
    private String documentId = "";
    private String version = "";
    private String responsible = "";
    private String preparedBy = "";
    private LocalDate publicationDate;
    private BigDecimal tolerance;
    private BigDecimal absoluteTolerance;
    private TrendBase trendBase;
    private String kind;
    private Map<String, String> extra = Map.of();

    private Builder() {}

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder organisation(String value) {
      organisation = value;
      return this;
    }

    public Builder unit(String value) {
      unit = value;
      return this;
    }

    public Builder period(Period value) {
      period = value;
      return this;
    }

    public Builder documentId(String value) {
      documentId = value;
      return this;
    }

    public Builder version(String value) {
      version = value;
      return this;
    }

    public Builder responsible(String value) {
      responsible = value;
      return this;
    }

    public Builder preparedBy(String value) {
      preparedBy = value;
      return this;
    }

    public Builder publicationDate(LocalDate value) {
      publicationDate = value;
      return this;
    }

    public Builder tolerance(BigDecimal value) {
      tolerance = value;
      return this;
    }

    public Builder absoluteTolerance(BigDecimal value) {
      absoluteTolerance = value;
      return this;
    }

    public Builder trendBase(TrendBase value) {
      trendBase = value;
      return this;
    }

    public Builder kind(String value) {
      kind = value;
      return this;
    }

    public Builder extra(Map<String, String> value) {
      extra = value;
      return this;
    }

    public ReportInfo build() {
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
          trendBase,
          kind,
          extra);
    }
  }
}
