package org.kyc4j.liveness.face;

import java.util.Objects;
import java.util.Set;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;

/**
 * A face detector that reads the request's decoded images with the engine's shared
 * {@link FaceRecognizer} (which the engine, not the detector, closes): it has an id and a stage and
 * requires the images. Subclasses are thread-safe as the recognizer is.
 */
abstract class RecognizerDetector implements Detector {
  private final String id;
  private final Stage stage;
  /** The models this detector reads faces with. */
  protected final FaceRecognizer recognizer;

  RecognizerDetector(String id, Stage stage, FaceRecognizer recognizer) {
    this.id = id;
    this.stage = stage;
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Stage stage() {
    return stage;
  }

  @Override
  public final Set<Key<?>> requires() {
    return Set.of(Keys.IMAGES);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id + "]";
  }
}
