package org.kyc4j.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * A Gaussian model of face embeddings: the mean and covariance of a sample of real unit
 * embeddings, drawn from through the covariance's Cholesky factor and projected back to unit
 * length. A draw stands for one photo of a new person. Immutable after construction; {@link #draw}
 * is thread-safe only with a Random per thread.
 */
final class FaceGaussian {
  /** Added to the covariance's diagonal, relative to its mean variance, so the factor exists. */
  private static final double RIDGE = 1e-6;

  private final double[] mean;
  private final double[][] factor;

  private FaceGaussian(double[] mean, double[][] factor) {
    this.mean = mean;
    this.factor = factor;
  }

  /** Fits the model to at least two vectors of one dimension. */
  static FaceGaussian fit(List<float[]> vectors) {
    int n = vectors.size();
    if (n < 2) {
      throw new IllegalArgumentException("fit needs at least 2 vectors; got " + n);
    }
    int d = vectors.get(0).length;
    double[] mean = new double[d];
    for (float[] v : vectors) {
      for (int i = 0; i < d; i++) {
        mean[i] += v[i] / (double) n;
      }
    }
    double[][] covariance = new double[d][d];
    for (float[] v : vectors) {
      for (int i = 0; i < d; i++) {
        for (int j = 0; j <= i; j++) {
          covariance[i][j] += (v[i] - mean[i]) * (v[j] - mean[j]) / (n - 1);
        }
      }
    }
    double trace = 0;
    for (int i = 0; i < d; i++) {
      trace += covariance[i][i];
    }
    for (int i = 0; i < d; i++) {
      covariance[i][i] += RIDGE * trace / d;
    }
    return new FaceGaussian(mean, cholesky(covariance));
  }

  /** Returns the total variance (trace of the covariance) and the squared norm of the mean. */
  double[] spread() {
    double variance = 0;
    double centre = 0;
    for (int i = 0; i < mean.length; i++) {
      for (int k = 0; k <= i; k++) {
        variance += factor[i][k] * factor[i][k];
      }
      centre += mean[i] * mean[i];
    }
    return new double[] {variance, centre};
  }

  /** Draws one unit vector: {@code unit(mean + L z)} with {@code z} standard normal. */
  float[] draw(Random random) {
    int d = mean.length;
    double[] z = new double[d];
    for (int i = 0; i < d; i++) {
      z[i] = random.nextGaussian();
    }
    double[] x = new double[d];
    double norm = 0;
    for (int i = 0; i < d; i++) {
      double s = mean[i];
      double[] row = factor[i];
      for (int k = 0; k <= i; k++) {
        s += row[k] * z[k];
      }
      x[i] = s;
      norm += s * s;
    }
    float[] out = new float[d];
    for (int i = 0; i < d; i++) {
      out[i] = (float) (x[i] / Math.sqrt(norm));
    }
    return out;
  }

  /** The lower Cholesky factor of a symmetric positive definite matrix given by its lower triangle. */
  private static double[][] cholesky(double[][] a) {
    int d = a.length;
    double[][] l = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(s > 0)) {
            throw new IllegalArgumentException("covariance is not positive definite at " + i);
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    return l;
  }
}
