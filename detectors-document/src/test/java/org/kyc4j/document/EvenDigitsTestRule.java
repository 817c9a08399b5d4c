package org.kyc4j.document;

import java.time.LocalDate;

/** A user-defined rule for tests of discovery: numbers of the test card type have an even digit sum. */
public final class EvenDigitsTestRule implements IdNumberRule {
  /** Creates the rule; used by ServiceLoader. */
  public EvenDigitsTestRule() {}

  @Override
  public String documentTypeCode() {
    return "XX_TEST_CARD";
  }

  @Override
  public IdNumberCheck validate(String idNumber, LocalDate referenceDate) {
    int sum = idNumber.chars().filter(Character::isDigit).map(c -> c - '0').sum();
    return sum % 2 == 0 ? IdNumberCheck.passed() : IdNumberCheck.failed("the digit sum is odd");
  }
}
