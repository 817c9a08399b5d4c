package org.kyc4j.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared folder of model files that the project may not ship (such as the MiniFASNet weights,
 * in its {@code minifasnet} subfolder) and where its location came from. The rule of
 * {@link DataFolder}, with its own names: the system property {@value #PROPERTY}; else the
 * environment variable {@value #ENVIRONMENT} (a relative value of either is resolved against the
 * working directory); else {@value #DEFAULT} beside the project root
 * ({@link DataFolder#projectRoot}), or relative to the working directory when there is none.
 *
 * @param path the folder, absolute and normalised; it may not exist
 * @param origin how the folder was chosen, for messages
 */
public record ModelFolder(Path path, String origin) {
  /** The system property naming the model folder. */
  public static final String PROPERTY = "kyc4j.models.dir";
  /** The environment variable naming the model folder when the property is not set. */
  public static final String ENVIRONMENT = "KYC4J_MODELS";
  /** The model folder, relative to the project root, when neither is set. */
  public static final String DEFAULT = "../shared/models";
  private static final FolderRule RULE = new FolderRule(PROPERTY, ENVIRONMENT, DEFAULT);

  /** Checks that nothing is null and makes the path absolute. */
  public ModelFolder {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(origin, "origin");
    path = path.toAbsolutePath().normalize();
  }

  /** Locates the folder from this process's system property, environment and working directory. */
  public static ModelFolder locate() {
    return locate(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT),
        Path.of("").toAbsolutePath());
  }

  /**
   * Locates the folder from a property value and a variable value (each may be null or blank,
   * meaning not set) for the given working directory.
   */
  public static ModelFolder locate(String property, String environment, Path workingDirectory) {
    Map.Entry<Path, String> found = RULE.locate(property, environment, workingDirectory);
    return new ModelFolder(found.getKey(), found.getValue());
  }

  /** Returns the subfolder of one model, such as {@code minifasnet}, or empty when it is absent. */
  public Optional<Path> find(String model) {
    Path folder = path.resolve(model);
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }

  /** Returns the message for an absent model subfolder: where it was looked for and how to point at it. */
  public String absence(String model) {
    return "model folder " + model + " is absent: no folder " + path.resolve(model)
        + " in the model folder " + path + " (" + origin + ")" + (Files.isDirectory(path) ? ""
            : ", which does not exist") + "; set the system property " + PROPERTY
        + " or the environment variable " + ENVIRONMENT + " to the folder that holds the "
        + "shared models";
  }
}
