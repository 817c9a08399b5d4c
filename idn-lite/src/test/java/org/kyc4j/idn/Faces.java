package org.kyc4j.idn;

import java.util.SplittableRandom;

/**
 * Seeded face-like unit vectors for tests: identities are random directions (two of them have a
 * cosine near 0 in 128 dimensions), captures lie close to their identity, and {@link #at} builds a
 * vector at an exact cosine to another. Not thread-safe.
 */
final class Faces {
  private final int dimension;
  private final SplittableRandom random;

  Faces(int dimension, long seed) {
    this.dimension = dimension;
    this.random = new SplittableRandom(seed);
  }

  /** Returns a new identity's unit vector. */
  float[] identity() {
    float[] v = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      v[i] = (float) gaussian();
    }
    return unit(v);
  }

  /** Returns a capture of an identity: cosine to it about 0.99. */
  float[] capture(float[] identity) {
    float[] v = new float[dimension];
    double sigma = 0.012;
    for (int i = 0; i < dimension; i++) {
      v[i] = (float) (identity[i] + sigma * gaussian());
    }
    return unit(v);
  }

  /** Returns a unit vector whose cosine to the unit vector {@code a} is exactly {@code cosine} (up to rounding). */
  float[] at(float[] a, double cosine) {
    float[] b = identity();
    double dot = dot(a, b);
    for (int i = 0; i < dimension; i++) {
      b[i] -= (float) (dot * a[i]);
    }
    b = unit(b);
    double sine = Math.sqrt(1 - cosine * cosine);
    float[] v = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      v[i] = (float) (cosine * a[i] + sine * b[i]);
    }
    return unit(v);
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (double) a[i] * b[i];
    }
    return sum;
  }

  static float[] unit(float[] v) {
    double norm = Math.sqrt(dot(v, v));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / norm);
    }
    return out;
  }

  private double gaussian() {
    double u = 1 - random.nextDouble();
    double w = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
  }
}
