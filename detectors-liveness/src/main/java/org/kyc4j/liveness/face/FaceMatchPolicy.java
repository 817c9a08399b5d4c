package org.kyc4j.liveness.face;

import java.util.Locale;
import java.util.Objects;
import org.kyc4j.spi.FaceEmbedding;
import org.kyc4j.spi.ThresholdTable;

/**
 * How two face descriptors are compared: the cosine similarity of dlib ResNet descriptors (each the
 * mean of the aligned chip's and its mirror image's descriptor), and the similarity each level
 * requires. The thresholds were set from false match rates measured on the LFW dev set (README,
 * "Face match"): LOOSE at FAR 1e-2, STANDARD at 1e-3, STRICT at 1e-4, each moved towards stricter
 * by a margin because that set is small. They do not transfer to every population: on the NUAA
 * webcam frames (eight East-Asian subjects) different people reach these similarities far more often
 * (README, "Face match on another source"). Stateless.
 */
public final class FaceMatchPolicy {
  /** The id of the descriptor model in every {@link FaceEmbedding} this module produces. */
  public static final String MODEL = "dlib-resnet-128-mirror";
  /** The id of dlib's descriptor of the aligned chip alone, without the mirror image. */
  public static final String PLAIN_MODEL = "dlib-resnet-128";
  /** Similarity a pair needs to pass, per level. */
  public static final ThresholdTable THRESHOLDS = ThresholdTable.of(
      "cosine similarity of dlib ResNet descriptors (chip and mirror averaged), higher means more alike",
      ThresholdTable.PassWhen.AT_LEAST, 0.915, 0.932, 0.945);

  private FaceMatchPolicy() {}

  /**
   * Returns the cosine similarity of two descriptors of this module's model, in [-1, 1].
   *
   * @throws IllegalArgumentException if the models or dimensions differ
   */
  public static double similarity(FaceEmbedding a, FaceEmbedding b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (!a.model().equals(b.model()) || a.dimension() != b.dimension()) {
      throw new IllegalArgumentException("cannot compare a descriptor of " + a.model() + " (" + a.dimension()
          + " values) with one of " + b.model() + " (" + b.dimension() + " values)");
    }
    return cosine(a.values(), b.values());
  }

  static double cosine(float[] x, float[] y) {
    double dot = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * (double) y[i];
      xx += x[i] * (double) x[i];
      yy += y[i] * (double) y[i];
    }
    return xx == 0 || yy == 0 ? 0 : dot / Math.sqrt(xx * yy);
  }

  /** Formats a similarity or threshold with four decimals. */
  static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
