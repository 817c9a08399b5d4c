/**
 * The kyc4j engine: {@link org.kyc4j.core.Kyc4j} discovers detector providers, plans and runs the
 * detector graph, decodes images, applies the decision policy and velocity control.
 */
module org.kyc4j.core {
  requires transitive org.kyc4j.api;
  requires com.github.benmanes.caffeine;
  requires java.desktop;

  exports org.kyc4j.core;

  uses org.kyc4j.spi.DetectorProvider;
}
