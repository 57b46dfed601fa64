package se.tertial.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks of a municipality's socialnämnd as an analyst fills them, written with POI at test time
 * in any size: {@code measures} styrmått spread over four perspectives and their strategic goals,
 * with outcomes (some per sex) for this and last year's period and comments of varying length, and
 * {@code actions} åtgärder from a line to half a page each. The texts are drawn from a seeded
 * random source, so a size gives the same workbook every run while sizes differ in where their
 * pages break.
 */
final class LayoutWorkbooks {
  private LayoutWorkbooks() {}

  private static final String[][] PERSPECTIVES = {
    {"Invånare", "Delaktiga invånare", "Trygg och jämlik omsorg"},
    {"Verksamhet", "Kvalitet i varje möte", "Effektiva arbetssätt"},
    {"Medarbetare", "Attraktiv arbetsgivare"},
    {"Ekonomi", "Ekonomi i balans"},
  };

  private static final String[] WORDS =
      ("nämnden arbetar vidare med uppföljning av insatser för barn unga vuxna och äldre där "
              + "samverkan med regionen skolan och civilsamhället är avgörande för att nå målen "
              + "under året har handläggningstiderna minskat och fler ärenden avslutats i tid "
              + "rutinerna för dokumentation ses över och utbildning ges till alla medarbetare "
              + "brukarundersökningen visar att de flesta känner sig trygga och delaktiga men "
              + "resultatet skiljer sig mellan verksamheterna och analysen fortsätter under hösten "
              + "kostnaderna för placeringar ligger över budget vilket kräver åtgärder och tät "
              + "dialog med ekonomiavdelningen om prognosen för helåret")
          .split(" ");

  /**
   * A delårsbilaga workbook for 2025-T2 with the given numbers of measures and actions.
   *
   * @return the file written, {@code <dir>/socialnamnd-<measures>-<actions>.xlsx}
   */
  static Path appendix(Path dir, int measures, int actions) throws IOException {
    Random random = new Random(31L * measures + actions);
    Path file = dir.resolve("socialnamnd-" + measures + "-" + actions + ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      rows(
          workbook.createSheet("Rapport"),
          List.of(
              List.of("Fält", "Värde"),
              List.of("Titel", "Bilaga till delårsrapport per augusti 2025"),
              List.of("Organisation", "Exempelby kommun"),
              List.of("Enhet", "Socialnämnden"),
              List.of("Period", "2025-T2"),
              List.of("Publiceringsdatum", "2025-09-15"),
              List.of("Ansvarig", "Kim Berg"),
              List.of("Upprättad av", "Alex Lind"),
              List.of("Rapporttyp", "delarsbilaga")));
      List<List<String>> measureRows = new ArrayList<>();
      measureRows.add(
          List.of(
              "ID",
              "Perspektiv",
              "Strategiskt mål",
              "Framgångsfaktor",
              "Styrmått",
              "Mål",
              "Riktning",
              "Enhet",
              "Uppföljningsperiod"));
      List<List<String>> outcomeRows = new ArrayList<>();
      outcomeRows.add(
          List.of(
              "ID", "Period", "Kvinnor", "Män", "Totalt", "Värdetext", "Kommentar", "Bedömning"));
      for (int i = 0; i < measures; i++) {
        String[] perspective = PERSPECTIVES[i * PERSPECTIVES.length / Math.max(measures, 1)];
        String goal = perspective[1 + random.nextInt(perspective.length - 1)];
        String id = "S%02d".formatted(i + 1);
        boolean perSex = random.nextInt(3) == 0;
        measureRows.add(
            List.of(
                id,
                perspective[0],
                goal,
                sentence(random, 3, 9),
                sentence(random, 4, 18),
                "Minst " + (60 + random.nextInt(30)) + " %",
                "Högre är bättre",
                "%",
                "DÅ04,08,ÅR"));
        String comment = random.nextInt(3) == 0 ? paragraphs(random, 1, 3, 20, 90) : "";
        outcomeRows.add(outcome(random, id, "2025-T2", perSex, comment));
        outcomeRows.add(outcome(random, id, "2024-T2", perSex, ""));
      }
      rows(workbook.createSheet("Styrmått"), measureRows);
      rows(workbook.createSheet("Utfall"), outcomeRows);
      List<List<String>> actionRows = new ArrayList<>();
      actionRows.add(
          List.of(
              "Nr",
              "Perspektiv",
              "Mål",
              "Åtgärd",
              "Beskrivning",
              "Ansvarig",
              "Tidplan",
              "Förväntad effekt"));
      List<List<String>> statusRows = new ArrayList<>();
      statusRows.add(List.of("Nr", "Period", "Status", "Kommentar"));
      String[] statuses = {"Pågår enligt plan", "Pågår med avvikelse", "Ej påbörjad", "Genomförd"};
      for (int i = 0; i < actions; i++) {
        String[] perspective = PERSPECTIVES[i * PERSPECTIVES.length / Math.max(actions, 1)];
        // Most actions are a few lines; every fifth is long, up to half a page.
        boolean longAction = random.nextInt(5) == 0;
        actionRows.add(
            List.of(
                Integer.toString(i + 1),
                perspective[0],
                perspective[1 + random.nextInt(perspective.length - 1)],
                sentence(random, 3, 12),
                longAction ? paragraphs(random, 1, 3, 30, 70) : sentence(random, 8, 40),
                "Enhetschef " + (1 + random.nextInt(9)),
                "Under " + (2025 + random.nextInt(2)),
                sentence(random, 4, 25)));
        statusRows.add(
            List.of(
                Integer.toString(i + 1),
                "2025-T2",
                statuses[random.nextInt(statuses.length)],
                random.nextBoolean() ? sentence(random, 5, longAction ? 60 : 30) : ""));
      }
      rows(workbook.createSheet("Åtgärder"), actionRows);
      rows(workbook.createSheet("Åtgärdsstatus"), statusRows);
      List<List<String>> texts = new ArrayList<>();
      texts.add(List.of("Avsnitt", "Rubrik", "Text"));
      texts.add(List.of("Inledning", "Inledning", paragraphs(random, 1, 3, 30, 80)));
      for (String[] perspective : PERSPECTIVES) {
        texts.add(
            List.of(
                "Perspektiv: " + perspective[0], perspective[0], paragraphs(random, 1, 2, 15, 60)));
      }
      rows(workbook.createSheet("Texter"), texts);
      workbook.write(out);
    }
    return file;
  }

  private static List<String> outcome(
      Random random, String id, String period, boolean perSex, String comment) {
    if (perSex) {
      return List.of(
          id,
          period,
          Integer.toString(40 + random.nextInt(60)),
          Integer.toString(40 + random.nextInt(60)),
          "",
          "",
          comment,
          "");
    }
    return List.of(id, period, "", "", Integer.toString(40 + random.nextInt(60)), "", comment, "");
  }

  private static void rows(Sheet sheet, List<List<String>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows.get(r).size(); c++) {
        String value = rows.get(r).get(c);
        if (!value.isEmpty()) {
          row.createCell(c).setCellValue(value);
        }
      }
    }
  }

  /** A sentence of {@code min}–{@code max} words, capitalised, with a full stop. */
  private static String sentence(Random random, int min, int max) {
    int count = min + random.nextInt(max - min + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
    }
    return text.append('.').toString();
  }

  /**
   * {@code min}–{@code max} paragraphs of sentences, {@code minWords}–{@code maxWords} words each.
   */
  private static String paragraphs(Random random, int min, int max, int minWords, int maxWords) {
    int count = min + random.nextInt(max - min + 1);
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int words = minWords + random.nextInt(maxWords - minWords + 1);
      StringBuilder paragraph = new StringBuilder();
      while (words > 0) {
        int length = Math.min(words, 6 + random.nextInt(10));
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence(random, length, length));
        words -= length;
      }
      paragraphs.add(paragraph.toString());
    }
    return String.join("\n\n", paragraphs);
  }
}
