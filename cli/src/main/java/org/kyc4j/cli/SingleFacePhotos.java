package org.kyc4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.kyc4j.api.InvalidRequestException;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.liveness.face.FaceRecognizer;

/**
 * Accepts photos that show exactly one face, so the sample applicant is not a crowd (many LFW
 * photos show other people behind the subject). Decodes as the engine does; opens the face models
 * on first use; one thread.
 */
final class SingleFacePhotos implements Predicate<Path>, AutoCloseable {
  private final Kyc4j decoder = Kyc4j.builder().discovery(false).build();
  private FaceRecognizer recognizer;

  @Override
  public boolean test(Path photo) {
    try {
      var image = decoder.decode(Files.readAllBytes(photo));
      if (recognizer == null) {
        recognizer = FaceRecognizer.open();
      }
      return recognizer.locate(image).faceCount() == 1;
    } catch (IOException | InvalidRequestException e) {
      return false;
    }
  }

  @Override
  public void close() {
    try (decoder) {
      if (recognizer != null) {
        recognizer.close();
      }
    }
  }
}
