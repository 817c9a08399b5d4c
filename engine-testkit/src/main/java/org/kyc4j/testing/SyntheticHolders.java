package org.kyc4j.testing;

import java.time.LocalDate;
import java.util.Random;
import org.kyc4j.testing.SyntheticMrz.MrzHolder;

/**
 * Random fictitious holders: names from short lists, dates around {@link #REFERENCE_DATE} (fixed, so
 * that a seed always gives the same document; expiries fall 2 to 9 years after it).
 */
final class SyntheticHolders {
  static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);
  private static final String[] SURNAMES = {"ERIKSSON", "MUSTERMANN", "DUPONT", "ROSSI", "TANAKA", "NOVAK",
      "OKAFOR", "SILVA", "KOWALSKI", "HANSEN", "MARTIN", "GARCIA LOPEZ", "VAN DER BERG", "OBRIEN", "NGUYEN",
      "SCHMIDT", "JOHANSSON", "PETROV", "KIM", "MORENO"};
  private static final String[] GIVEN = {"ANNA MARIA", "JOHN", "ERIKA", "LUCA", "YUKI", "PETRA", "CHIDI",
      "JOAO PEDRO", "MARTA", "LARS", "CLAIRE", "DIEGO", "SOFIE", "AOIFE", "MINH", "KLAUS", "INGRID", "OLGA",
      "JI WOO", "ISABEL"};
  private static final String[] STATES = {"UTO", "UTO", "UTO", "D", "FRA", "NLD", "ITA", "ESP", "SWE", "GBR"};
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private SyntheticHolders() {}

  static MrzHolder next(Random random, SyntheticKind kind) {
    String state = STATES[random.nextInt(STATES.length)];
    LocalDate birth = REFERENCE_DATE.minusDays(18 * 365 + random.nextInt(55 * 365));
    LocalDate expiry = REFERENCE_DATE.plusDays(2 * 365 + random.nextInt(7 * 365));
    String optional = kind == SyntheticKind.TD3_PASSPORT && random.nextBoolean() ? digits(random, 9) : "";
    return new MrzHolder(state, documentNumber(random), SURNAMES[random.nextInt(SURNAMES.length)],
        GIVEN[random.nextInt(GIVEN.length)], state, birth, random.nextBoolean() ? 'F' : 'M', expiry, optional);
  }

  /** Returns another document number than {@code number}, of the same shape, for a text edit. */
  static String otherNumber(Random random, String number) {
    String other = documentNumber(random);
    return other.equals(number) ? other.substring(0, 8) + (other.charAt(8) == '1' ? '2' : '1') : other;
  }

  private static String documentNumber(Random random) {
    StringBuilder number = new StringBuilder();
    int letters = 1 + random.nextInt(2);
    for (int i = 0; i < letters; i++) {
      number.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return number.append(digits(random, 9 - letters)).toString();
  }

  private static String digits(Random random, int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }
}
