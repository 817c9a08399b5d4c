package org.kyc4j.testing;

import static org.kyc4j.testing.CardDefects.fmt;
import static org.kyc4j.testing.CardDefects.label;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * The simulated defects applied to the whole photo after the card is placed: finger occlusion,
 * defocus and motion blur, under- and overexposure, screen recapture; and the photo's own lighting
 * gradient and sensor noise, which every scene gets.
 */
final class SceneDefects {
  private SceneDefects() {}

  /** A skin-coloured finger entering across the card's left, right or bottom edge, toward the portrait or the text. */
  static DefectLabel finger(BufferedImage scene, SyntheticDocument doc, Homography toScene, double severity,
      Random random) {
    int cw = doc.kind().width();
    int ch = doc.kind().height();
    double width = ch * (0.2 + 0.06 * random.nextDouble());
    double reach = ch * (0.18 + 0.22 * severity);
    int side = random.nextInt(3);
    double along = 0.2 + 0.6 * random.nextDouble();
    double[] out;
    double[] tip;
    if (side == 0) {
      out = new double[] {-ch * 2.5, along * ch};
      tip = new double[] {reach, along * ch + reach * 0.2};
    } else if (side == 1) {
      out = new double[] {cw + ch * 2.5, along * ch};
      tip = new double[] {cw - reach, along * ch - reach * 0.2};
    } else {
      out = new double[] {along * cw, ch + ch * 2.5};
      tip = new double[] {along * cw + reach * 0.3, ch - reach};
    }
    double scale = Math.hypot(toScene.x(cw, 0) - toScene.x(0, 0), toScene.y(cw, 0) - toScene.y(0, 0)) / cw;
    float sceneWidth = (float) (width * scale);
    double x0 = toScene.x(out[0], out[1]);
    double y0 = toScene.y(out[0], out[1]);
    double x1 = toScene.x(tip[0], tip[1]);
    double y1 = toScene.y(tip[0], tip[1]);
    Color skin = Color.getHSBColor(0.04f + 0.03f * random.nextFloat(), 0.3f + 0.3f * random.nextFloat(),
        0.5f + 0.4f * random.nextFloat());
    Graphics2D g = scene.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      double nx = -(y1 - y0);
      double ny = x1 - x0;
      double n = Math.hypot(nx, ny);
      g.setPaint(new GradientPaint((float) (x1 + nx / n * sceneWidth / 2), (float) (y1 + ny / n * sceneWidth / 2),
          skin.darker(), (float) (x1 - nx / n * sceneWidth / 4), (float) (y1 - ny / n * sceneWidth / 4), skin));
      g.setStroke(new BasicStroke(sceneWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new Line2D.Double(x0, y0, x1, y1));
      double dx = (x1 - x0) / Math.hypot(x1 - x0, y1 - y0);
      double dy = (y1 - y0) / Math.hypot(x1 - x0, y1 - y0);
      g.setColor(new Color(Math.min(255, skin.getRed() + 40), Math.min(255, skin.getGreen() + 25),
          Math.min(255, skin.getBlue() + 30)));
      double nailX = x1 - dx * sceneWidth * 0.35;
      double nailY = y1 - dy * sceneWidth * 0.35;
      g.fill(new Ellipse2D.Double(nailX - sceneWidth * 0.28, nailY - sceneWidth * 0.28, sceneWidth * 0.56,
          sceneWidth * 0.56));
    } finally {
      g.dispose();
    }
    double half = width / 2;
    CardBox region = CardDefects.clip(Math.min(out[0], tip[0]) - half, Math.min(out[1], tip[1]) - half,
        Math.max(out[0], tip[0]) + half, Math.max(out[1], tip[1]) + half, cw, ch);
    return label(DocumentDefect.FINGER_OCCLUSION, severity, region, "edge", new String[] {"left", "right",
        "bottom"}[side], "reach", fmt(reach), "width", fmt(width));
  }

  static DefectLabel blur(BufferedImage scene, double severity) {
    int radius = (int) Math.round(2 + 5 * severity);
    Pixels.blur(Pixels.data(scene), scene.getWidth(), scene.getHeight(), radius);
    return label(DocumentDefect.BLUR, severity, null, "boxRadius3Passes", String.valueOf(radius));
  }

  /** Averages {@code 12 + 28 * severity} samples along a random direction. */
  static DefectLabel motionBlur(BufferedImage scene, double severity, Random random) {
    int length = (int) Math.round(12 + 28 * severity);
    double angle = random.nextDouble() * Math.PI;
    int w = scene.getWidth();
    int h = scene.getHeight();
    int[] px = Pixels.data(scene);
    int[] src = px.clone();
    int[] offX = new int[length];
    int[] offY = new int[length];
    for (int i = 0; i < length; i++) {
      offX[i] = (int) Math.round((i - length / 2.0) * Math.cos(angle));
      offY[i] = (int) Math.round((i - length / 2.0) * Math.sin(angle));
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int r = 0;
        int g = 0;
        int b = 0;
        for (int i = 0; i < length; i++) {
          int p = src[Math.max(0, Math.min(h - 1, y + offY[i])) * w + Math.max(0, Math.min(w - 1, x + offX[i]))];
          r += p >> 16 & 255;
          g += p >> 8 & 255;
          b += p & 255;
        }
        px[y * w + x] = (r / length) << 16 | (g / length) << 8 | b / length;
      }
    }
    return label(DocumentDefect.MOTION_BLUR, severity, null, "length", String.valueOf(length),
        "angleDegrees", fmt(Math.toDegrees(angle)));
  }

  /** Multiplies by {@code gain}, adds {@code offset}, clips. */
  static DefectLabel exposure(BufferedImage scene, DocumentDefect defect, double severity) {
    double gain = defect == DocumentDefect.DARK ? 0.35 - 0.23 * severity : 1.6 + 1.0 * severity;
    double offset = defect == DocumentDefect.DARK ? 0 : 30 + 40 * severity;
    int[] px = Pixels.data(scene);
    for (int i = 0; i < px.length; i++) {
      int p = px[i];
      px[i] = Pixels.rgb(Pixels.red(p) * gain + offset, Pixels.green(p) * gain + offset, Pixels.blue(p) * gain + offset);
    }
    return label(defect, severity, null, "gain", fmt(gain), "offset", fmt(offset));
  }

  /**
   * A screen photographed: the RGB sub-pixel stripes of a panel whose pixels are {@code pitch} photo
   * pixels wide with dark gaps, a moire of two near-equal gratings beating, a display gamma and a
   * blue cast.
   */
  static DefectLabel screen(BufferedImage scene, double severity, Random random) {
    int pitch = 3 + random.nextInt(3);
    double moire = 0.06 + 0.12 * severity;
    double f1 = 2 * Math.PI / (pitch * (1.9 + 0.2 * random.nextDouble()));
    double f2 = f1 * (1.02 + 0.04 * random.nextDouble());
    double tilt = Math.toRadians(3 + 10 * random.nextDouble());
    double gamma = 0.75 + 0.1 * random.nextDouble();
    int w = scene.getWidth();
    int[] px = Pixels.data(scene);
    for (int i = 0; i < px.length; i++) {
      int x = i % w;
      int y = i / w;
      double u = x * Math.cos(tilt) + y * Math.sin(tilt);
      double m = 1 + moire * Math.sin(f1 * u) * Math.sin(f2 * (u + 0.3 * y));
      int sub = x % pitch * 3 / pitch;
      double gap = y % pitch == 0 ? 0.7 : 1;
      double[] c = {Pixels.red(px[i]), Pixels.green(px[i]), Pixels.blue(px[i])};
      for (int k = 0; k < 3; k++) {
        double v = 255 * Math.pow(c[k] / 255, gamma) * m * gap * (k == sub ? 1.12 : 0.9);
        c[k] = k == 2 ? v * 1.06 + 6 : v;
      }
      px[i] = Pixels.rgb(c[0], c[1], c[2]);
    }
    return label(DocumentDefect.SCREEN_RECAPTURE, severity, null, "pixelPitch", String.valueOf(pitch),
        "moire", fmt(moire), "gamma", fmt(gamma));
  }

  /** The photo's lighting: a linear gradient of gain across the frame. */
  static void lighting(BufferedImage scene, Random random) {
    double angle = random.nextDouble() * 2 * Math.PI;
    double lo = 0.78 + 0.15 * random.nextDouble();
    double hi = 1.0 + 0.12 * random.nextDouble();
    int w = scene.getWidth();
    int h = scene.getHeight();
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double span = Math.abs(w * cos) + Math.abs(h * sin);
    int[] px = Pixels.data(scene);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double t = ((x - w / 2.0) * cos + (y - h / 2.0) * sin) / span + 0.5;
        int gain = (int) Math.round(1024 * (lo + (hi - lo) * t));
        int p = px[y * w + x];
        px[y * w + x] = Math.min(255, (p >> 16 & 255) * gain >> 10) << 16 | Math.min(255, (p >> 8 & 255) * gain >> 10) << 8
            | Math.min(255, (p & 255) * gain >> 10);
      }
    }
  }

  /**
   * Adds Gaussian sensor noise of {@code sigma} grey levels, with a weaker independent part per
   * channel: values from a table of 4096 Gaussian draws, picked by a xorshift generator seeded from
   * {@code random} (a per-pixel {@code nextGaussian} would cost more than the rest of the scene).
   */
  static void noise(BufferedImage scene, Random random, double sigma) {
    int[] table = new int[4096];
    for (int i = 0; i < table.length; i++) {
      table[i] = (int) Math.round(random.nextGaussian() * sigma * 16);
    }
    long state = random.nextLong() | 1;
    int[] px = Pixels.data(scene);
    for (int i = 0; i < px.length; i++) {
      state ^= state << 13;
      state ^= state >>> 7;
      state ^= state << 17;
      int n = table[(int) (state & 4095)];
      int c = table[(int) (state >>> 12 & 4095)] / 2;
      int p = px[i];
      px[i] = channel((p >> 16 & 255) * 16 + n + c) << 16 | channel((p >> 8 & 255) * 16 + n) << 8
          | channel((p & 255) * 16 + n - c);
    }
  }

  private static int channel(int sixteenths) {
    int v = (sixteenths + 8) >> 4;
    return v < 0 ? 0 : Math.min(v, 255);
  }
}
