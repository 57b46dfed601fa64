package se.tertial.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Period;
import se.tertial.model.ReportInfo;
import se.tertial.model.SwedishNumbers;
import se.tertial.model.TrendBase;
import se.tertial.model.UnitTypes;

/** Reads the {@code Rapport} sheet (Fält | Värde) into {@link ReportInfo}. */
final class InfoAssembler {
  static final String FIELD = "Fält";
  static final String VALUE = "Värde";
  static final List<ColumnSpec> COLUMNS =
      List.of(ColumnSpec.required(FIELD, "Falt"), ColumnSpec.required(VALUE, "Varde"));

  /** "10 %" → a share of the target; "1 mnkr" → an absolute tolerance in the measure's unit. */
  private static final Pattern TOLERANCE = Pattern.compile("([+\\-\u2212]?[\\d\\s\u00a0,.]+)(.*)");

  private InfoAssembler() {}

  /**
   * The Rapport sheet's fields. The {@code Period} is read last, by the kind {@code kindFor} picks
   * from the sheet's {@code Rapporttyp} (null when there is none): the field may come before the
   * kind, and a kind reads periods its own way (a plan's {@code 2026}).
   */
  static ReportInfo assemble(
      Columns columns, Findings findings, Function<String, KindAssembler> kindFor) {
    Map<String, String> texts = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> extra = new LinkedHashMap<>();
    RowReader periodRow = null;
    LocalDate published = null;
    BigDecimal tolerance = null;
    BigDecimal absolute = null;
    TrendBase trendBase = null;
    for (RowReader fieldRow : RowReader.rows(columns, findings)) {
      String field = fieldRow.text(FIELD);
      RowReader row = field.isEmpty() ? fieldRow : fieldRow.asField(field);
      String key = Names.key(field);
      if (field.isEmpty()) {
        if (!row.text(VALUE).isEmpty()) {
          findings.error("field.nameMissing", row.where(FIELD));
        }
        continue;
      }
      Integer earlier = seen.putIfAbsent(key, row.row());
      if (earlier != null) {
        findings.warning("field.duplicate", row.where(FIELD), field, earlier);
        continue;
      }
      switch (key) {
        case "period" -> periodRow = row;
        case "publiceringsdatum" -> published = row.date(VALUE);
        case "toleransgrans" -> {
          BigDecimal[] parsed = tolerance(row);
          tolerance = parsed[0];
          absolute = parsed[1];
        }
        case "trendbas" -> trendBase = trendBase(row);
        case "titel",
            "organisation",
            "enhet",
            "dokumentid",
            "version",
            "ansvarig",
            "upprattadav",
            "rapporttyp" ->
            texts.put(key, row.text(VALUE));
        default -> extra(field, key, row, extra, findings);
      }
    }
    Period period =
        periodRow == null
            ? null
            : periodRow.period(VALUE, kindFor.apply(texts.get("rapporttyp"))::period);
    return new ReportInfo(
        texts.get("titel"),
        texts.get("organisation"),
        texts.get("enhet"),
        period,
        texts.get("dokumentid"),
        texts.get("version"),
        texts.get("ansvarig"),
        texts.get("upprattadav"),
        published,
        tolerance,
        absolute,
        trendBase,
        texts.get("rapporttyp"),
        extra);
  }

  /**
   * A further field. {@code Publiceringsdatum <period>} (one period's publication date) is checked
   * and kept as {@code Publiceringsdatum 2024-T2} → ISO date; {@code Enhetstyp} naming no known
   * type is warned about (headings then use a neutral wording).
   */
  private static void extra(
      String field, String key, RowReader row, Map<String, String> extra, Findings findings) {
    String publication = Names.key(ReportInfo.PUBLICATION_FIELD);
    if (key.startsWith(publication)) {
      String periodText = field.strip().substring(ReportInfo.PUBLICATION_FIELD.length()).strip();
      Period period;
      try {
        period = Period.parse(periodText);
      } catch (InvalidValueException e) {
        row.failText("period.invalid", FIELD, e.getMessage());
        return;
      }
      LocalDate date = row.date(VALUE);
      if (date != null) {
        extra.put(ReportInfo.publicationField(period), date.toString());
      }
      return;
    }
    String value = row.text(VALUE);
    if (key.equals(Names.key(ReportInfo.UNIT_TYPE_FIELD))) {
      if (!value.isEmpty() && UnitTypes.genitive(value).isEmpty()) {
        findings.warning("unitType.unknown", row.where(VALUE), value);
      }
      extra.put(ReportInfo.UNIT_TYPE_FIELD, value);
      return;
    }
    extra.put(field, value);
  }

  /** {@code Trendbas}, or null when blank or bad. */
  private static TrendBase trendBase(RowReader row) {
    String text = row.text(VALUE);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return TrendBase.parse(text);
    } catch (InvalidValueException e) {
      return row.failText("trendBase.invalid", VALUE, e.getMessage());
    }
  }

  /** {percent, absolute}: one of them set, or both null when blank or bad. */
  private static BigDecimal[] tolerance(RowReader row) {
    BigDecimal number = null;
    String text = row.text(VALUE);
    if (text.isEmpty()) {
      return new BigDecimal[2];
    }
    Matcher m = TOLERANCE.matcher(text);
    String unit = "";
    try {
      if (!m.matches()) {
        throw new InvalidValueException("\"" + text + "\" är ingen toleransgräns");
      }
      number = SwedishNumbers.parse(m.group(1)).value();
      unit = Names.fold(m.group(2));
    } catch (InvalidValueException e) {
      row.fail("tolerance.invalid", VALUE, text);
      return new BigDecimal[2];
    }
    boolean percent = unit.isEmpty() || unit.equals("%") || unit.equals("procent");
    return percent ? new BigDecimal[] {number, null} : new BigDecimal[] {null, number};
  }
}
