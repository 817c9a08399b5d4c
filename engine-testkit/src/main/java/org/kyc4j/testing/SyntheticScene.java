package org.kyc4j.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.DocumentQuad;

/**
 * One synthetic photo of a document, as JPEG bytes, with its ground truth: the seed that made it,
 * the document (MRZ, fields, boxes on the card), where the card lies in the photo ({@link #quad()},
 * clockwise from the card's upright top-left, in photo pixels; corners may lie outside the photo for
 * {@link DocumentDefect#CUT_OFF}), where the portrait lies, and the defect applied. The photo and its
 * defects are simulated. Immutable; thread-safe.
 */
public final class SyntheticScene {
  private final long seed;
  private final SyntheticDocument document;
  private final DocumentQuad quad;
  private final DocumentQuad portraitQuad;
  private final DefectLabel defect;
  private final byte[] jpeg;
  private final int width;
  private final int height;

  SyntheticScene(long seed, SyntheticDocument document, DocumentQuad quad, DocumentQuad portraitQuad,
      DefectLabel defect, byte[] jpeg, int width, int height) {
    this.seed = seed;
    this.document = Objects.requireNonNull(document, "document");
    this.quad = Objects.requireNonNull(quad, "quad");
    this.portraitQuad = Objects.requireNonNull(portraitQuad, "portraitQuad");
    this.defect = Objects.requireNonNull(defect, "defect");
    this.jpeg = jpeg.clone();
    this.width = width;
    this.height = height;
  }

  /** Returns the seed; {@link SyntheticDocuments#scene} with it and the same defect and severity gives the same bytes. */
  public long seed() {
    return seed;
  }

  /** Returns the document's ground truth. */
  public SyntheticDocument document() {
    return document;
  }

  /** Returns the card's corners in the photo. */
  public DocumentQuad quad() {
    return quad;
  }

  /** Returns the portrait's corners in the photo, clockwise from its upright top-left. */
  public DocumentQuad portraitQuad() {
    return portraitQuad;
  }

  /** Returns the defect applied ({@link DocumentDefect#NONE} for a clean scene). */
  public DefectLabel defect() {
    return defect;
  }

  /** Returns a copy of the photo's JPEG bytes. */
  public byte[] jpeg() {
    return jpeg.clone();
  }

  /** Returns the photo's width in pixels. */
  public int width() {
    return width;
  }

  /** Returns the photo's height in pixels. */
  public int height() {
    return height;
  }

  /** Decodes the photo; every call returns a new image. */
  public BufferedImage image() {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
      if (image == null) {
        throw new IllegalStateException("no JPEG reader installed");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes the photo as an {@link RgbImage}. */
  public RgbImage rgb() {
    return TestImages.rgb(image());
  }

  /** Returns the seed, kind and defect, which is what a failing test should print. */
  @Override
  public String toString() {
    return "SyntheticScene[seed " + seed + ", " + document.kind() + ", " + defect.defect() + " severity "
        + CardDefects.fmt(defect.severity()) + ", portrait " + document.portraitSource() + "]";
  }
}
