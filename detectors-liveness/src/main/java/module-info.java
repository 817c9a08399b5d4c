/** Face and liveness detectors of kyc4j; today the model-free anti-injection detector. */
module org.kyc4j.liveness {
  requires transitive org.kyc4j.api;
  requires ai.djl.api;

  provides org.kyc4j.spi.DetectorProvider with org.kyc4j.liveness.AntiInjectionProvider;
}
