package org.kyc4j.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Turns one face photo into 640 x 480 selfie frames, each slightly shifted, scaled, turned and
 * exposed, with sensor noise, so that no two frames are identical, as in a short real capture.
 * Stateless.
 */
final class SampleSelfie {
  static final int WIDTH = 640;
  static final int HEIGHT = 480;

  private SampleSelfie() {}

  /** Returns {@code count} frames of the face photo. */
  static List<BufferedImage> frames(BufferedImage face, int count, Random random) {
    List<BufferedImage> frames = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      frames.add(frame(face, random));
    }
    return frames;
  }

  /** Returns one frame: the photo scaled to fill the frame's width with a margin, moved a little. */
  static BufferedImage frame(BufferedImage face, Random random) {
    BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = frame.createGraphics();
    g.setColor(new Color(face.getRGB(0, 0)));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    double scale = WIDTH * 1.1 / face.getWidth() * (1 + random.nextGaussian() * 0.01);
    AffineTransform place = new AffineTransform();
    place.translate(WIDTH / 2.0 + random.nextGaussian() * 4, HEIGHT / 2.0 + random.nextGaussian() * 4);
    place.rotate(Math.toRadians(random.nextGaussian() * 0.8));
    place.scale(scale, scale);
    place.translate(-face.getWidth() / 2.0, -face.getHeight() / 2.0);
    g.drawImage(face, place, null);
    g.dispose();
    Images.addNoise(frame, random, 2.5, 1 + random.nextGaussian() * 0.02);
    return frame;
  }
}
