package org.kyc4j.benchmarks.face;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws detection error trade-off curves (false reject rate against false accept rate, both on
 * log scales from 1e-5 to 1) as a PNG. Stateless.
 */
final class DetPlot {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 560;
  private static final int MARGIN = 70;
  private static final double MIN_RATE = 1e-5;
  private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
      new Color(0x9467bd)};

  private DetPlot() {}

  /** Writes the curves, one per named set of rates, to the PNG file. */
  static void write(Map<String, ErrorRates> curves, String title, Path png) throws IOException {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    axes(g, title);
    int i = 0;
    for (Map.Entry<String, ErrorRates> curve : curves.entrySet()) {
      g.setColor(COLORS[i % COLORS.length]);
      g.setStroke(new BasicStroke(2f));
      g.draw(path(curve.getValue()));
      g.drawString(curve.getKey() + String.format("  (EER %.2f%%)", 100 * curve.getValue().equalErrorRate()),
          MARGIN + 12, HEIGHT - MARGIN - 16 - 18 * (curves.size() - 1 - i));
      i++;
    }
    g.dispose();
    Files.createDirectories(png.toAbsolutePath().getParent());
    ImageIO.write(image, "png", png.toFile());
  }

  private static void axes(Graphics2D g, String title) {
    g.setColor(Color.BLACK);
    g.drawString(title, MARGIN, MARGIN / 2);
    g.drawRect(MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN);
    g.drawString("false accept rate", WIDTH / 2 - 50, HEIGHT - 20);
    g.drawString("false reject rate", 8, MARGIN - 10);
    for (int e = -5; e <= 0; e++) {
      double rate = Math.pow(10, e);
      int x = x(rate);
      int y = y(rate);
      g.setColor(new Color(0xdddddd));
      g.drawLine(x, MARGIN, x, HEIGHT - MARGIN);
      g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
      g.setColor(Color.BLACK);
      g.drawString("1e" + e, x - 12, HEIGHT - MARGIN + 16);
      g.drawString("1e" + e, MARGIN - 36, y + 4);
    }
  }

  private static Path2D path(ErrorRates rates) {
    Path2D.Double path = new Path2D.Double();
    boolean first = true;
    for (double t : rates.thresholds()) {
      double far = Math.max(MIN_RATE, rates.falseAcceptRate(t));
      double frr = Math.max(MIN_RATE, 1 - rates.trueAcceptRate(t));
      if (first) {
        path.moveTo(x(far), y(frr));
        first = false;
      } else {
        path.lineTo(x(far), y(frr));
      }
    }
    return path;
  }

  private static int x(double rate) {
    return MARGIN + (int) Math.round((Math.log10(rate) + 5) / 5 * (WIDTH - 2 * MARGIN));
  }

  private static int y(double rate) {
    return HEIGHT - MARGIN - (int) Math.round((Math.log10(rate) + 5) / 5 * (HEIGHT - 2 * MARGIN));
  }
}
