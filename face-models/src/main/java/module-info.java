/**
 * The face model runtime of kyc4j: TensorFlow.js graph models, dlib's ResNet face descriptor and
 * the MiniFASNet anti-spoofing networks run on DJL's PyTorch engine, offline, from the model files
 * packed in this module (MiniFASNet's from a directory the user names). Only
 * {@code org.kyc4j.models} is exported; the model file reading lives in a package of its own.
 */
module org.kyc4j.models {
  requires ai.djl.api;
  requires com.fasterxml.jackson.databind;
  // net.razorvine:pickle has no module descriptor or Automatic-Module-Name: its name comes from
  // the jar's file name, pickle-<version>.jar
  requires pickle;

  exports org.kyc4j.models;
}
