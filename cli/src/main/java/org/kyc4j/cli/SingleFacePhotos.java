package org.kyc4j.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.kyc4j.api.RgbImage;
import org.kyc4j.liveness.face.FaceRecognizer;

/**
 * Accepts photos that show exactly one face, so the sample applicant is not a crowd (many LFW
 * photos show other people behind the subject). Opens the face models on first use; one thread.
 */
final class SingleFacePhotos implements Predicate<Path>, AutoCloseable {
  private FaceRecognizer recognizer;

  @Override
  public boolean test(Path photo) {
    BufferedImage image;
    try {
      image = Images.read(photo);
    } catch (IOException e) {
      return false;
    }
    if (recognizer == null) {
      recognizer = FaceRecognizer.open();
    }
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] &= 0xffffff;
    }
    RgbImage rgb = RgbImage.adopt(image.getWidth(), image.getHeight(), pixels);
    return recognizer.locate(rgb).faceCount() == 1;
  }

  @Override
  public void close() {
    if (recognizer != null) {
      recognizer.close();
    }
  }
}
