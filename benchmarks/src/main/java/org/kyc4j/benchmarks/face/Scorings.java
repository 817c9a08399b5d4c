package org.kyc4j.benchmarks.face;

import org.kyc4j.liveness.face.FaceMatchPolicy;
import org.kyc4j.liveness.face.FaceReading;
import org.kyc4j.spi.FaceEmbedding;

/** The ways of scoring two face readings that the evaluation compares; higher means more alike. */
final class Scorings {
  private Scorings() {}

  /** The engine's score: cosine similarity of the embeddings (chip and mirror averaged). */
  static double cosineAveraged(FaceReading a, FaceReading b) {
    return FaceMatchPolicy.similarity(a.embedding().orElseThrow(), b.embedding().orElseThrow());
  }

  /** Cosine similarity of the chip descriptors alone. */
  static double cosinePlain(FaceReading a, FaceReading b) {
    return FaceMatchPolicy.similarity(new FaceEmbedding("chip", a.descriptor()),
        new FaceEmbedding("chip", b.descriptor()));
  }

  /** Minus the Euclidean distance of the embeddings (dlib's own measure, sign flipped). */
  static double euclideanAveraged(FaceReading a, FaceReading b) {
    float[] x = a.embedding().orElseThrow().values();
    float[] y = b.embedding().orElseThrow().values();
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += (x[i] - y[i]) * (double) (x[i] - y[i]);
    }
    return -Math.sqrt(sum);
  }
}
