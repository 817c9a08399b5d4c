/**
 * The kyc4j identity network: {@link org.kyc4j.idn.LiteIdentityNetwork}, an in-memory, time-windowed
 * index of earlier applicants with snapshots, and the IDN risk detector it serves.
 */
module org.kyc4j.idn {
  requires transitive org.kyc4j.api;

  exports org.kyc4j.idn;

  provides org.kyc4j.spi.DetectorProvider with org.kyc4j.idn.IdnDetectorProvider;
}
