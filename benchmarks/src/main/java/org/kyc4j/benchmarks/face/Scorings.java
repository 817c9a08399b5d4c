package org.kyc4j.benchmarks.face;

import org.kyc4j.liveness.face.FaceReading;

/** The ways of scoring two face readings that the evaluation compares; higher means more alike. */
final class Scorings {
  private Scorings() {}

  /** Cosine similarity of the chip descriptors averaged with their mirror images' descriptors. */
  static double cosineAveraged(FaceReading a, FaceReading b) {
    return cosine(average(a), average(b));
  }

  /** Cosine similarity of the chip descriptors alone. */
  static double cosinePlain(FaceReading a, FaceReading b) {
    return cosine(a.descriptor(), b.descriptor());
  }

  /** Minus the Euclidean distance of the averaged descriptors (dlib's own measure, sign flipped). */
  static double euclideanAveraged(FaceReading a, FaceReading b) {
    float[] x = average(a);
    float[] y = average(b);
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += (x[i] - y[i]) * (double) (x[i] - y[i]);
    }
    return -Math.sqrt(sum);
  }

  static float[] average(FaceReading reading) {
    float[] plain = reading.descriptor();
    float[] mirrored = reading.mirroredDescriptor();
    float[] mean = new float[plain.length];
    for (int i = 0; i < plain.length; i++) {
      mean[i] = (plain[i] + mirrored[i]) / 2;
    }
    return mean;
  }

  static double cosine(float[] x, float[] y) {
    double dot = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * (double) y[i];
      xx += x[i] * (double) x[i];
      yy += y[i] * (double) y[i];
    }
    return dot / Math.sqrt(xx * yy);
  }
}
