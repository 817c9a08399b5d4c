package org.kyc4j.idn.testing;

import java.util.Random;

/**
 * Face-like unit vectors for tests and benchmarks, shaped after dlib's ResNet face descriptor as
 * measured on LFW (see the README section "Face match"): descriptors are not centred, so all faces
 * lie in a narrow cone (two photos of different people have cosine about 0.83, mostly 0.77-0.89),
 * and two photos of one person have cosine mostly 0.93-0.98.
 *
 * <p>Model: an identity is {@code unit(sqrt(0.85) m + sqrt(0.06) g + sqrt(0.09) z)} with {@code m}
 * a direction common to all faces, {@code g} one of {@value #GROUPS} group directions (people of
 * one age, sex or ancestry look more alike) and {@code z} a random unit vector. A capture is
 * {@code unit(c * identity + sqrt(1 - c^2) r)} with {@code r} a random unit vector orthogonal to
 * the identity and {@code c = 0.993 - 0.03 u^2}, {@code u} uniform: cosine 0.963-0.993 to its
 * identity (photo quality varies, most are good). In 128 dimensions, captures of two people have
 * cosine mean 0.83, standard deviation 0.03, 1% above 0.90 and a tail to about 0.93 (lighter than
 * LFW's, which reaches 0.94 at a rate of 1e-4); identities themselves mean 0.86, 11% above 0.90
 * (so use {@link #identity(float[], double)} for a person clearly different from another); two
 * captures of one person have cosine 0.93-0.99 (mean 0.966), about 94% at or above
 * {@link #matchThreshold()}.
 *
 * <p>Deterministic for a seed; not thread-safe (one instance per thread).
 */
public final class SyntheticFaces {
  /** The number of group directions. */
  public static final int GROUPS = 8;
  private static final double COMMON = Math.sqrt(0.85);
  private static final double GROUP = Math.sqrt(0.06);
  private static final double OWN = Math.sqrt(0.09);
  /** The most identities {@link #identity(float[], double)} draws before it gives up. */
  private static final int MAX_DRAWS = 10_000;

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
   * A new identity whose cosine to {@code unlike} is below {@code below}: a person clearly different
   * from another (identities are drawn until one is).
   *
   * @throws IllegalStateException if {@value #MAX_DRAWS} draws found none
   */
  public float[] identity(float[] unlike, double below) {
    if (unlike.length != dimension) {
      throw new IllegalArgumentException("unlike has " + unlike.length + " values; allowed: " + dimension);
    }
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      float[] candidate = identity();
      if (cosine(candidate, unlike) < below) {
        return candidate;
      }
    }
    throw new IllegalStateException("no identity below cosine " + below + " in " + MAX_DRAWS + " draws");
  }

  /**
   * A new capture of an identity: a unit vector with cosine 0.963-0.993 to it, so that two captures
   * of one person have cosine about 0.93-0.99.
   */
  public float[] capture(float[] identity) {
    if (identity.length != dimension) {
      throw new IllegalArgumentException("identity has " + identity.length + " values; allowed: " + dimension);
    }
    double u = random.nextDouble();
    double c = 0.993 - 0.03 * u * u;
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
   * The match threshold (cosine) between two captures of one person: 0.945, the identity network's
   * STANDARD same-face threshold (a pairwise false accept rate under 1e-4 on LFW).
   */
  public static float matchThreshold() {
    return 0.945f;
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
