package org.kyc4j.liveness.action;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.ImageArtefact;

/**
 * The frames in which both eyes were closed by the FACEBLINK rule (each eye's aspect ratio, the iris
 * model's eyelid ratio that the blink rule reads, at least the level's blink drop under the open
 * baseline), encoded as whole-frame JPEG artefacts for
 * {@code closedEyeCapture}. Stateless.
 */
final class ClosedEyeFrames {
  private ClosedEyeFrames() {}

  /** Returns the indexes of the closed-eye frames of {@code track}, in capture order. */
  static List<Integer> indexes(ActionTrack track, ActionLimits limits) {
    List<Integer> closed = new ArrayList<>();
    if (!(track.openEyeBaseline() >= limits.minOpenEye())) {
      return closed;
    }
    double[] drop = track.movement(org.kyc4j.api.Action.FACEBLINK);
    for (int i = 0; i < drop.length; i++) {
      if (drop[i] >= limits.blinkDrop()) {
        closed.add(i);
      }
    }
    return closed;
  }

  /** Encodes one decoded frame as JPEG. */
  static ImageArtefact jpeg(RgbImage image) {
    BufferedImage raster = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
    raster.setRGB(0, 0, image.width(), image.height(), image.copyPixels(), 0, image.width());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(raster, "jpeg", out)) {
        throw new IllegalStateException("this Java runtime has no JPEG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ImageArtefact("image/jpeg", image.width(), image.height(), out.toByteArray());
  }
}
