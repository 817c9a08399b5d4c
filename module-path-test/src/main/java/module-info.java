/**
 * An application of kyc4j on the module path: it requires the engine and the plugin modules, and the
 * engine discovers their detector providers through their {@code provides} clauses. Its test checks
 * at run time what javac checks only at compile time: requires, exports and provides.
 */
module org.kyc4j.modulepath {
  requires org.kyc4j.core;
  requires org.kyc4j.document;
  requires org.kyc4j.liveness;
  requires org.kyc4j.idn;
  requires org.kyc4j.examples;
  requires java.desktop;

  exports org.kyc4j.modulepath;

  uses org.kyc4j.spi.DetectorProvider;
}
