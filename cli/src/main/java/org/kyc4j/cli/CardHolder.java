package org.kyc4j.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The person and document printed on a sample ID card; the card, its MRZ and the claimed subject
 * are all derived from one holder, so they agree.
 *
 * @param surname the family name, letters, spaces and hyphens
 * @param givenNames the given names, empty for a person with one name
 * @param documentNumber 9 characters of A-Z and 0-9
 * @param issuer the ICAO code of the issuing state, 3 letters (UTO is ICAO's example state)
 * @param dateOfBirth the holder's date of birth
 * @param expiry the card's expiry date
 * @param sex 'F', 'M' or '<' (unspecified), as the MRZ writes it
 */
record CardHolder(String surname, String givenNames, String documentNumber, String issuer,
    LocalDate dateOfBirth, LocalDate expiry, char sex) {
  private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{9}");
  private static final Pattern ISSUER = Pattern.compile("[A-Z]{3}");

  /** Validates every component. */
  CardHolder {
    Objects.requireNonNull(surname, "surname");
    Objects.requireNonNull(givenNames, "givenNames");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(expiry, "expiry");
    if (Mrz.field(surname).isEmpty()) {
      throw new IllegalArgumentException("surname needs letters A-Z");
    }
    if (!NUMBER.matcher(documentNumber).matches()) {
      throw new IllegalArgumentException("documentNumber (" + documentNumber.length() + " characters) must match "
          + NUMBER);
    }
    if (!ISSUER.matcher(issuer).matches()) {
      throw new IllegalArgumentException("issuer '" + issuer + "' must match " + ISSUER);
    }
    if (sex != 'F' && sex != 'M' && sex != '<') {
      throw new IllegalArgumentException("sex '" + sex + "' is not allowed; allowed: F, M, <");
    }
    if (dateOfBirth.getYear() < 1900 || !expiry.isAfter(dateOfBirth)) {
      throw new IllegalArgumentException("dateOfBirth and expiry are not plausible; allowed: birth from 1900 on, "
          + "expiry after it");
    }
  }

  /** Returns the name as the card's holder would write it: given names, then surname. */
  String fullName() {
    return givenNames.isBlank() ? surname : givenNames + " " + surname;
  }

  /** Returns the three lines of the card's TD1 MRZ. */
  List<String> mrz() {
    return Mrz.td1(this);
  }

  /** Returns the sex as the visual zone prints it: F, M or X. */
  String printedSex() {
    return sex == '<' ? "X" : String.valueOf(sex);
  }
}
