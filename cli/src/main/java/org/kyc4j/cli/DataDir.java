package org.kyc4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder of shared test data (see {@code ../shared/data/SOURCES.md}) and where its location came
 * from: the system property {@value #PROPERTY}, else the environment variable {@value #ENV}, else
 * {@code ../shared/data} relative to the working directory.
 *
 * @param path the folder, which may not exist
 * @param origin how the folder was chosen, for messages
 */
record DataDir(Path path, String origin) {
  static final String PROPERTY = "kyc4j.data.dir";
  static final String ENV = "KYC4J_DATA";

  /** Checks that nothing is null. */
  DataDir {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(origin, "origin");
  }

  /** Locates the folder from the property's value and the variable's value (each may be null). */
  static DataDir locate(String property, String env, Path workingDirectory) {
    if (property != null && !property.isBlank()) {
      return new DataDir(workingDirectory.resolve(property).normalize(), "system property " + PROPERTY);
    }
    if (env != null && !env.isBlank()) {
      return new DataDir(workingDirectory.resolve(env).normalize(), "environment variable " + ENV);
    }
    return new DataDir(workingDirectory.resolve("../shared/data").normalize(),
        "default ../shared/data relative to the working directory");
  }

  /** Locates the folder from this process's system property and environment. */
  static DataDir locate(Path workingDirectory) {
    return locate(System.getProperty(PROPERTY), System.getenv(ENV), workingDirectory);
  }

  /** Returns whether the folder exists. */
  boolean exists() {
    return Files.isDirectory(path);
  }

  /** Returns one line for standard error saying which folder is used and why. */
  String describe() {
    return "data folder " + path + " (" + origin + ")" + (exists() ? "" : ": it does not exist");
  }
}
