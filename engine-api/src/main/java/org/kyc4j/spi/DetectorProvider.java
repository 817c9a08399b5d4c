package org.kyc4j.spi;

import java.util.regex.Pattern;

/**
 * Creates a {@link Detector} for an engine. Providers are found with {@link java.util.ServiceLoader}
 * (declared in {@code META-INF/services/org.kyc4j.spi.DetectorProvider}) or registered by hand.
 * A provider must have a public no-argument constructor and be thread-safe.
 */
public interface DetectorProvider {
  /** The pattern every provider id matches: lower-case words joined by '-' or '.'. */
  Pattern ID = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");

  /** Returns the provider's id, matching {@link #ID}; unique in an engine. */
  String id();

  /**
   * Creates the detector for an engine. Called once per engine build; heavy resources (models)
   * are loaded here, not per verification.
   */
  Detector create(EngineSettings settings);
}
