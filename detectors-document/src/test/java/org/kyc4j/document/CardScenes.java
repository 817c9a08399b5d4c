package org.kyc4j.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.internal.OpenCv;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Generated photos of a card-like document: an ID-1 card (a portrait block, text bars and a
 * two-line MRZ-like band along its bottom) warped by a known perspective onto a cluttered
 * background (gradient, noise, circles and strokes, no rectangles of a card's aspect).
 */
final class CardScenes {
  /** The rendered card's size, ID-1 aspect. */
  static final int CARD_W = 856;
  static final int CARD_H = 540;

  private CardScenes() {}

  /** A photo and the card's true corners, clockwise from its upright top-left. */
  record Scene(RgbImage photo, double[] corners) {}

  /**
   * Places the card centred at (cx, cy) of a {@code width}x{@code height} background, scaled to
   * {@code scale} of the background's short side (card width), turned by {@code degrees}
   * clockwise, each corner then shifted by up to {@code jitter} of the card width (perspective).
   */
  static Scene scene(long seed, int width, int height, double cx, double cy, double scale, double degrees,
      double jitter) {
    Random random = new Random(seed);
    double w = scale * Math.min(width, height);
    double h = w / 1.586;
    double a = Math.toRadians(degrees);
    double[] local = {-w / 2, -h / 2, w / 2, -h / 2, w / 2, h / 2, -w / 2, h / 2};
    double[] corners = new double[8];
    for (int i = 0; i < 4; i++) {
      double x = local[2 * i] + (random.nextDouble() * 2 - 1) * jitter * w;
      double y = local[2 * i + 1] + (random.nextDouble() * 2 - 1) * jitter * w;
      corners[2 * i] = cx + x * Math.cos(a) - y * Math.sin(a);
      corners[2 * i + 1] = cy + x * Math.sin(a) + y * Math.cos(a);
    }
    return compose(background(width, height, random), card(random), corners);
  }

  /** Returns a cluttered background without a card. */
  static RgbImage clutter(long seed, int width, int height) {
    return TestData.rgb(background(width, height, new Random(seed)));
  }

  static BufferedImage background(int width, int height, Random random) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new java.awt.GradientPaint(0, 0, new Color(90, 70, 50), width, height, new Color(60, 50, 45)));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 25; i++) {
      g.setColor(new Color(random.nextInt(200), random.nextInt(200), random.nextInt(200)));
      int r = 10 + random.nextInt(Math.max(11, Math.min(width, height) / 12));
      g.fillOval(random.nextInt(width), random.nextInt(height), r, r);
      g.setStroke(new java.awt.BasicStroke(1 + random.nextInt(3)));
      g.drawLine(random.nextInt(width), random.nextInt(height), random.nextInt(width), random.nextInt(height));
    }
    g.dispose();
    for (int i = 0; i < width * height / 20; i++) {
      int x = random.nextInt(width);
      int y = random.nextInt(height);
      int v = random.nextInt(60);
      image.setRGB(x, y, (image.getRGB(x, y) & 0xFFFFFF) ^ (v << 16 | v << 8 | v));
    }
    return image;
  }

  static BufferedImage card(Random random) {
    BufferedImage card = new BufferedImage(CARD_W, CARD_H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = card.createGraphics();
    g.setColor(new Color(232, 236, 240));
    g.fillRect(0, 0, CARD_W, CARD_H);
    g.setColor(new Color(120, 130, 150));
    g.fillRect(40, 90, 200, 260);
    g.setColor(new Color(40, 40, 50));
    g.fillRect(40, 25, 300, 30);
    for (int row = 0; row < 7; row++) {
      int length = 120 + random.nextInt(300);
      g.fillRect(280, 100 + row * 36, length, 14);
    }
    for (int line = 0; line < 2; line++) {
      for (int c = 0; c < 36; c++) {
        g.fillRect(30 + c * 22, 420 + line * 50, 14, 26);
      }
    }
    g.dispose();
    return card;
  }

  static Scene compose(BufferedImage background, BufferedImage card, double[] corners) {
    Mat back = OpenCv.bgr(TestData.rgb(background));
    Mat front = OpenCv.bgr(TestData.rgb(card));
    MatOfPoint2f from = new MatOfPoint2f(new Point(0, 0), new Point(CARD_W, 0), new Point(CARD_W, CARD_H),
        new Point(0, CARD_H));
    MatOfPoint2f to = new MatOfPoint2f(new Point(corners[0], corners[1]), new Point(corners[2], corners[3]),
        new Point(corners[4], corners[5]), new Point(corners[6], corners[7]));
    Mat transform = Imgproc.getPerspectiveTransform(from, to);
    Mat warped = new Mat();
    Mat mask = new Mat();
    Size size = back.size();
    Imgproc.warpPerspective(front, warped, transform, size, Imgproc.INTER_LINEAR);
    Mat ones = new Mat(front.size(), org.opencv.core.CvType.CV_8UC1, new Scalar(255));
    Imgproc.warpPerspective(ones, mask, transform, size, Imgproc.INTER_NEAREST);
    warped.copyTo(back, mask);
    RgbImage photo = OpenCv.rgb(back);
    for (Mat m : new Mat[] {back, front, from, to, transform, warped, mask, ones}) {
      m.release();
    }
    return new Scene(photo, corners);
  }

  /** Returns the mean corner distance over the true quad's diagonal. */
  static double cornerError(double[] found, double[] truth) {
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      sum += Math.hypot(found[2 * i] - truth[2 * i], found[2 * i + 1] - truth[2 * i + 1]);
    }
    return sum / 4 / org.kyc4j.spi.DocumentQuad.of(truth).diagonal();
  }
}
