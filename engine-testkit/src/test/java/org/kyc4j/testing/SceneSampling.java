package org.kyc4j.testing;

import java.awt.image.BufferedImage;
import org.kyc4j.spi.DocumentQuad;

/** Compares scene pixels with card pixels through a quad, for the generator's tests. */
final class SceneSampling {
  private SceneSampling() {}

  /** Returns the Pearson correlation of luminance at card grid points and at where the quad puts them in the photo. */
  static double correlation(BufferedImage photo, BufferedImage card, DocumentQuad quad) {
    Homography toScene = Homography.cardToScene(card.getWidth(), card.getHeight(), quad);
    double sa = 0;
    double sb = 0;
    double saa = 0;
    double sbb = 0;
    double sab = 0;
    int n = 0;
    for (int v = card.getHeight() / 20; v < card.getHeight() * 19 / 20; v += 7) {
      for (int u = card.getWidth() / 20; u < card.getWidth() * 19 / 20; u += 7) {
        int x = (int) toScene.x(u + 0.5, v + 0.5);
        int y = (int) toScene.y(u + 0.5, v + 0.5);
        if (x < 0 || y < 0 || x >= photo.getWidth() || y >= photo.getHeight()) {
          continue;
        }
        double a = luminance(card.getRGB(u, v));
        double b = luminance(photo.getRGB(x, y));
        sa += a;
        sb += b;
        saa += a * a;
        sbb += b * b;
        sab += a * b;
        n++;
      }
    }
    double cov = sab / n - sa / n * sb / n;
    return cov / Math.sqrt((saa / n - sa / n * sa / n) * (sbb / n - sb / n * sb / n));
  }

  static double meanAbsDifference(BufferedImage a, BufferedImage b) {
    double sum = 0;
    int n = 0;
    for (int y = 0; y < a.getHeight(); y += 3) {
      for (int x = 0; x < a.getWidth(); x += 3) {
        sum += Math.abs(luminance(a.getRGB(x, y)) - luminance(b.getRGB(x, y)));
        n++;
      }
    }
    return sum / n;
  }

  /** Returns the mean difference of local mean luminance of two photos on card points inside {@code region} and outside it. */
  static double[] differenceInsideOutside(BufferedImage a, BufferedImage b, SyntheticScene scene, CardBox region) {
    SyntheticKind kind = scene.document().kind();
    Homography toScene = Homography.cardToScene(kind.width(), kind.height(), scene.quad());
    double[] sum = new double[2];
    int[] n = new int[2];
    for (int v = 0; v < kind.height(); v += 3) {
      for (int u = 0; u < kind.width(); u += 3) {
        int x = (int) toScene.x(u, v);
        int y = (int) toScene.y(u, v);
        if (x < 0 || y < 0 || x >= a.getWidth() || y >= a.getHeight()) {
          continue;
        }
        int k = u >= region.x() && u < region.x() + region.width() && v >= region.y()
            && v < region.y() + region.height() ? 0 : 1;
        sum[k] += Math.abs(localMean(a, x, y) - localMean(b, x, y));
        n[k]++;
      }
    }
    return new double[] {sum[0] / Math.max(1, n[0]), sum[1] / Math.max(1, n[1])};
  }

  /** The mean luminance of a 5 x 5 window, which averages sensor noise away but keeps block and edge changes. */
  private static double localMean(BufferedImage image, int x, int y) {
    double sum = 0;
    int n = 0;
    for (int dy = -2; dy <= 2; dy++) {
      for (int dx = -2; dx <= 2; dx++) {
        int px = Math.max(0, Math.min(image.getWidth() - 1, x + dx));
        int py = Math.max(0, Math.min(image.getHeight() - 1, y + dy));
        sum += luminance(image.getRGB(px, py));
        n++;
      }
    }
    return sum / n;
  }

  private static double luminance(int rgb) {
    return 0.299 * (rgb >> 16 & 255) + 0.587 * (rgb >> 8 & 255) + 0.114 * (rgb & 255);
  }
}
