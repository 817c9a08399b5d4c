package org.kyc4j.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.kyc4j.api.RgbImage;

/** Renders synthetic document pages whose lower part prints MRZ lines in a monospace font. */
final class MrzImages {
  private MrzImages() {}

  /** Returns a light page with some printed text and the lines as its MRZ. */
  static RgbImage page(List<String> lines) {
    int width = 1000;
    int height = 640;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(236, 232, 222));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(40, 40, 40));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
    g.drawString("PASSPORT  UTOPIA", 300, 80);
    g.drawString("Surname / Nom", 300, 140);
    g.drawString("Given names / Prenoms", 300, 200);
    g.setColor(new Color(20, 20, 20));
    int size = lines.get(0).length() > 36 ? 34 : 40;
    g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, size));
    int y = height - 40 - (lines.size() - 1) * (size + 14);
    for (String line : lines) {
      g.drawString(line, 40, y);
      y += size + 14;
    }
    g.dispose();
    int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
    return RgbImage.of(width, height, pixels);
  }

  /** Returns a blank light page: nothing to read. */
  static RgbImage blank() {
    int[] pixels = new int[400 * 300];
    java.util.Arrays.fill(pixels, 0xECE8DE);
    return RgbImage.of(400, 300, pixels);
  }
}
