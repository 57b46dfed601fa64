package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code tertial rule}: the reading of a target text, or why it cannot be judged. */
class RuleCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  /**
   * picocli formats descriptions with String.format and, when that fails (a lone '%'), writes
   * "[picocli WARN] Could not format …" straight to System.err: no command's help may do that.
   */
  @Test
  void helpOfEveryCommandWritesNothingToStandardError() {
    CommandLine root = TertialCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err));
    List<String> commands = new ArrayList<>(root.getSubcommands().keySet());
    assertThat(commands).contains("rule", "render", "check");
    commands.add(0, "");
    PrintStream system = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      for (String command : commands) {
        String[] args =
            command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        assertThat(run(args)).as(command).isZero();
      }
    } finally {
      System.setErr(system);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).contains("t.ex. \"Minst 80 %\"").contains("t.ex. %, st");
  }

  @Test
  void printsTheTypedRuleAndItsReading() {
    assertThat(run("rule", "Andelen ska uppgå till minst 85 procent.")).isZero();
    assertThat(out.toString())
        .contains("minst 85\u00a0% (högre är bättre)")
        .contains("threshold at_least 85 %");
  }

  @Test
  void aYearAfterAComparativeIsReadAsTheBaseYear() {
    assertThat(run("rule", "Fler än 2019")).isZero();
    assertThat(out.toString()).contains("högre än samma period 2019").contains("base 2019");
  }

  @Test
  void riktningAndEnhetAreUsedLikeTheColumns() {
    assertThat(run("rule", "K 16,0 M 17,2", "--riktning", "lägre")).isZero();
    assertThat(out.toString()).contains("per_sex K at_most 16 | M at_most 17.2");
    out.getBuffer().setLength(0);
    assertThat(run("rule", "Öka med 5", "--enhet", "%")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString()).contains("procentenheter").contains("not_assessable ambiguous");
  }

  @Test
  void unknownWordsAreQuotedAndExitTwo() {
    assertThat(run("rule", "Öka kraftigt")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString()).contains("\"kraftigt\" förstås inte");
  }

  @Test
  void aDeliberatelyOpenTargetExitsOne() {
    assertThat(run("rule", "Under utredning")).isEqualTo(ExitCodes.FINDINGS);
    assertThat(out.toString()).contains("not_assessable open");
  }

  @Test
  void jsonHasTheRefusalAndTheWords() {
    assertThat(run("rule", "Minst 2020", "--format", "json")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString())
        .contains("\"refusal\" : \"ambiguous\"")
        .contains("\"words\" : [ \"2020\" ]");
  }

  @Test
  void anUnknownRiktningIsAUsageError() {
    assertThat(run("rule", "Minst 80 %", "--riktning", "snett")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("snett");
  }

  @Test
  void aRefusalNamesTheWordItCouldNotPlaceAndTheNearestAcceptedPhrasing() {
    assertThat(run("rule", "Mins 70 %")).isEqualTo(2);
    assertThat(out.toString().replace("\r\n", "\n"))
        .isEqualTo(
            """
            Mål:        Mins 70 %
            Bedöms ej:  målet "Mins 70 %" kan inte tolkas: "Mins" förstås inte
            Menade du: minst 70\u00a0% (högre är bättre)?
            Regel:      not_assessable unknown_words "Mins"
            """);
  }

  @Test
  void aCellWithATargetPerYearShowsEachYearsReading() {
    assertThat(
            run("rule", "<14% (2024)<15% (2025)<15% (2026)", "--riktning", "lägre", "--enhet", "%"))
        .isZero();
    assertThat(out.toString().replace("\r\n", "\n"))
        .isEqualTo(
            """
            Mål:        <14% (2024)<15% (2025)<15% (2026)
            Läsning:    2024: under 14\u00a0% (lägre är bättre); 2025: under 15\u00a0% (lägre är\
             bättre); 2026: under 15\u00a0% (lägre är bättre)
            Regel:      per_year 2024: threshold below 14 % | 2025: threshold below 15 % |\
             2026: threshold below 15 %
            """);
  }

  @Test
  void aDirectionThenALevelIsTheLevel() {
    assertThat(run("rule", "Öka, minst 70 %")).isZero();
    assertThat(out.toString().replace("\r\n", "\n"))
        .isEqualTo(
            """
            Mål:        Öka, minst 70 %
            Läsning:    minst 70\u00a0% (högre är bättre)
            Regel:      threshold at_least 70 %
            """);
  }

  @Test
  void aLimitOnADeviationBoundsItsSize() {
    assertThat(run("rule", "Högst 0,5 procent avvikelse", "--enhet", "%")).isZero();
    assertThat(out.toString().replace("\r\n", "\n"))
        .isEqualTo(
            """
            Mål:        Högst 0,5 procent avvikelse
            Läsning:    mellan \u22120,5\u00a0% och 0,5\u00a0%
            Subjekt:    avvikelse (orden namnger vad som mäts och ändrar inte regeln)
            Regel:      range -0.5..0.5 %
            """);
  }

  @Test
  void malvardeDecidesWhenTheTextCannotBeReadAndSaysSo() {
    assertThat(run("rule", "Bra nivå", "--malvarde", "K 16,0 M 17,2", "--riktning", "lägre"))
        .isZero();
    assertThat(out.toString())
        .contains("Bedöms ej:")
        .contains("Målvärde:   K 16,0 M 17,2")
        .contains("Bedöms som: per_sex K at_most 16 | M at_most 17.2")
        .contains("bedömt mot Målvärde K 16,0 M 17,2 och Riktning");
  }

  @Test
  void aTextAndAMalvardeThatDisagreeAreJudgedByTheTextWithAWarningAndExitOne() {
    assertThat(run("rule", "Minst 80 %", "--malvarde", "85 %", "--riktning", "högre")).isEqualTo(1);
    assertThat(out.toString())
        .contains("Bedöms som: threshold at_least 80 %")
        .contains("Varning:    Målet: Mål-texten säger minst 80\u00a0%")
        .contains("Målvärde säger minst 85\u00a0%");
  }

  @Test
  void malarDatesALevelAndIsWarnedAboutOnADirection() {
    assertThat(run("rule", "Minst 80 %", "--malar", "2026")).isZero();
    assertThat(out.toString()).contains("Bedöms som: deadline at_least 80 % by 2026-12");
    assertThat(run("rule", "Öka", "--malar", "2026")).isEqualTo(1);
    assertThat(out.toString()).contains("Målår 2026 påverkar inte bedömningen", "är en riktning");
  }

  @Test
  void jsonCarriesTheJudgedReadingOnlyWhenMalvardeIsGiven() {
    assertThat(run("rule", "Öka", "--malvarde", "70 %", "--format", "json")).isZero();
    assertThat(out.toString())
        .contains("\"judged\"")
        .contains("\"rule\" : \"threshold at_least 70 %\"")
        .contains("\"fromValue\" : true");
    out.getBuffer().setLength(0);
    assertThat(run("rule", "Öka", "--format", "json")).isZero();
    assertThat(out.toString()).doesNotContain("judged");
  }

  @Test
  void aMalvardeThatIsNoNumberIsAUsageErrorInSwedish() {
    assertThat(run("rule", "Öka", "--malvarde", "mycket")).isEqualTo(2);
    assertThat(err.toString()).contains("\"mycket\" är inget målvärde");
  }
}
