package org.kyc4j.liveness.face;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;
import org.kyc4j.testing.TestImages;

/**
 * Test helper: the LFW face photos of the dev data (lfw_faces/labels.csv: file, identity, role) and
 * images composed from them (a synthetic ID card, faces side by side, a face scaled onto a canvas).
 * The photos are 250x250 LFW crops with the face roughly in the middle.
 */
final class LfwFaces {
  private LfwFaces() {}

  /** Returns the lfw_faces folder, or empty when it is absent (failing the calling test when data is required). */
  static Optional<Path> root() {
    return DataSets.find(DataSet.LFW_FACES);
  }

  /** Whether the LFW photos are here; when data is required their absence fails the calling test instead. */
  static boolean available() {
    return root().isPresent();
  }

  /** Skips the calling test, with a message, when the LFW photos are absent (or fails it, when data is required). */
  static void assumeAvailable() {
    DataSets.require(DataSet.LFW_FACES);
  }

  /** The photos of every mated identity (at least two photos each), in labels.csv order. */
  static List<List<Path>> matedIdentities() {
    Path root = root().orElseThrow(() -> new IllegalStateException("LFW photos are absent"));
    Map<String, List<Path>> byIdentity = new LinkedHashMap<>();
    try (Stream<String> lines = Files.lines(root.resolve("labels.csv"))) {
      lines.skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).filter(r -> r[2].equals("mated"))
          .forEach(r -> byIdentity.computeIfAbsent(r[1], k -> new ArrayList<>()).add(root.resolve(r[0])));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byIdentity.values().stream().filter(photos -> photos.size() >= 2).map(List::copyOf).toList();
  }

  /** The photos of one mated identity, in labels.csv order. */
  static List<Path> photos(String identity) {
    return matedIdentities().stream().filter(p -> p.get(0).getParent().getFileName().toString().equals(identity))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no mated identity " + identity));
  }

  /** Reads a photo. */
  static BufferedImage read(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new IllegalStateException("not an image: " + file);
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a photo and encodes it as JPEG. */
  static byte[] jpeg(Path file) {
    return TestImages.jpeg(read(file));
  }

  /** A uniform image of grey level {@code level}. */
  static BufferedImage uniform(int width, int height, int level) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(level, level, level));
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  /** A grey (128) canvas with {@code photo} scaled to {@code size} x {@code size} and centred. */
  static BufferedImage centred(BufferedImage photo, int width, int height, int size) {
    BufferedImage canvas = uniform(width, height, 128);
    Graphics2D g = smooth(canvas);
    g.drawImage(photo, (width - size) / 2, (height - size) / 2, size, size, null);
    g.dispose();
    return canvas;
  }

  /** Two photos side by side at the same size, each {@code size} x {@code size}. */
  static BufferedImage sideBySide(BufferedImage left, BufferedImage right, int size) {
    BufferedImage canvas = uniform(2 * size, size, 128);
    Graphics2D g = smooth(canvas);
    g.drawImage(left, 0, 0, size, size, null);
    g.drawImage(right, size, 0, size, size, null);
    g.dispose();
    return canvas;
  }

  /**
   * A synthetic ID card front: a light 1000x630 canvas with a header band, text-like bars and, when
   * {@code portrait} is not null, the photo's middle (its portrait-shaped part) drawn as the portrait on the left.
   */
  static BufferedImage card(BufferedImage portrait) {
    BufferedImage card = uniform(1000, 630, 236);
    Graphics2D g = smooth(card);
    g.setColor(new Color(40, 80, 150));
    g.fillRect(0, 0, 1000, 90);
    g.setColor(new Color(70, 70, 70));
    for (int i = 0; i < 6; i++) {
      g.fillRect(420, 150 + 70 * i, 420 - 40 * i, 22);
    }
    if (portrait != null) {
      int w = portrait.getWidth();
      int h = portrait.getHeight();
      g.drawImage(portrait, 50, 140, 380, 540, w * 16 / 100, h * 8 / 100, w * 84 / 100, h * 92 / 100, null);
    }
    g.dispose();
    return card;
  }

  private static Graphics2D smooth(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    return g;
  }
}
