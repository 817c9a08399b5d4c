package org.kyc4j.liveness.quality;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceGeometry;
import org.kyc4j.spi.FaceLandmarks;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.spi.FaceVerdict;

/**
 * Test helper: a drawn face on a 320 x 320 canvas (skin oval with seeded grain and side light, dark eyes with white and
 * pupil, dark-red lips) with the face reading a detector would give for it: box, mesh (every point at the
 * nose except the cheek points the measures use) and geometry. Each method returns a new image.
 */
final class DrawnFace {
  static final FaceBox BOX = new FaceBox(110, 100, 100, 120, 0.95f, new float[] {
      135, 140, 185, 140, 160, 165, 160, 190, 110, 150, 210, 150});
  static final FaceGeometry.Point RIGHT_EYE = new FaceGeometry.Point(135, 140);
  static final FaceGeometry.Point LEFT_EYE = new FaceGeometry.Point(185, 140);
  static final FaceGeometry.Point MOUTH_RIGHT = new FaceGeometry.Point(140, 190);
  static final FaceGeometry.Point MOUTH_LEFT = new FaceGeometry.Point(180, 190);

  private DrawnFace() {}

  /** The face on a flat grey wall. */
  static BufferedImage image() {
    BufferedImage image = new BufferedImage(320, 320, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x8c8c8c));
    g.fillRect(0, 0, 320, 320);
    g.dispose();
    drawFace(image);
    return image;
  }

  /** Draws the face over whatever {@code image} shows. */
  static void drawFace(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xd9a486));
    g.fillOval(105, 85, 110, 150);
    Random random = new Random(7);
    for (int y = 90; y < 230; y++) {
      for (int x = 110; x < 210; x++) {
        int p = image.getRGB(x, y) & 0xffffff;
        if (p == 0xd9a486) {
          int d = random.nextInt(13) - 6 + (int) Math.round((x - 160) * 0.6 - (y - 160) * 0.3);
          image.setRGB(x, y, shift(p, d));
        }
      }
    }
    for (FaceGeometry.Point eye : new FaceGeometry.Point[] {RIGHT_EYE, LEFT_EYE}) {
      g.setColor(new Color(0xf0f0f0));
      g.fillOval((int) eye.x() - 11, (int) eye.y() - 5, 22, 10);
      g.setColor(new Color(0x302018));
      g.fillOval((int) eye.x() - 4, (int) eye.y() - 4, 8, 8);
      g.setStroke(new BasicStroke(2));
      g.drawArc((int) eye.x() - 12, (int) eye.y() - 7, 24, 12, 0, 180);
      g.drawLine((int) eye.x() - 12, (int) eye.y() - 12, (int) eye.x() + 12, (int) eye.y() - 13);
    }
    g.setColor(new Color(0x9a3a3a));
    g.fillOval(140, 184, 40, 12);
    g.setColor(new Color(0x501818));
    g.drawLine(141, 190, 179, 190);
    g.dispose();
  }

  /** The reading of the drawn face, with the given pose. */
  static FrameFaces frame(double yaw, double pitch, double roll) {
    return FrameFaces.of(FaceVerdict.ONE, java.util.List.of(BOX), landmarks(), geometry(yaw, pitch, roll));
  }

  static FaceLandmarks landmarks() {
    float[] xyz = new float[FaceLandmarks.COUNT * 3];
    for (int i = 0; i < FaceLandmarks.COUNT; i++) {
      xyz[3 * i] = 160;
      xyz[3 * i + 1] = 165;
    }
    xyz[3 * FaceQualityMeasures.RIGHT_CHEEK] = 132;
    xyz[3 * FaceQualityMeasures.RIGHT_CHEEK + 1] = 168;
    xyz[3 * FaceQualityMeasures.LEFT_CHEEK] = 188;
    xyz[3 * FaceQualityMeasures.LEFT_CHEEK + 1] = 168;
    return new FaceLandmarks(xyz, 0.99);
  }

  static FaceGeometry geometry(double yaw, double pitch, double roll) {
    return new FaceGeometry(0.3, 0.3, 0.05, yaw, pitch, roll, RIGHT_EYE, LEFT_EYE, MOUTH_RIGHT, MOUTH_LEFT);
  }

  static FaceQualityReading measure(BufferedImage image) {
    return FaceQualityMeasures.measure(rgb(image), frame(0, FaceQualityPolicy.PITCH_BIAS, 0));
  }

  static RgbImage rgb(BufferedImage image) {
    return RgbImage.of(image.getWidth(), image.getHeight(),
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
  }

  private static int shift(int rgb, int d) {
    int r = Math.max(0, Math.min(255, ((rgb >> 16) & 0xff) + d));
    int g = Math.max(0, Math.min(255, ((rgb >> 8) & 0xff) + d));
    int b = Math.max(0, Math.min(255, (rgb & 0xff) + d));
    return r << 16 | g << 8 | b;
  }
}
