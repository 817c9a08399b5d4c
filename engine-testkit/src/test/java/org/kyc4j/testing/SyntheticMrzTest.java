package org.kyc4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kyc4j.testing.SyntheticMrz.MrzHolder;

/** The MRZ writer reproduces ICAO 9303's published specimens, and every generated MRZ passes its check digits. */
class SyntheticMrzTest {
  private static final MrzHolder ANNA = new MrzHolder("UTO", "L898902C3", "ERIKSSON", "ANNA MARIA", "UTO",
      LocalDate.of(1974, 8, 12), 'F', LocalDate.of(2012, 4, 15), "ZE184226B");

  @Test
  void checkDigitsOfIcaoExamples() {
    assertThat(SyntheticMrz.checkDigit("L898902C3")).isEqualTo('6');
    assertThat(SyntheticMrz.checkDigit("740812")).isEqualTo('2');
    assertThat(SyntheticMrz.checkDigit("120415")).isEqualTo('9');
    assertThat(SyntheticMrz.checkDigit("ZE184226B<<<<<")).isEqualTo('1');
    assertThat(SyntheticMrz.checkDigit("D23145890")).isEqualTo('7');
    assertThat(SyntheticMrz.checkDigit("<<<<<<<<<<<<<<")).isEqualTo('0');
  }

  @Test
  void td3IsIcaoSpecimen() {
    assertThat(SyntheticMrz.td3(ANNA)).containsExactly("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
  }

  @Test
  void td1IsIcaoSpecimen() {
    MrzHolder holder = new MrzHolder("UTO", "D23145890", "ERIKSSON", "ANNA MARIA", "UTO",
        LocalDate.of(1974, 8, 12), 'F', LocalDate.of(2012, 4, 15), "");
    assertThat(SyntheticMrz.td1(holder)).containsExactly("I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
  }

  @Test
  void generatedHoldersGiveValidMrz() {
    long seed = Long.getLong("kyc4j.seed", 20261202L);
    Random random = new Random(seed);
    for (int i = 0; i < 300; i++) {
      SyntheticKind kind = SyntheticKind.values()[i % 2];
      MrzHolder holder = SyntheticHolders.next(random, kind);
      List<String> lines = kind == SyntheticKind.ID1_CARD ? SyntheticMrz.td1(holder) : SyntheticMrz.td3(holder);
      assertThat(MrzChecks.failing(lines)).as("seed %d (-Dkyc4j.seed), holder %d: %s", seed, i, lines).isEmpty();
      assertThat(lines).allMatch(line -> line.length() == kind.mrz().lineLength());
    }
  }

  @Test
  void aChangedCharacterFailsACheck() {
    List<String> lines = SyntheticMrz.td3(ANNA);
    String changed = "L898903C36" + lines.get(1).substring(10);
    assertThat(MrzChecks.failing(List.of(lines.get(0), changed))).containsExactly("doc", "comp");
  }

  @Test
  void rejectsNonMrzText() {
    assertThatThrownBy(() -> SyntheticMrz.checkDigit("ab1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ab1'").hasMessageContaining("A-Z, 0-9 and <");
    assertThatThrownBy(() -> new MrzHolder("UTO", "1", "A", "B", "UTO", LocalDate.MIN, 'Q', LocalDate.MAX, ""))
        .hasMessageContaining("sex is 'Q'");
  }
}
