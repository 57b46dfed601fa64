package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetValueTest {

  @Test
  void oneNumberInSwedishFormWithItsUnit() {
    TargetValue share = TargetValue.parse("80 %");
    assertThat(share.value()).isEqualByComparingTo("80");
    assertThat(share.unit()).isEqualTo("%");
    assertThat(share.perSex()).isFalse();
    TargetValue money = TargetValue.parse("−1,5 mnkr");
    assertThat(money.value()).isEqualByComparingTo("-1.5");
    assertThat(money.unit()).isEqualTo("mnkr");
    assertThat(TargetValue.parse("1 234,5").value()).isEqualByComparingTo("1234.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"K 16,0 M 17,2", "K: 16 / M: 17,2", "Kvinnor 16, män 17,2", "k16 m17,2"})
  void onePerSexAsPerSexTargetsAreWritten(String text) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v.perSex()).isTrue();
    assertThat(v.women()).isEqualByComparingTo("16");
    assertThat(v.men()).isEqualByComparingTo("17.2");
    assertThat(v.text()).isEqualTo(text);
  }

  @Test
  void aUnitOnOneSideIsBoths() {
    TargetValue v = TargetValue.parse("K 16 % M 17,2 %");
    assertThat(v.unit()).isEqualTo("%");
    assertThat(TargetValue.parse("K 16 M 17 dagar").unit()).isEqualTo("dagar");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ca 80", "80-90", "minst 80 %", "K 16", "hög", "41,2,3"})
  void anythingElseIsNoMalvardeAndSaysHowToWriteOne(String text) {
    assertThatThrownBy(() -> TargetValue.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "\""
                + text
                + "\" är inget målvärde; skriv ett tal, gärna med enhet (80, 80 %, 14 dagar),"
                + " eller ett per kön (K 16,0 M 17,2)");
  }

  @Test
  void twoUnitsForTheSexesAreRefused() {
    assertThatThrownBy(() -> TargetValue.parse("K 16 % M 17 dagar"))
        .hasMessageContaining("olika enheter för kvinnor (%) och män (dagar)");
  }

  @Test
  void malarIsAYear() {
    assertThat(TargetValue.parse("80").value()).isEqualTo(new BigDecimal("80"));
    assertThat(TargetValue.parseYear(" 2026 ")).isEqualTo(2026);
    assertThatThrownBy(() -> TargetValue.parseYear("nästa år"))
        .hasMessage("\"nästa år\" är inget målår; skriv året målvärdet gäller, t.ex. 2026");
    assertThatThrownBy(() -> TargetValue.parseYear("1850"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> TargetValue.parseYear("2026-12"))
        .isInstanceOf(InvalidValueException.class);
  }
}
