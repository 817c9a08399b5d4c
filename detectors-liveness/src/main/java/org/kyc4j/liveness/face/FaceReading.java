package org.kyc4j.liveness.face;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.kyc4j.spi.FaceEmbedding;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceLandmarks;
import org.kyc4j.spi.FaceGeometry;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.spi.FrameFaces;

/**
 * What {@link FaceRecognizer} read in one photo: every face found (the subject first), the verdict
 * on them, the subject's landmarks and, when asked for and usable, the descriptor of its aligned
 * chip and of the chip's mirror image. Immutable and thread-safe.
 */
public final class FaceReading {
  private final FrameFaces frame;
  private final float[] descriptor;
  private final float[] mirroredDescriptor;
  private final FaceEmbedding embedding;
  private final IrisEyes.Openness eyes;

  FaceReading(FaceVerdict verdict, List<FaceBox> faces, FaceLandmarks landmarks, float[] descriptor,
      float[] mirroredDescriptor) {
    this(verdict, faces, landmarks, null, descriptor, mirroredDescriptor);
  }

  /** A reading whose eye aspect ratios are the iris model's {@code eyes} (null: the mesh's). */
  FaceReading(FaceVerdict verdict, List<FaceBox> faces, FaceLandmarks landmarks, IrisEyes.Openness eyes,
      float[] descriptor, float[] mirroredDescriptor) {
    this.eyes = landmarks == null ? null : eyes;
    this.frame = FrameFaces.of(verdict, faces, landmarks, landmarks == null ? null : measure(landmarks, this.eyes));
    this.descriptor = descriptor == null ? new float[0] : descriptor.clone();
    this.mirroredDescriptor = mirroredDescriptor == null ? new float[0] : mirroredDescriptor.clone();
    if (this.descriptor.length != this.mirroredDescriptor.length) {
      throw new IllegalArgumentException("descriptor has " + this.descriptor.length + " values, its mirror "
          + this.mirroredDescriptor.length);
    }
    this.embedding = this.descriptor.length == 0 ? null : mean(this.descriptor, this.mirroredDescriptor);
  }

  /** The geometry of a mesh, or null for a degenerate mesh (for example all points in one place). */
  private static FaceGeometry measure(FaceLandmarks landmarks, IrisEyes.Openness eyes) {
    try {
      return FaceMeasures.of(landmarks, eyes);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static FaceEmbedding mean(float[] plain, float[] mirrored) {
    float[] mean = new float[plain.length];
    for (int i = 0; i < mean.length; i++) {
      mean[i] = (plain[i] + mirrored[i]) / 2;
    }
    return new FaceEmbedding(FaceMatchPolicy.MODEL, mean);
  }

  /** Returns the dependency-free part of this reading, as face detectors share it on the board. */
  public FrameFaces frame() {
    return frame;
  }

  /** Returns the verdict on the faces found: none, one, several of comparable size, or only small ones. */
  public FaceVerdict verdict() {
    return frame.verdict();
  }

  /** Returns every face found, in image pixels: the subject first, then the others best-ranked first. */
  public List<FaceBox> faces() {
    return frame.faces();
  }

  /** Returns the number of faces found. */
  public int faceCount() {
    return frame.faces().size();
  }

  /** Returns the subject: the largest, most central face; empty when no face was found. */
  public Optional<FaceBox> subject() {
    return frame.subject();
  }

  /** Returns the subject's 468 landmarks; empty when there is no subject. */
  public Optional<FaceLandmarks> landmarks() {
    return frame.landmarks();
  }

  /** Returns the eye, mouth and head-pose geometry of the subject; empty when there is no subject. */
  public Optional<FaceGeometry> geometry() {
    return frame.geometry();
  }

  /** Returns the raw descriptor of the aligned chip (128 values), empty when none was computed. */
  public float[] descriptor() {
    return descriptor.clone();
  }

  /** Returns the raw descriptor of the chip's mirror image, empty when none was computed. */
  public float[] mirroredDescriptor() {
    return mirroredDescriptor.clone();
  }

  /**
   * Returns the face's embedding for matching: the mean of the chip's and its mirror's descriptors
   * (model {@link FaceMatchPolicy#MODEL}); empty when no usable face was found or none was computed.
   */
  public Optional<FaceEmbedding> embedding() {
    return Optional.ofNullable(embedding);
  }

  /** The iris model's eye openness that the geometry carries, or null when the mesh's EAR stands. */
  IrisEyes.Openness eyes() {
    return eyes;
  }

  /** Returns a short description for messages, for example {@code "no face"} or {@code "2 faces"}. */
  public String summary() {
    return switch (frame.verdict()) {
      case NONE -> "no face";
      case TOO_SMALL -> String.format(Locale.ROOT, "only a face too small (%.0f px, at least %.0f px needed)",
          frame.faces().get(0).minSide(), SubjectChoice.DEFAULT_MIN_SIDE);
      case ONE -> "one face";
      case MULTIPLE -> frame.faces().size() + " faces of comparable size";
    };
  }

  @Override
  public String toString() {
    return "FaceReading[" + summary() + (descriptor.length > 0 ? ", described" : "") + "]";
  }
}
