package org.kyc4j.testing;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testdata.ModelFolder;

/**
 * The shared data sets for JUnit tests: a test asks for a set with {@link #require(DataSet)} and is
 * skipped, with {@link DataFolder#absence(DataSet) a message} saying where it looked, when the set is
 * absent; when data is required (system property {@value #REQUIRED_PROPERTY}{@code =true}, else the
 * environment variable {@value #REQUIRED_ENVIRONMENT}{@code =true}; CI sets the variable) an absent
 * set fails the test instead. The folder is located by {@link DataFolder#locate()}. Model files the
 * project may not ship follow the same skip-or-fail rule: {@link #requireModel(String)} finds them
 * in {@link ModelFolder#locate()}.
 */
public final class DataSets {
  /** The system property that makes an absent data set fail a test rather than skip it. */
  public static final String REQUIRED_PROPERTY = "kyc4j.data.required";
  /** The environment variable read when {@value #REQUIRED_PROPERTY} is not set. */
  public static final String REQUIRED_ENVIRONMENT = "KYC4J_DATA_REQUIRED";

  private final DataFolder folder;
  private final boolean required;

  /** Creates the data sets of {@code folder}; {@code required} makes an absent set fail rather than skip. */
  public DataSets(DataFolder folder, boolean required) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.required = required;
  }

  /** Returns the data sets of this process: its data folder and whether it requires data. */
  public static DataSets current() {
    return new DataSets(DataFolder.locate(),
        required(System.getProperty(REQUIRED_PROPERTY), System.getenv(REQUIRED_ENVIRONMENT)));
  }

  /** Returns the folder of a data set of this process, skipping or failing the calling test when it is absent. */
  public static Path require(DataSet set) {
    return current().path(set);
  }

  /**
   * Returns the subfolder of one model (such as {@code minifasnet}) in this process's model folder,
   * skipping the calling test when it is absent, or failing it when data is required.
   */
  public static Path requireModel(String model) {
    return model(ModelFolder.locate(), model, current().required());
  }

  /** Returns the subfolder of one model in {@code folder}; when it is absent, skips or (when {@code required}) fails. */
  public static Path model(ModelFolder folder, String model, boolean required) {
    Optional<Path> found = folder.find(model);
    return found.isPresent() ? found.get() : absent(folder.absence(model), required);
  }

  /**
   * Returns the folder of a data set of this process, or empty when it is absent, for a test that
   * still runs (with less) without it; when data is required an absent set fails the calling test.
   */
  public static Optional<Path> find(DataSet set) {
    return current().optionalPath(set);
  }

  /**
   * Returns whether data is required, from the property's value, else the variable's (each null or
   * blank when not set): {@code true} or {@code false} in any case.
   *
   * @throws IllegalArgumentException for any other value, naming it
   */
  public static boolean required(String property, String environment) {
    String name = property != null && !property.isBlank() ? REQUIRED_PROPERTY : REQUIRED_ENVIRONMENT;
    String value = Optional.ofNullable(property).filter(p -> !p.isBlank()).orElse(environment);
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(name + " is '" + value + "'; allowed: true, false");
    };
  }

  /**
   * Returns the folder of a data set. When it is absent the calling test is aborted (reported as
   * skipped), or fails when data is required.
   */
  public Path path(DataSet set) {
    Optional<Path> found = folder.find(set);
    return found.isPresent() ? found.get() : absent(folder.absence(set), required);
  }

  private static Path absent(String absence, boolean required) {
    if (required) {
      return Assertions.fail(absence + ". Data is required here (" + REQUIRED_PROPERTY + " or "
          + REQUIRED_ENVIRONMENT + " is true), so the test fails instead of skipping");
    }
    return Assumptions.abort(absence + "; skipping");
  }

  /** Returns the folder of a data set, or empty when it is absent; fails the calling test instead when data is required. */
  public Optional<Path> optionalPath(DataSet set) {
    Optional<Path> found = folder.find(set);
    return found.isPresent() || !required ? found : Optional.of(path(set));
  }

  /** Returns the data folder. */
  public DataFolder folder() {
    return folder;
  }

  /** Returns whether an absent data set fails a test. */
  public boolean required() {
    return required;
  }
}
