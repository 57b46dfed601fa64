package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.journey.NamndWorkbook.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tertial diff} on a real workbook from T1 to T2 2025: a measure judged for the first time
 * (not due in T1) is a new judgement, not an improvement; one that lost its judgement is not a
 * worsening; an action finished in T1 has not lost its status.
 */
class DiffOrderingTest {
  @TempDir Path dir;

  @Test
  void aNewJudgementIsNeitherBetterNorWorse() throws IOException {
    Path workbook = NamndWorkbook.write(dir.resolve("namnd.xlsx"));
    String table = ok("diff", workbook.toString(), "--from", "2025-T1", "--to", "2025-T2").out();

    assertThat(table)
        .containsPattern(
            "• M03 +Ej bedömd → Ej uppfyllt +Antal familjehem i egen regi \\(ny bedömning\\)")
        .containsPattern("• M05 +Delvis uppfyllt → Ej bedömd .*\\(bedömning saknas\\)")
        .doesNotContain("+ M03", "− M03", "Rekrytera fler familjehem");

    JsonNode json =
        new ObjectMapper()
            .readTree(
                ok(
                        "diff",
                        workbook.toString(),
                        "--from",
                        "2025-T1",
                        "--to",
                        "2025-T2",
                        "--format",
                        "json")
                    .out());
    JsonNode m03 = json.get("judgements").get(0);
    assertThat(m03.get("id").asText()).isEqualTo("M03");
    assertThat(m03.get("improved").asBoolean()).isFalse();
    assertThat(m03.get("change").asText()).isEqualTo("new");
    assertThat(json.get("statuses").toString()).doesNotContain("\"4\"");
  }
}
