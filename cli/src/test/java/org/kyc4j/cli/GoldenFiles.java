package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of the cli's output shapes, in {@code cli/src/test/golden}. A test compares what it
 * produced with the file; run with {@code -Dkyc4j.golden.update=true} to rewrite the files after an
 * intended change, then review the diff.
 */
final class GoldenFiles {
  private static final Path FOLDER = Path.of(System.getProperty("basedir", ".")).resolve("src/test/golden");

  private GoldenFiles() {}

  /** Asserts that {@code actual} equals the golden file {@code name}, or rewrites the file in update mode. */
  static void assertMatches(String name, String actual) throws IOException {
    Path file = FOLDER.resolve(name);
    if (Boolean.getBoolean("kyc4j.golden.update")) {
      Files.createDirectories(FOLDER);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.isRegularFile(file)).as("golden file %s (create it with -Dkyc4j.golden.update=true)", file)
        .isTrue();
    assertThat(actual).as("output against golden file %s", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
