package org.kyc4j.idn.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The normalised keys under which the network compares ID numbers and persons, so that spelling
 * variants of one document or one person meet. Stateless.
 */
public final class IdentityKeys {
  private IdentityKeys() {}

  /**
   * Returns an ID number reduced to its letters and digits, upper-case ({@code "d 2314-589(0)"}
   * becomes {@code "D23145890"}), or null when nothing is left or the number is null.
   */
  public static String idNumber(String idNumber) {
    if (idNumber == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(idNumber.length());
    idNumber.codePoints().filter(Character::isLetterOrDigit).map(Character::toUpperCase).forEach(out::appendCodePoint);
    return out.length() == 0 ? null : out.toString();
  }

  /**
   * Returns the person key of a name and date of birth: the name's words without accents,
   * upper-case and sorted (so "Eriksson, Anna Maria" and "ANNA MARIA ERIKSSON" agree), then the
   * date; null when either is missing or the name has no letter or digit.
   */
  public static String person(String name, LocalDate dateOfBirth) {
    if (name == null || dateOfBirth == null) {
      return null;
    }
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    if (plain.isEmpty()) {
      return null;
    }
    String[] words = plain.split(" ");
    Arrays.sort(words);
    return String.join(" ", words) + "|" + dateOfBirth;
  }
}
