package org.kyc4j.testing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;
import org.kyc4j.spi.DocumentQuad;

/**
 * Builds the photo around a card: a cluttered background (a desk of random shapes and papers, a
 * striped fabric, or a face photo blown up), the card's placement (a quarter turn, a few degrees of
 * roll, a keystone tilt, a scale; optionally partly out of frame), a soft shadow and the
 * perspective warp of the card into the scene.
 */
final class SceneComposer {
  private SceneComposer() {}

  static BufferedImage background(Random random, int width, int height, Portraits portraits) {
    BufferedImage scene = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scene.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      int kind = random.nextInt(portraits.real() ? 3 : 2);
      if (kind == 2) {
        g.drawImage(portraits.next(random, null).image(), 0, 0, width, height, null);
        g.setColor(new Color(0, 0, 0, 60 + random.nextInt(80)));
        g.fillRect(0, 0, width, height);
      } else {
        g.setPaint(new GradientPaint(0, 0, randomColour(random), width, height, randomColour(random)));
        g.fillRect(0, 0, width, height);
        if (kind == 1) {
          stripes(g, random, width, height);
        }
      }
      clutter(g, random, width, height, kind == 1 ? 8 : 30);
    } finally {
      g.dispose();
    }
    return scene;
  }

  private static Color randomColour(Random random) {
    return Color.getHSBColor(random.nextFloat(), 0.1f + 0.5f * random.nextFloat(), 0.2f + 0.7f * random.nextFloat());
  }

  private static void stripes(Graphics2D g, Random random, int width, int height) {
    Color tone = randomColour(random);
    g.setStroke(new BasicStroke(2f + random.nextInt(6)));
    for (int y = -height; y < 2 * height; y += 6 + random.nextInt(10)) {
      g.setColor(new Color(tone.getRed(), tone.getGreen(), tone.getBlue(), 40 + random.nextInt(80)));
      g.drawLine(0, y, width, y + height / 3);
    }
  }

  private static void clutter(Graphics2D g, Random random, int width, int height, int count) {
    for (int i = 0; i < count; i++) {
      Color c = randomColour(random);
      g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 80 + random.nextInt(175)));
      int x = random.nextInt(width);
      int y = random.nextInt(height);
      int w = 20 + random.nextInt(width / 3);
      int h = 20 + random.nextInt(height / 3);
      switch (random.nextInt(5)) {
        case 0 -> g.fillRect(x - w / 2, y - h / 2, w, h);
        case 1 -> g.fillOval(x - w / 2, y - h / 2, w, h);
        case 2 -> {
          g.setStroke(new BasicStroke(1f + random.nextInt(8)));
          g.drawLine(x, y, x + w - width / 6, y + h - height / 6);
        }
        case 3 -> {
          g.setFont(new Font(Font.SERIF, Font.PLAIN, 14 + random.nextInt(40)));
          g.drawString("Lorem ipsum dolor sit amet " + random.nextInt(1000), x - w / 2, y);
        }
        default -> {
          g.setColor(new Color(235 + random.nextInt(20), 235 + random.nextInt(20), 225 + random.nextInt(30)));
          java.awt.geom.AffineTransform saved = g.getTransform();
          g.rotate(random.nextDouble() - 0.5, x, y);
          g.fillRect(x - w / 2, y - h / 2, w, (int) (w * 1.3));
          g.setTransform(saved);
        }
      }
    }
  }

  /**
   * Returns where the card lies: corners clockwise from the card's upright top-left. {@code outside}
   * is the share of the card's extent to push out of frame (0: fully inside, with a margin).
   */
  static DocumentQuad place(Random random, double aspect, int width, int height, double outside) {
    int quarter = random.nextInt(20) < 11 ? 0 : 1 + random.nextInt(3);
    double angle = Math.toRadians(quarter * 90 + (random.nextDouble() * 2 - 1) * 10);
    double length = quarter % 2 == 0 ? width * (0.45 + 0.25 * random.nextDouble())
        : height * (0.6 + 0.25 * random.nextDouble());
    double topShrink = random.nextDouble() * 0.16;
    double sideShrink = random.nextDouble() * 0.1;
    boolean flipTop = random.nextBoolean();
    boolean flipSide = random.nextBoolean();
    double[] jitter = new double[8];
    for (int i = 0; i < 8; i++) {
      jitter[i] = (random.nextDouble() * 2 - 1) * 0.008;
    }
    for (int attempt = 0; ; attempt++) {
      double w = length / 2;
      double h = w / aspect;
      double[] xy = {-w, -h, w, -h, w, h, -w, h};
      for (int i = 0; i < 4; i++) {
        boolean top = i < 2;
        boolean left = i == 0 || i == 3;
        xy[2 * i] *= 1 - ((top ^ flipTop) ? topShrink : 0);
        xy[2 * i + 1] *= 1 - ((left ^ flipSide) ? sideShrink : 0);
      }
      double[] turned = new double[8];
      for (int i = 0; i < 4; i++) {
        double x = xy[2 * i];
        double y = xy[2 * i + 1];
        turned[2 * i] = x * Math.cos(angle) - y * Math.sin(angle) + jitter[2 * i] * length;
        turned[2 * i + 1] = x * Math.sin(angle) + y * Math.cos(angle) + jitter[2 * i + 1] * length;
      }
      double[] centre = centre(random, turned, width, height, outside);
      if (centre != null || attempt > 20) {
        double cx = centre == null ? width / 2.0 : centre[0];
        double cy = centre == null ? height / 2.0 : centre[1];
        for (int i = 0; i < 4; i++) {
          turned[2 * i] += cx;
          turned[2 * i + 1] += cy;
        }
        return DocumentQuad.of(turned);
      }
      length *= 0.92;
    }
  }

  private static double[] centre(Random random, double[] xy, int width, int height, double outside) {
    double minX = Math.min(Math.min(xy[0], xy[2]), Math.min(xy[4], xy[6]));
    double maxX = Math.max(Math.max(xy[0], xy[2]), Math.max(xy[4], xy[6]));
    double minY = Math.min(Math.min(xy[1], xy[3]), Math.min(xy[5], xy[7]));
    double maxY = Math.max(Math.max(xy[1], xy[3]), Math.max(xy[5], xy[7]));
    double margin = 0.04 * Math.min(width, height);
    double loX = margin - minX;
    double hiX = width - margin - maxX;
    double loY = margin - minY;
    double hiY = height - margin - maxY;
    if (hiX < loX || hiY < loY) {
      return null;
    }
    double cx = loX + random.nextDouble() * (hiX - loX);
    double cy = loY + random.nextDouble() * (hiY - loY);
    if (outside > 0) {
      switch (random.nextInt(4)) {
        case 0 -> cx = -minX - outside * (maxX - minX);
        case 1 -> cx = width - maxX + outside * (maxX - minX);
        case 2 -> cy = -minY - outside * (maxY - minY);
        default -> cy = height - maxY + outside * (maxY - minY);
      }
    }
    return new double[] {cx, cy};
  }

  /** Draws a soft shadow under the quad, then warps {@code card} onto it with bilinear sampling and soft edges. */
  static void warp(BufferedImage card, BufferedImage scene, DocumentQuad quad) {
    shadow(scene, quad);
    Homography toCard = Homography.cardToScene(card.getWidth(), card.getHeight(), quad).inverse();
    int[] src = ((DataBufferInt) card.getRaster().getDataBuffer()).getData();
    int[] dst = ((DataBufferInt) scene.getRaster().getDataBuffer()).getData();
    int cw = card.getWidth();
    int ch = card.getHeight();
    int sw = scene.getWidth();
    double[] c = quad.coordinates();
    int x0 = (int) Math.max(0, Math.floor(Math.min(Math.min(c[0], c[2]), Math.min(c[4], c[6]))));
    int x1 = (int) Math.min(sw - 1, Math.ceil(Math.max(Math.max(c[0], c[2]), Math.max(c[4], c[6]))));
    int y0 = (int) Math.max(0, Math.floor(Math.min(Math.min(c[1], c[3]), Math.min(c[5], c[7]))));
    int y1 = (int) Math.min(scene.getHeight() - 1, Math.ceil(Math.max(Math.max(c[1], c[3]), Math.max(c[5], c[7]))));
    double scale = Math.max(cw, ch) / Math.max(1, Math.hypot(c[2] - c[0], c[3] - c[1]));
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        double u = toCard.x(x + 0.5, y + 0.5);
        double v = toCard.y(x + 0.5, y + 0.5);
        double inside = Math.min(Math.min(u, cw - u), Math.min(v, ch - v)) / scale + 0.5;
        if (inside <= 0) {
          continue;
        }
        int rgb = Pixels.bilinear(src, cw, ch, u - 0.5, v - 0.5);
        dst[y * sw + x] = inside >= 1 ? rgb : Pixels.mix(dst[y * sw + x], rgb, inside);
      }
    }
  }

  private static void shadow(BufferedImage scene, DocumentQuad quad) {
    Graphics2D g = scene.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      double[] c = quad.coordinates();
      double d = quad.diagonal() * 0.008;
      for (int step = 4; step >= 1; step--) {
        Polygon p = new Polygon();
        for (int i = 0; i < 4; i++) {
          p.addPoint((int) Math.round(c[2 * i] + d * step), (int) Math.round(c[2 * i + 1] + d * step * 1.3));
        }
        g.setColor(new Color(0, 0, 0, 28));
        g.fill(p);
      }
    } finally {
      g.dispose();
    }
  }
}
