package org.kyc4j.benchmarks.face;

import java.util.List;

/**
 * Weighted L2-regularised logistic regression by Newton's method on standardised features, returning
 * coefficients on the raw features (intercept first). Small dense problems only (a few features,
 * hundreds of rows). Stateless.
 */
final class LogisticFit {
  private LogisticFit() {}

  /**
   * Fits {@code P(y) = sigmoid(w0 + w . x)}.
   *
   * @param lambda L2 penalty on the standardised weights (not on the intercept)
   */
  static double[] fit(List<double[]> x, List<Boolean> y, List<Double> weight, double lambda) {
    int d = x.get(0).length;
    double[][] moments = moments(x);
    double[] w = new double[d + 1];
    for (int iteration = 0; iteration < 50; iteration++) {
      double[] step = newtonStep(x, y, weight, lambda, w, moments);
      double size = 0;
      for (int a = 0; a <= d; a++) {
        w[a] += step[a];
        size += Math.abs(step[a]);
      }
      if (size < 1e-10) {
        break;
      }
    }
    double[] raw = new double[d + 1];
    raw[0] = w[0];
    for (int j = 0; j < d; j++) {
      raw[j + 1] = w[j + 1] / moments[1][j];
      raw[0] -= w[j + 1] * moments[0][j] / moments[1][j];
    }
    return raw;
  }

  /** {means, standard deviations} of the columns (a constant column gets deviation 1). */
  private static double[][] moments(List<double[]> x) {
    int n = x.size();
    int d = x.get(0).length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      sd[j] = Math.sqrt(sd[j]) > 1e-9 ? Math.sqrt(sd[j]) : 1;
    }
    return new double[][] {mean, sd};
  }

  /** One Newton step of the penalised log-likelihood at standardised weights {@code w}. */
  private static double[] newtonStep(List<double[]> x, List<Boolean> y, List<Double> weight, double lambda,
      double[] w, double[][] moments) {
    int d = w.length - 1;
    double[][] h = new double[d + 1][d + 1];
    double[] g = new double[d + 1];
    for (int i = 0; i < x.size(); i++) {
      double[] z = standard(x.get(i), moments[0], moments[1]);
      double p = sigmoid(dot(w, z));
      double r = weight.get(i) * ((y.get(i) ? 1 : 0) - p);
      double c = weight.get(i) * p * (1 - p);
      for (int a = 0; a <= d; a++) {
        g[a] += r * z[a];
        for (int b = 0; b <= d; b++) {
          h[a][b] += c * z[a] * z[b];
        }
      }
    }
    for (int a = 1; a <= d; a++) {
      g[a] -= lambda * w[a];
      h[a][a] += lambda;
    }
    h[0][0] += 1e-9;
    return solve(h, g);
  }

  /** The logit of raw features under raw coefficients. */
  static double logit(double[] w, double[] x) {
    double s = w[0];
    for (int j = 0; j < x.length; j++) {
      s += w[j + 1] * x[j];
    }
    return s;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double[] standard(double[] x, double[] mean, double[] sd) {
    double[] z = new double[x.length + 1];
    z[0] = 1;
    for (int j = 0; j < x.length; j++) {
      z[j + 1] = (x[j] - mean[j]) / sd[j];
    }
    return z;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = a[i].clone();
    }
    double[] v = b.clone();
    for (int col = 0; col < n; col++) {
      int p = col;
      for (int r = col + 1; r < n; r++) {
        p = Math.abs(m[r][col]) > Math.abs(m[p][col]) ? r : p;
      }
      double[] t = m[col];
      m[col] = m[p];
      m[p] = t;
      double tv = v[col];
      v[col] = v[p];
      v[p] = tv;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c < n; c++) {
          m[r][c] -= f * m[col][c];
        }
        v[r] -= f * v[col];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = v[r];
      for (int c = r + 1; c < n; c++) {
        s -= m[r][c] * x[c];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}
