/**
 * The example detector of the README's "Writing a detector": a plugin module that needs only the
 * engine API and declares its provider with {@code provides}, as well as in META-INF/services for
 * the class path. It exports nothing: the engine reaches the provider through ServiceLoader.
 */
module org.kyc4j.examples {
  requires org.kyc4j.api;

  provides org.kyc4j.spi.DetectorProvider with org.kyc4j.examples.PhotoSizeDetectorProvider;
}
