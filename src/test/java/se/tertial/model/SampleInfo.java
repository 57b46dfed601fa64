package se.tertial.model;

/** The Rapport sheet of the sample unit, for tests. */
public final class SampleInfo {
  private SampleInfo() {}

  /** The sample unit's Rapport sheet: Region Norrbotten, Division Länssjukvård 2, version 0.6. */
  public static ReportInfo.Builder sampleUnit(Period period) {
    return ReportInfo.builder()
        .organisation("Region Norrbotten")
        .unit("Division Länssjukvård 2")
        .period(period)
        .documentId("ARBGRP656-997614808-294")
        .version("0.6")
        .responsible("Jan Öström")
        .preparedBy("Lotta Lilja");
  }
}
