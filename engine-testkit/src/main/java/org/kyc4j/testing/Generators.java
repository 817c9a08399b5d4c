package org.kyc4j.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Objects;
import org.quicktheories.core.Gen;

/** QuickTheories generators that the project's {@code *Properties} tests share. Stateless. */
public final class Generators {
  private Generators() {}

  /**
   * Returns strings of {@code minLength..maxLength} characters drawn uniformly from {@code alphabet}.
   *
   * @throws IllegalArgumentException if the alphabet is empty or the lengths are not {@code 0 <= min <= max}
   */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    Objects.requireNonNull(alphabet, "alphabet");
    if (alphabet.isEmpty() || minLength < 0 || maxLength < minLength) {
      throw new IllegalArgumentException("strings of " + minLength + ".." + maxLength + " characters from '"
          + alphabet + "'; allowed: a non-empty alphabet and 0 <= minLength <= maxLength");
    }
    Gen<Integer> length = integers().between(minLength, maxLength);
    Gen<Integer> index = integers().between(0, alphabet.length() - 1);
    return in -> {
      StringBuilder text = new StringBuilder();
      for (int n = length.generate(in); n > 0; n--) {
        text.append(alphabet.charAt(index.generate(in)));
      }
      return text.toString();
    };
  }
}
