package se.tertial.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Builds a {@link ReportInfo} for tests, naming only the fields a test cares about; the others are
 * what a blank Rapport sheet gives (empty texts, no date, no tolerance, the default kind). One
 * place to change when the Rapport sheet gains a field.
 */
public final class ReportInfoBuilder {
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
  private String kind;
  private Map<String, String> extra = Map.of();

  private ReportInfoBuilder() {}

  /** A blank Rapport sheet. */
  public static ReportInfoBuilder info() {
    return new ReportInfoBuilder();
  }

  /** A copy of {@code info} to change. */
  public static ReportInfoBuilder from(ReportInfo info) {
    return info()
        .title(info.title())
        .organisation(info.organisation())
        .unit(info.unit())
        .period(info.period())
        .documentId(info.documentId())
        .version(info.version())
        .responsible(info.responsible())
        .preparedBy(info.preparedBy())
        .publicationDate(info.publicationDate())
        .tolerance(info.tolerance())
        .absoluteTolerance(info.absoluteTolerance())
        .kind(info.kind())
        .extra(info.extra());
  }

  /** The sample unit's Rapport sheet: Region Norrbotten, Division Länssjukvård 2, version 0.6. */
  public static ReportInfoBuilder sampleUnit(Period period) {
    return info()
        .organisation("Region Norrbotten")
        .unit("Division Länssjukvård 2")
        .period(period)
        .documentId("ARBGRP656-997614808-294")
        .version("0.6")
        .responsible("Jan Öström")
        .preparedBy("Lotta Lilja");
  }

  public ReportInfoBuilder title(String value) {
    title = value;
    return this;
  }

  public ReportInfoBuilder organisation(String value) {
    organisation = value;
    return this;
  }

  public ReportInfoBuilder unit(String value) {
    unit = value;
    return this;
  }

  public ReportInfoBuilder period(Period value) {
    period = value;
    return this;
  }

  public ReportInfoBuilder documentId(String value) {
    documentId = value;
    return this;
  }

  public ReportInfoBuilder version(String value) {
    version = value;
    return this;
  }

  public ReportInfoBuilder responsible(String value) {
    responsible = value;
    return this;
  }

  public ReportInfoBuilder preparedBy(String value) {
    preparedBy = value;
    return this;
  }

  public ReportInfoBuilder publicationDate(LocalDate value) {
    publicationDate = value;
    return this;
  }

  public ReportInfoBuilder tolerance(BigDecimal value) {
    tolerance = value;
    return this;
  }

  public ReportInfoBuilder absoluteTolerance(BigDecimal value) {
    absoluteTolerance = value;
    return this;
  }

  public ReportInfoBuilder kind(String value) {
    kind = value;
    return this;
  }

  public ReportInfoBuilder extra(Map<String, String> value) {
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
        kind,
        extra);
  }
}
