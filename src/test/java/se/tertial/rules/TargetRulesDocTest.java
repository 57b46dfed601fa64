package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tertial.model.Polarity;

/** docs/target-rules.md cannot drift: every row of its phrasing tables is parsed and compared. */
class TargetRulesDocTest {

  /** One table row: the text, Riktning, Enhet, the reading and the typed rule. */
  record Row(String text, String riktning, String unit, String reading, String typed) {}

  static List<Row> rows(String section) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("docs/target-rules.md"));
    List<Row> rows = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        in = line.equals("## " + section);
        continue;
      }
      if (!in || !line.startsWith("| ") || line.startsWith("| Mål |")) {
        continue;
      }
      String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
      assertThat(cells).as(line).hasSize(5);
      String typed = cells[4].strip();
      rows.add(
          new Row(
              cells[0].strip(),
              cells[1].strip(),
              cells[2].strip(),
              cells[3].strip().replace("\\|", "|"),
              typed.substring(1, typed.length() - 1).replace("\\|", "|")));
    }
    return rows;
  }

  private static TargetRuleParser.Parsed parse(Row row) {
    Polarity polarity =
        switch (row.riktning()) {
          case "högre" -> Polarity.HIGHER_IS_BETTER;
          case "lägre" -> Polarity.LOWER_IS_BETTER;
          default -> Polarity.UNSPECIFIED;
        };
    return TargetRuleParser.read(row.text(), polarity, row.unit());
  }

  @Test
  void everyAcceptedPhrasingReadsAsDocumented() throws IOException {
    List<Row> rows = rows("Accepted phrasings");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
    for (Row row : rows) {
      TargetRuleParser.Parsed parsed = parse(row);
      assertThat(parsed.rule()).as(row.text()).isNotInstanceOf(NotAssessable.class);
      assertThat(parsed.paraphrase()).as(row.text()).isEqualTo(row.reading());
      assertThat(RuleFormat.typed(parsed.rule())).as(row.text()).isEqualTo(row.typed());
    }
  }

  @Test
  void everyRefusedPhrasingIsRefusedAsDocumented() throws IOException {
    List<Row> rows = rows("Refused phrasings");
    assertThat(rows).isNotEmpty();
    for (Row row : rows) {
      TargetRuleParser.Parsed parsed = parse(row);
      assertThat(parsed.rule()).as(row.text()).isInstanceOf(NotAssessable.class);
      assertThat(parsed.paraphrase()).as(row.text()).isEqualTo(row.reading());
      assertThat(RuleFormat.typed(parsed.rule())).as(row.text()).isEqualTo(row.typed());
    }
  }
}
