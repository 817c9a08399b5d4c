package org.kyc4j.liveness.face;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.kyc4j.api.ImageArtefact;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;

/**
 * The applicant's face cut out of the best selfie frame for the decision's artefacts: a square
 * {@value #MARGIN} times the face box's longer side, centred on the box, clipped to the frame and
 * encoded as JPEG. Stateless.
 */
final class CroppedFace {
  /** Side of the crop over the face box's longer side: room for hair and chin. */
  static final double MARGIN = 1.6;

  private CroppedFace() {}

  /** Returns the JPEG crop of {@code face} in {@code image}. */
  static ImageArtefact of(RgbImage image, FaceBox face) {
    Objects.requireNonNull(image, "image");
    double side = Math.max(face.width(), face.height()) * MARGIN;
    int x = clamp(face.centreX() - side / 2, image.width() - 1);
    int y = clamp(face.centreY() - side / 2, image.height() - 1);
    int width = Math.max(1, Math.min(image.width() - x, (int) Math.round(side)));
    int height = Math.max(1, Math.min(image.height() - y, (int) Math.round(side)));
    RgbImage crop = image.crop(x, y, width, height);
    BufferedImage raster = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    raster.setRGB(0, 0, width, height, crop.copyPixels(), 0, width);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(raster, "jpeg", out)) {
        throw new IllegalStateException("this Java runtime has no JPEG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ImageArtefact("image/jpeg", width, height, out.toByteArray());
  }

  private static int clamp(double value, int max) {
    return (int) Math.max(0, Math.min(max, Math.floor(value)));
  }
}
