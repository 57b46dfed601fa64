package se.tertial.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.tertial.rules.ReportEvaluation;

class EvaluationCsvAndTableWriterTest {
  private final ReportEvaluation evaluation = SampleEvaluation.build();

  private String csv() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvaluationCsvWriter.write(evaluation, bytes);
    byte[] raw = bytes.toByteArray();
    assertThat(raw).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvStartsWithABomAndHasOneSemicolonRowPerMeasure() {
    String[] lines = csv().substring(1).split("\r\n");
    assertThat(lines[0]).startsWith("ID;Perspektiv;Styrmått;Mål;Regeltyp;Utfall K");
    assertThat(lines).hasSize(1 + evaluation.measures().size());
  }

  @Test
  void csvUsesDecimalCommaAndQuotesCellsWithSemicolons() {
    String text = csv();
    assertThat(text).contains(";14,5;14,7;").contains(";-17,7;");
    assertThat(EvaluationCsvWriter.quote("a;b")).isEqualTo("\"a;b\"");
    assertThat(EvaluationCsvWriter.quote("sa \"hej\"")).isEqualTo("\"sa \"\"hej\"\"\"");
  }

  @Test
  void tableFitsIn120ColumnsAndHasNoColourUnlessAsked() {
    StringWriter text = new StringWriter();
    EvaluationTableWriter.write(evaluation, new PrintWriter(text), false);
    String table = text.toString();
    assertThat(table.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    assertThat(table).doesNotContain("\u001b[").contains("M03").contains("Uppfyllt");
  }

  @Test
  void tableColoursTheJudgementWhenAsked() {
    StringWriter text = new StringWriter();
    EvaluationTableWriter.write(evaluation, new PrintWriter(text), true);
    assertThat(text.toString()).contains("\u001b[32m");
  }

  @Test
  void wrapKeepsNumbersWithTheirUnitsTogether() {
    assertThat(EvaluationTableWriter.wrap("utfallet 8,4\u00a0% är högre", 10))
        .containsExactly("utfallet", "8,4\u00a0% är", "högre");
  }
}
