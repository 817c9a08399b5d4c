package org.kyc4j.idn.testing;

import java.util.Random;

/**
 * Face-like unit vectors for tests and benchmarks, shaped after dlib's ResNet face descriptor
 * (128 values; one person's photos within Euclidean distance 0.6 of each other on vectors of norm
 * about 1.3, that is cosine about 0.89 or higher; different people mostly far below).
 *
 * <p>Model: an identity is {@code unit(sqrt(0.35) m + sqrt(0.20) g + sqrt(0.45) z)} with {@code m}
 * a direction common to all faces (descriptors are not centred), {@code g} one of
 * {@value #GROUPS} group directions (people of one age, sex or ancestry look more alike) and
 * {@code z} a random unit vector. So two identities have cosine about 0.35 across groups and 0.55
 * within one (mean about 0.38, standard deviation about 0.04, tail far below 0.89). A capture is
 * {@code unit(c * identity + sqrt(1 - c^2) r)} with {@code r} a random unit vector orthogonal to
 * the identity and {@code c = 0.98 - 0.06 u^2}, {@code u} uniform: cosine 0.92-0.98 to its
 * identity (photo quality varies, most are good), so two captures of one person have cosine about
 * 0.85-0.96 (mean 0.92) and most reach {@link #matchThreshold()}.
 *
 * <p>Deterministic for a seed; not thread-safe (one instance per thread).
 */
public final class SyntheticFaces {
  /** The number of group directions. */
  public static final int GROUPS = 8;
  private static final double COMMON = Math.sqrt(0.35);
  private static final double GROUP = Math.sqrt(0.20);
  private static final double OWN = Math.sqrt(0.45);

  private final int dimension;
  private final Random random;
  private final float[] common;
  private final float[][] groups;

  /** Creates a generator of one dimension ({@code >= 2}) and seed. */
  public SyntheticFaces(int dimension, long seed) {
    if (dimension < 2) {
      throw new IllegalArgumentException("dimension is " + dimension + "; allowed: >= 2");
    }
    this.dimension = dimension;
    this.random = new Random(seed);
    this.common = randomUnit();
    this.groups = new float[GROUPS][];
    for (int g = 0; g < GROUPS; g++) {
      groups[g] = randomUnit();
    }
  }

  /** A new identity's unit "mean face". */
  public float[] identity() {
    float[] group = groups[random.nextInt(GROUPS)];
    float[] own = randomUnit();
    double[] v = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      v[i] = COMMON * common[i] + GROUP * group[i] + OWN * own[i];
    }
    return unit(v);
  }

  /**
   * A new capture of an identity: a unit vector with cosine 0.92-0.98 to it, so that two captures
   * of one person have cosine about 0.85-0.96.
   */
  public float[] capture(float[] identity) {
    if (identity.length != dimension) {
      throw new IllegalArgumentException("identity has " + identity.length + " values; allowed: " + dimension);
    }
    double u = random.nextDouble();
    double c = 0.98 - 0.06 * u * u;
    float[] r = randomUnit();
    double along = 0;
    for (int i = 0; i < dimension; i++) {
      along += r[i] * identity[i];
    }
    double[] orthogonal = new double[dimension];
    double norm2 = 0;
    for (int i = 0; i < dimension; i++) {
      orthogonal[i] = r[i] - along * identity[i];
      norm2 += orthogonal[i] * orthogonal[i];
    }
    double s = Math.sqrt(1 - c * c) / Math.sqrt(norm2);
    double[] v = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      v[i] = c * identity[i] + s * orthogonal[i];
    }
    return unit(v);
  }

  /**
   * The default match threshold (cosine) between two captures of one person: 0.89, dlib's
   * Euclidean 0.6 on descriptors of norm about 1.3 ({@code 1 - 0.6^2 / (2 * 1.3^2)}).
   */
  public static float matchThreshold() {
    return 0.89f;
  }

  /** Returns the cosine of two vectors of equal length. */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      na += (double) a[i] * a[i];
      nb += (double) b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }

  private float[] randomUnit() {
    double[] v = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      v[i] = random.nextGaussian();
    }
    return unit(v);
  }

  private static float[] unit(double[] v) {
    double norm2 = 0;
    for (double x : v) {
      norm2 += x * x;
    }
    double inverse = 1 / Math.sqrt(norm2);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] * inverse);
    }
    return out;
  }
}
