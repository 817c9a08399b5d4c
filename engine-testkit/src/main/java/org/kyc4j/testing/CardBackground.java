package org.kyc4j.testing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.Random;

/**
 * Paints a security-print-like card background: a pastel two-colour gradient, guilloche rosettes
 * (hypotrochoids) and wave lines in a darker tint, a faint emblem, and a plain band for the MRZ. A
 * visual imitation only; no real security feature is reproduced.
 */
final class CardBackground {
  private CardBackground() {}

  static void paint(Graphics2D g, int width, int height, int mrzTop, Random random) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    float hue = random.nextFloat();
    Color light = Color.getHSBColor(hue, 0.10f + 0.12f * random.nextFloat(), 0.97f);
    Color other = Color.getHSBColor(hue + 0.12f, 0.18f + 0.12f * random.nextFloat(), 0.92f);
    g.setPaint(new GradientPaint(0, 0, light, width, height, other));
    g.fillRect(0, 0, width, height);
    Color ink = Color.getHSBColor(hue + 0.05f, 0.35f, 0.75f);
    g.setColor(new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), 120));
    g.setStroke(new BasicStroke(Math.max(1f, width / 900f)));
    for (int i = 0; i < 3; i++) {
      rosette(g, width * (0.2 + 0.6 * random.nextDouble()), height * (0.25 + 0.4 * random.nextDouble()),
          height * (0.25 + 0.2 * random.nextDouble()), random);
    }
    waves(g, width, height, random);
    g.setColor(new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), 40));
    int r = height / 4;
    g.fillOval(width - r * 2 - width / 12, height / 6, 2 * r, 2 * r);
    g.setColor(new Color(255, 255, 255, 170));
    g.fillRect(0, mrzTop, width, height - mrzTop);
  }

  private static void rosette(Graphics2D g, double cx, double cy, double radius, Random random) {
    int big = 7 + random.nextInt(9);
    int small = 2 + random.nextInt(4);
    double d = 0.4 + 0.5 * random.nextDouble();
    double scale = radius / (big - small + d * small);
    Path2D.Double path = new Path2D.Double();
    int steps = 3600;
    for (int i = 0; i <= steps; i++) {
      double t = 2 * Math.PI * small * i / steps;
      double x = (big - small) * Math.cos(t) + d * small * Math.cos((big - small) * t / small);
      double y = (big - small) * Math.sin(t) - d * small * Math.sin((big - small) * t / small);
      if (i == 0) {
        path.moveTo(cx + scale * x, cy + scale * y);
      } else {
        path.lineTo(cx + scale * x, cy + scale * y);
      }
    }
    g.draw(path);
  }

  private static void waves(Graphics2D g, int width, int height, Random random) {
    double period = width / (6.0 + 6 * random.nextDouble());
    double amplitude = height / (30.0 + 20 * random.nextDouble());
    for (int row = 0; row < height; row += Math.max(6, height / 45)) {
      Path2D.Double path = new Path2D.Double();
      double phase = row * 0.05;
      for (int x = 0; x <= width; x += 4) {
        double y = row + amplitude * Math.sin(2 * Math.PI * x / period + phase);
        if (x == 0) {
          path.moveTo(x, y);
        } else {
          path.lineTo(x, y);
        }
      }
      g.draw(path);
    }
  }
}
