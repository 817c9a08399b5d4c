package org.kyc4j.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared folder of real test photos and where its location came from. One rule, in this order:
 * the system property {@value #PROPERTY}; else the environment variable {@value #ENVIRONMENT}
 * (a relative value of either is resolved against the working directory); else {@value #DEFAULT}
 * beside the project root, which is the nearest folder at or above the working directory that
 * holds a {@value #ROOT_MARKER} folder (Maven's own rule for its root), or the working directory
 * itself when none does. Tests, benchmarks and the command line all locate data this way.
 *
 * @param path the folder, absolute and normalised; it may not exist
 * @param origin how the folder was chosen, for messages
 */
public record DataFolder(Path path, String origin) {
  /** The system property naming the data folder. */
  public static final String PROPERTY = "kyc4j.data.dir";
  /** The environment variable naming the data folder when the property is not set. */
  public static final String ENVIRONMENT = "KYC4J_DATA";
  /** The data folder, relative to the project root, when neither is set. */
  public static final String DEFAULT = "../shared/data";
  /** The folder whose presence marks the project root. */
  public static final String ROOT_MARKER = ".mvn";
  private static final FolderRule RULE = new FolderRule(PROPERTY, ENVIRONMENT, DEFAULT);

  /** Checks that nothing is null and makes the path absolute. */
  public DataFolder {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(origin, "origin");
    path = path.toAbsolutePath().normalize();
  }

  /** Locates the folder from this process's system property, environment and working directory. */
  public static DataFolder locate() {
    return locate(Path.of("").toAbsolutePath());
  }

  /** Locates the folder from this process's system property and environment, for the given working directory. */
  public static DataFolder locate(Path workingDirectory) {
    return locate(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT), workingDirectory);
  }

  /**
   * Locates the folder from a property value and a variable value (each may be null or blank,
   * meaning not set) for the given working directory.
   */
  public static DataFolder locate(String property, String environment, Path workingDirectory) {
    Map.Entry<Path, String> found = RULE.locate(property, environment, workingDirectory);
    return new DataFolder(found.getKey(), found.getValue());
  }

  /** Returns the nearest folder at or above {@code workingDirectory} that holds {@value #ROOT_MARKER}. */
  public static Optional<Path> projectRoot(Path workingDirectory) {
    for (Path dir = workingDirectory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(ROOT_MARKER))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /** Returns whether the folder exists. */
  public boolean exists() {
    return Files.isDirectory(path);
  }

  /** Returns the folder of a data set, whether or not it is there. */
  public Path resolve(DataSet set) {
    return path.resolve(set.folderName());
  }

  /** Returns the folder of a data set, or empty when the set is absent. */
  public Optional<Path> find(DataSet set) {
    Path folder = resolve(set);
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }

  /**
   * Returns the folder of a data set.
   *
   * @throws IllegalStateException when the set is absent, with {@link #absence(DataSet)} as message
   */
  public Path require(DataSet set) {
    return find(set).orElseThrow(() -> new IllegalStateException(absence(set)));
  }

  /** Returns one line saying which folder is used and why, and whether it is missing. */
  public String describe() {
    return "data folder " + path + " (" + origin + ")" + (exists() ? "" : ": it does not exist");
  }

  /** Returns the message for an absent data set: where it was looked for and how to point at the data. */
  public String absence(DataSet set) {
    return "data set " + set.folderName() + " is absent: no folder " + resolve(set) + " in the " + describe()
        + "; set the system property " + PROPERTY + " or the environment variable " + ENVIRONMENT
        + " to the folder that holds the shared data sets (see SOURCES.md there)";
  }
}
