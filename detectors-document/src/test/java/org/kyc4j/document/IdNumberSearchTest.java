package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11: the ID number of a card without an MRZ is found among OCR tokens by its rule. */
class IdNumberSearchTest {
  private final IdNumberSearch search = new IdNumberSearch(IdNumberRules.builtIn());

  private List<String> find(String code, String... tokens) {
    return search.candidates(code, Arrays.asList(tokens), Requests.TODAY);
  }

  @Test
  void findsAHongKongNumberSplitByOcrAroundItsBracketedCheckDigit() {
    assertThat(find("HK_ID_CARD", "HONG", "KONG", "IDENTITY", "CARD", "CHAN", "TAI", "MAN", "01-01-1990", "A123456",
        "(3)")).containsExactly("A1234563");
    assertThat(find("HK_ID_CARD", "A123456(3)")).containsExactly("A1234563");
    assertThat(find("HK_ID_CARD", "a123456", "(", "3", ")")).containsExactly("A1234563");
  }

  @Test
  void findsAnNricAfterALabelAndSkipsNumbersThatFailTheCheck() {
    assertThat(find("SG_NRIC", "IDENTITY", "CARD", "NO.", "S1234567A", "NRIC:S1234567D")).containsExactly("S1234567D");
  }

  @Test
  void findsANikMyKadAndChineseNumberWrittenInGroups() {
    assertThat(find("ID_KTP", "NIK", ":", "3578", "0801", "0203", "0001", "Nama")).containsExactly("3578080102030001");
    assertThat(find("MY_MYKAD", "900101-14-5678", "TAN", "AH", "KOW")).containsExactly("900101145678");
    assertThat(find("CN_RESIDENT_ID", "公民身份号码", "110105", "19491231", "002x")).containsExactly("11010519491231002X");
  }

  @Test
  void aNumberThatFailsItsCheckIsNeverFoundNorRepaired() {
    assertThat(find("HK_ID_CARD", "A123456(4)", "A123456", "(5)")).isEmpty();
    assertThat(find("CN_RESIDENT_ID", "110105194912310021")).isEmpty();
    assertThat(find("SG_NRIC", "S1234567", "A")).isEmpty();
  }

  @Test
  void findIsEmptyWhenNothingOrSeveralDistinctNumbersPass() {
    assertThat(search.find("HK_ID_CARD", List.of("A123456(3)", "A123456 (3)"), Requests.TODAY)).contains("A1234563");
    assertThat(search.find("HK_ID_CARD", List.of("A123456(3)", "G123456(A)"), Requests.TODAY)).isEmpty();
    assertThat(search.find("HK_ID_CARD", List.of(), Requests.TODAY)).isEmpty();
    assertThat(search.find("NO_SUCH_TYPE", List.of("A123456(3)"), Requests.TODAY)).isEmpty();
  }

  @Test
  void refusesNullTokens() {
    assertThatNullPointerException().isThrownBy(() -> find("HK_ID_CARD", "A123456(3)", null))
        .withMessageContaining("tokens[]");
  }
}
