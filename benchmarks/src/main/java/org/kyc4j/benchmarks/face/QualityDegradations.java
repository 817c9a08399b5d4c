package org.kyc4j.benchmarks.face;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Random;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.liveness.quality.QualityRule;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceGeometry;

/**
 * Constructed degradations of a genuine photo, each with the face-quality reason it should raise: darkened,
 * overexposed, Gaussian-blurred, a pasted high-texture background, a rectangle frame drawn around the face, a
 * skin-coloured or dark patch over the eyes or the mouth, and a copy rotated by 35 degrees. They are made by
 * this class, not captured. Stateless; every method returns a new image.
 */
enum QualityDegradations {
  DARKENED(QualityRule.DARK_MEAN, ReasonCode.FACE_TOO_DARK),
  OVEREXPOSED(QualityRule.BRIGHT_CLIPPED, ReasonCode.FACE_TOO_BRIGHT),
  BLURRED(QualityRule.SHARPNESS, ReasonCode.FACE_BLURRED),
  BUSY_BACKGROUND(QualityRule.BACKGROUND, ReasonCode.FACE_BUSY_BACKGROUND),
  FRAME(QualityRule.BORDER, ReasonCode.FACE_BORDER),
  SKIN_PATCH_EYES(QualityRule.EYE_TEXTURE, ReasonCode.FACE_OCCLUDED),
  DARK_PATCH_EYES(QualityRule.EYE_LUMA, ReasonCode.FACE_OCCLUDED),
  SKIN_PATCH_MOUTH(QualityRule.MOUTH_TEXTURE, ReasonCode.FACE_OCCLUDED),
  DARK_PATCH_MOUTH(QualityRule.MOUTH_TEXTURE, ReasonCode.FACE_OCCLUDED),
  ROTATED(QualityRule.ROLL, ReasonCode.FACE_POSE);

  private final QualityRule rule;
  private final ReasonCode expected;

  QualityDegradations(QualityRule rule, ReasonCode expected) {
    this.rule = rule;
    this.expected = expected;
  }

  /** The measure this degradation mainly moves. */
  QualityRule rule() {
    return rule;
  }

  ReasonCode expected() {
    return expected;
  }

  /** Applies this degradation to {@code image}, whose face reading gave {@code box} and {@code geometry}. */
  BufferedImage apply(BufferedImage image, FaceBox box, FaceGeometry geometry, long seed) {
    return switch (this) {
      case DARKENED -> map(image, v -> v * 0.12);
      case OVEREXPOSED -> map(image, v -> v * 2.6 + 70);
      case BLURRED -> blur(image, Math.max(1.5, box.width() / 40));
      case BUSY_BACKGROUND -> background(image, box, seed);
      case FRAME -> frame(image, box);
      case SKIN_PATCH_EYES -> patch(image, geometry, true, skin(image, geometry));
      case DARK_PATCH_EYES -> patch(image, geometry, true, new Color(0x1c1c1c));
      case SKIN_PATCH_MOUTH -> patch(image, geometry, false, skin(image, geometry));
      case DARK_PATCH_MOUTH -> patch(image, geometry, false, new Color(0x1c1c1c));
      case ROTATED -> rotate(image, box, 35);
    };
  }

  static BufferedImage copy(BufferedImage image) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  static RgbImage rgb(BufferedImage image) {
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return RgbImage.adopt(image.getWidth(), image.getHeight(), pixels);
  }

  private static BufferedImage map(BufferedImage image, java.util.function.DoubleUnaryOperator f) {
    BufferedImage out = copy(image);
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        int p = out.getRGB(x, y);
        int r = clamp(f.applyAsDouble((p >> 16) & 0xff));
        int g = clamp(f.applyAsDouble((p >> 8) & 0xff));
        int b = clamp(f.applyAsDouble(p & 0xff));
        out.setRGB(x, y, r << 16 | g << 8 | b);
      }
    }
    return out;
  }

  private static BufferedImage blur(BufferedImage image, double sigma) {
    int radius = (int) Math.ceil(3 * sigma);
    float[] k = new float[2 * radius + 1];
    float sum = 0;
    for (int i = -radius; i <= radius; i++) {
      k[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
      sum += k[i + radius];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= sum;
    }
    BufferedImage src = copy(image);
    BufferedImage h = new ConvolveOp(new Kernel(k.length, 1, k), ConvolveOp.EDGE_NO_OP, null).filter(src, null);
    return new ConvolveOp(new Kernel(1, k.length, k), ConvolveOp.EDGE_NO_OP, null).filter(h, null);
  }

  /** Random grey blocks (a twentieth of the face width) everywhere outside the face, hair and neck. */
  private static BufferedImage background(BufferedImage image, FaceBox box, long seed) {
    BufferedImage out = copy(image);
    Random random = new Random(seed);
    int cell = (int) Math.max(2, box.width() / 20);
    double left = box.x() - 0.2 * box.width();
    double right = box.x() + 1.2 * box.width();
    double top = box.y() - 0.5 * box.height();
    for (int by = 0; by < out.getHeight(); by += cell) {
      for (int bx = 0; bx < out.getWidth(); bx += cell) {
        int v = random.nextInt(256);
        for (int y = by; y < Math.min(out.getHeight(), by + cell); y++) {
          for (int x = bx; x < Math.min(out.getWidth(), bx + cell); x++) {
            if (!(x > left && x < right && y > top)) {
              out.setRGB(x, y, v << 16 | v << 8 | v);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * A bezel-like rectangle 1.9 face boxes wide and high around the face: black, a twentieth of the face width
   * thick, with a white line inside, so that it contrasts with light and dark backgrounds alike.
   */
  private static BufferedImage frame(BufferedImage image, FaceBox box) {
    BufferedImage out = copy(image);
    Graphics2D g = out.createGraphics();
    double t = Math.max(3, box.width() / 20);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke((float) t));
    g.drawRect((int) (box.centreX() - 0.95 * box.width()), (int) (box.centreY() - 0.95 * box.height()),
        (int) (1.9 * box.width()), (int) (1.9 * box.height()));
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke((float) Math.max(1, t / 2)));
    int inset = (int) Math.ceil(0.75 * t);
    g.drawRect((int) (box.centreX() - 0.95 * box.width()) + inset, (int) (box.centreY() - 0.95 * box.height()) + inset,
        (int) (1.9 * box.width()) - 2 * inset, (int) (1.9 * box.height()) - 2 * inset);
    g.dispose();
    return out;
  }

  private static Color skin(BufferedImage image, FaceGeometry geometry) {
    double d = geometry.eyeDistance();
    int x = (int) ((geometry.rightEye().x() + geometry.leftEye().x()) / 2);
    int y = (int) (geometry.rightEye().y() + 0.6 * d);
    return new Color(image.getRGB(Math.max(0, Math.min(image.getWidth() - 1, x)),
        Math.max(0, Math.min(image.getHeight() - 1, y))) & 0xffffff);
  }

  /** A flat patch over both eyes (1.9 x 0.7 eye distances) or over the mouth (1.4 x 0.8). */
  private static BufferedImage patch(BufferedImage image, FaceGeometry geometry, boolean eyes, Color colour) {
    BufferedImage out = copy(image);
    double d = geometry.eyeDistance();
    FaceGeometry.Point a = eyes ? geometry.rightEye() : geometry.mouthRight();
    FaceGeometry.Point b = eyes ? geometry.leftEye() : geometry.mouthLeft();
    double cx = (a.x() + b.x()) / 2;
    double cy = (a.y() + b.y()) / 2;
    double w = (eyes ? 1.9 : 1.4) * d;
    double h = (eyes ? 0.7 : 0.8) * d;
    Graphics2D g = out.createGraphics();
    g.rotate(Math.atan2(b.y() - a.y(), b.x() - a.x()), cx, cy);
    g.setColor(colour);
    g.fill(new java.awt.geom.Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h));
    g.dispose();
    return out;
  }

  private static BufferedImage rotate(BufferedImage image, FaceBox box, double degrees) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.GRAY);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(degrees), box.centreX(), box.centreY()), null);
    g.dispose();
    return out;
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }
}
