package org.kyc4j.liveness.passive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The parallax cue's geometry: points mapped by a known homography (a plane seen from another
 * viewpoint) fit it with ~0 residual; a non-planar 3-D point set, rotated by a few degrees of yaw and
 * projected by a pinhole camera, leaves a clear residual; and the same rotation of a flat set does not.
 * QuickTheories prints the seed of any failing run.
 */
class ParallaxProperties {
  /** A homography near a similarity, with perspective terms, and the seed of its points. */
  record Planar(double scale, double angle, double shear, double px, double py, long seed) {}

  /** A rotation of a 3-D point set: yaw and pitch in degrees, the seed of the points. */
  record Rotated(double yaw, double pitch, long seed) {}

  @Test
  void pointsMappedByAHomographyFitWithNoResidual() {
    Gen<Planar> cases = in -> new Planar(doubles().between(0.5, 2).generate(in), doubles().between(-0.5, 0.5)
        .generate(in), doubles().between(-0.2, 0.2).generate(in), doubles().between(-4e-4, 4e-4).generate(in),
        doubles().between(-4e-4, 4e-4).generate(in), longs().all().generate(in));
    qt().withExamples(300).forAll(cases).checkAssert(c -> {
      double[] h = {c.scale() * Math.cos(c.angle()), -c.scale() * Math.sin(c.angle()) + c.shear(), 40,
          c.scale() * Math.sin(c.angle()), c.scale() * Math.cos(c.angle()), -25, c.px(), c.py(), 1};
      double[][] a = cloud(new Random(c.seed()), 468, 0);
      double[] bx = new double[468];
      double[] by = new double[468];
      for (int i = 0; i < 468; i++) {
        double x = a[0][i] + 320;
        double y = a[1][i] + 240;
        double w = h[6] * x + h[7] * y + h[8];
        bx[i] = (h[0] * x + h[1] * y + h[2]) / w;
        by[i] = (h[3] * x + h[4] * y + h[5]) / w;
        a[0][i] = x;
        a[1][i] = y;
      }
      assertThat(ParallaxCue.residual(a[0], a[1], bx, by, 60)).isLessThan(1e-6);
    });
  }

  @Test
  void aRotatedHeadShapedCloudDoesNotFitOneHomography() {
    Gen<Rotated> cases = in -> new Rotated(signed(doubles().between(8, 30).generate(in),
        booleans().all().generate(in)), doubles().between(-5, 5).generate(in), longs().all().generate(in));
    qt().withExamples(200).forAll(cases).checkAssert(c -> {
      double[][] head = cloud(new Random(c.seed()), 468, 1);
      double[][] flat = cloud(new Random(c.seed()), 468, 0);
      assertThat(residual(head, c)).as("head-shaped %s", c).isGreaterThan(0.01);
      assertThat(residual(flat, c)).as("flat %s", c).isLessThan(1e-6);
    });
  }

  private static double signed(double v, boolean negative) {
    return negative ? -v : v;
  }

  /** The residual between the cloud seen frontally and rotated, both projected from 500 units away. */
  private static double residual(double[][] p, Rotated c) {
    double yaw = Math.toRadians(c.yaw());
    double pitch = Math.toRadians(c.pitch());
    int n = p[0].length;
    double[][] a = new double[2][n];
    double[][] b = new double[2][n];
    for (int i = 0; i < n; i++) {
      project(p[0][i], p[1][i], p[2][i], a, i);
      double x = p[0][i] * Math.cos(yaw) + p[2][i] * Math.sin(yaw);
      double z = -p[0][i] * Math.sin(yaw) + p[2][i] * Math.cos(yaw);
      double y = p[1][i] * Math.cos(pitch) - z * Math.sin(pitch);
      z = p[1][i] * Math.sin(pitch) + z * Math.cos(pitch);
      project(x, y, z, b, i);
    }
    return ParallaxCue.residual(a[0], a[1], b[0], b[1], 60);
  }

  private static void project(double x, double y, double z, double[][] out, int i) {
    double f = 800;
    out[0][i] = 320 + f * x / (500 + z);
    out[1][i] = 240 + f * y / (500 + z);
  }

  /**
   * A face-sized cloud (x within +-70, y within +-90): with {@code depth} 1 its z follows an ellipsoid
   * (nose forward by 60), with 0 it is flat.
   */
  private static double[][] cloud(Random random, int n, double depth) {
    double[][] p = new double[3][n];
    for (int i = 0; i < n; i++) {
      double u = random.nextDouble() * 2 - 1;
      double v = random.nextDouble() * 2 - 1;
      p[0][i] = 70 * u;
      p[1][i] = 90 * v;
      p[2][i] = -depth * 60 * Math.sqrt(Math.max(0, 1 - u * u * 0.8 - v * v * 0.8));
    }
    return p;
  }
}
