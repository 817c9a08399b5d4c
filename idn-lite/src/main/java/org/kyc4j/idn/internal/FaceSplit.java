package org.kyc4j.idn.internal;

/**
 * Splits the faces of one partition in two by spherical 2-means on their stored vectors. The
 * start is deterministic: the face least similar to the partition's centroid, then the face least
 * similar to that one; at most {@link #ITERATIONS} Lloyd steps follow. Stateless.
 */
final class FaceSplit {
  static final int ITERATIONS = 8;

  /** The outcome: which faces go to the second side, and both sides' unit centroids. */
  record Halves(boolean[] second, float[] first, float[] secondCentroid) {
    /** Returns how many faces go to the second side. */
    int secondCount() {
      int count = 0;
      for (boolean s : second) {
        count += s ? 1 : 0;
      }
      return count;
    }
  }

  private FaceSplit() {}

  /** Returns the halves, or null when the faces cannot be separated (all on one side). */
  static Halves split(FacePartition partition, int dimension, float[] centroid) {
    int n = partition.size();
    float[][] faces = new float[n][];
    for (int i = 0; i < n; i++) {
      faces[i] = partition.vector(i, dimension);
    }
    float[] a = faces[farthest(faces, centroid)].clone();
    float[] b = faces[farthest(faces, a)].clone();
    boolean[] second = new boolean[n];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        boolean toB = dot(faces[i], b) > dot(faces[i], a);
        changed |= toB != second[i] || iteration == 0;
        second[i] = toB;
      }
      if (!changed || !mean(faces, second, false, a) || !mean(faces, second, true, b)) {
        break;
      }
    }
    int inB = 0;
    for (boolean s : second) {
      inB += s ? 1 : 0;
    }
    return inB == 0 || inB == n ? null : new Halves(second, a, b);
  }

  /** Returns the index of the face least similar to {@code to} (the first on ties). */
  private static int farthest(float[][] faces, float[] to) {
    int worst = 0;
    double worstDot = Double.POSITIVE_INFINITY;
    for (int i = 0; i < faces.length; i++) {
      double d = dot(faces[i], to);
      if (d < worstDot) {
        worstDot = d;
        worst = i;
      }
    }
    return worst;
  }

  /** Sets {@code out} to the unit mean of one side; returns false if that side is empty or degenerate. */
  private static boolean mean(float[][] faces, boolean[] second, boolean side, float[] out) {
    double[] sum = new double[out.length];
    int count = 0;
    for (int i = 0; i < faces.length; i++) {
      if (second[i] == side) {
        count++;
        for (int d = 0; d < sum.length; d++) {
          sum[d] += faces[i][d];
        }
      }
    }
    double norm = 0;
    for (double s : sum) {
      norm += s * s;
    }
    if (count == 0 || norm == 0) {
      return false;
    }
    double inverse = 1 / Math.sqrt(norm);
    for (int d = 0; d < out.length; d++) {
      out[d] = (float) (sum[d] * inverse);
    }
    return true;
  }

  static double dot(float[] x, float[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }
}
