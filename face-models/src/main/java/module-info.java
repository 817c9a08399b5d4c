/**
 * The face model runtime of kyc4j: TensorFlow.js graph models and dlib's ResNet face descriptor run
 * on DJL's PyTorch engine, offline, from the model files packed in this module. Only
 * {@code org.kyc4j.models} is exported; the model file reading lives in a package of its own.
 */
module org.kyc4j.models {
  requires ai.djl.api;
  requires com.fasterxml.jackson.databind;

  exports org.kyc4j.models;
}
