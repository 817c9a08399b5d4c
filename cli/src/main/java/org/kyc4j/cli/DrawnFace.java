package org.kyc4j.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Draws a plain frontal face, head and shoulders, laid out like an LFW photo (250 x 250, face in
 * the middle). The sample applicant uses it when the shared data folder is absent; a face
 * detector may or may not accept a drawing, so a verification of it says little. Stateless.
 */
final class DrawnFace {
  static final int SIZE = 250;

  private DrawnFace() {}

  /** Draws a face whose skin, hair and background tones the random source varies. */
  static BufferedImage draw(Random random) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, tone(random, 170, 185, 200), 0, SIZE, tone(random, 120, 135, 150)));
    g.fillRect(0, 0, SIZE, SIZE);
    Color skin = tone(random, 214, 170, 140);
    Color hair = tone(random, 60, 45, 35);
    g.setColor(tone(random, 40, 55, 90));
    g.fill(new Ellipse2D.Double(35, 205, 180, 110)); // shoulders
    g.setColor(skin.darker());
    g.fillRect(105, 170, 40, 45); // neck
    g.setColor(skin);
    g.fill(new Ellipse2D.Double(68, 97, 12, 30)); // ears
    g.fill(new Ellipse2D.Double(171, 97, 12, 30));
    g.fill(new Ellipse2D.Double(75, 50, 100, 130)); // head
    g.setColor(hair);
    g.fill(new Arc2D.Double(72, 42, 106, 80, 0, 180, Arc2D.CHORD));
    eyes(g, hair);
    g.setColor(skin.darker().darker());
    g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(125, 110, 119, 135); // nose
    g.drawLine(119, 135, 128, 137);
    g.setColor(new Color(150, 70, 70));
    g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Arc2D.Double(105, 138, 40, 18, 200, 140, Arc2D.OPEN)); // mouth
    g.dispose();
    return image;
  }

  private static void eyes(Graphics2D g, Color hair) {
    for (int cx : new int[] {103, 147}) {
      g.setColor(Color.WHITE);
      g.fill(new Ellipse2D.Double(cx - 11, 100, 22, 11));
      g.setColor(new Color(70, 50, 35));
      g.fill(new Ellipse2D.Double(cx - 5, 100, 10, 10));
      g.setColor(Color.BLACK);
      g.fill(new Ellipse2D.Double(cx - 2, 103, 4, 4));
      g.setColor(hair);
      g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.drawLine(cx - 13, 92, cx + 12, 90); // eyebrow
    }
  }

  private static Color tone(Random random, int r, int g, int b) {
    int shift = random.nextInt(31) - 15;
    return new Color(clamp(r + shift), clamp(g + shift), clamp(b + shift));
  }

  private static int clamp(int value) {
    return Math.max(0, Math.min(255, value));
  }
}
