/**
 * The kyc4j engine API: request, configuration and decision values ({@code org.kyc4j.api}) and
 * the plugin SPI ({@code org.kyc4j.spi}). It depends on nothing outside {@code java.base}.
 */
module org.kyc4j.api {
  exports org.kyc4j.api;
  exports org.kyc4j.spi;

  uses org.kyc4j.spi.DetectorProvider;
}
