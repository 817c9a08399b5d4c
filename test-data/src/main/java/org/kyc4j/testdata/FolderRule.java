package org.kyc4j.testdata;

import java.nio.file.Path;
import java.util.Map;

/**
 * The one rule by which {@link DataFolder} and {@link ModelFolder} find their shared folder: a
 * system property, else an environment variable (a relative value of either resolved against the
 * working directory), else a default path beside the project root ({@link DataFolder#projectRoot}),
 * or relative to the working directory when there is none. Immutable.
 *
 * @param property the system property's name
 * @param environment the environment variable's name
 * @param fallback the default path, relative to the project root
 */
record FolderRule(String property, String environment, String fallback) {
  /** Returns the folder and how it was chosen, given the property's and the variable's values (null or blank: unset). */
  Map.Entry<Path, String> locate(String propertyValue, String environmentValue, Path workingDirectory) {
    Path work = workingDirectory.toAbsolutePath().normalize();
    if (propertyValue != null && !propertyValue.isBlank()) {
      return Map.entry(work.resolve(propertyValue.strip()), "system property " + property);
    }
    if (environmentValue != null && !environmentValue.isBlank()) {
      return Map.entry(work.resolve(environmentValue.strip()), "environment variable " + environment);
    }
    return DataFolder.projectRoot(work)
        .map(root -> Map.entry(root.resolve(fallback), "default " + fallback + " beside the project root " + root))
        .orElseGet(() -> Map.entry(work.resolve(fallback), "default " + fallback
            + " relative to the working directory (no " + DataFolder.ROOT_MARKER + " folder at or above it)"));
  }
}
