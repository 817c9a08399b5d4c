package org.kyc4j.liveness.face;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.kyc4j.spi.FaceEmbedding;

/**
 * What {@link FaceRecognizer} read in one photo: every face found (the subject first), the verdict
 * on them, the subject's landmarks and, when asked for and usable, the descriptor of its aligned
 * chip and of the chip's mirror image. Immutable and thread-safe.
 */
public final class FaceReading {
  private final SubjectChoice.Verdict verdict;
  private final List<FaceCandidate> faces;
  private final Landmarks landmarks;
  private final float[] descriptor;
  private final float[] mirroredDescriptor;
  private final FaceGeometry geometry;
  private final FaceEmbedding embedding;

  FaceReading(SubjectChoice.Verdict verdict, List<FaceCandidate> faces, Landmarks landmarks, float[] descriptor,
      float[] mirroredDescriptor) {
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.faces = List.copyOf(faces);
    this.landmarks = landmarks;
    this.descriptor = descriptor == null ? new float[0] : descriptor.clone();
    this.mirroredDescriptor = mirroredDescriptor == null ? new float[0] : mirroredDescriptor.clone();
    if (this.descriptor.length != this.mirroredDescriptor.length) {
      throw new IllegalArgumentException("descriptor has " + this.descriptor.length + " values, its mirror "
          + this.mirroredDescriptor.length);
    }
    this.geometry = landmarks == null ? null : measure(landmarks);
    this.embedding = this.descriptor.length == 0 ? null : mean(this.descriptor, this.mirroredDescriptor);
  }

  /** The geometry of a mesh, or null for a degenerate mesh (for example all points in one place). */
  private static FaceGeometry measure(Landmarks landmarks) {
    try {
      return FaceGeometry.of(landmarks);
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

  /** Returns the verdict on the faces found: none, one, several of comparable size, or only small ones. */
  public SubjectChoice.Verdict verdict() {
    return verdict;
  }

  /** Returns every face found, in image pixels: the subject first, then the others best-ranked first. */
  public List<FaceCandidate> faces() {
    return faces;
  }

  /** Returns the number of faces found. */
  public int faceCount() {
    return faces.size();
  }

  /** Returns the subject: the largest, most central face; empty when no face was found. */
  public Optional<FaceCandidate> subject() {
    return faces.isEmpty() ? Optional.empty() : Optional.of(faces.get(0));
  }

  /** Returns the subject's 468 landmarks; empty when there is no subject. */
  public Optional<Landmarks> landmarks() {
    return Optional.ofNullable(landmarks);
  }

  /** Returns the eye, mouth and head-pose geometry of the subject; empty when there is no subject. */
  public Optional<FaceGeometry> geometry() {
    return Optional.ofNullable(geometry);
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

  /** Returns a short description for messages, for example {@code "no face"} or {@code "2 faces"}. */
  public String summary() {
    return switch (verdict) {
      case NONE -> "no face";
      case TOO_SMALL -> String.format(Locale.ROOT, "only a face too small (%.0f px, at least %.0f px needed)",
          faces.get(0).minSide(), SubjectChoice.DEFAULT_MIN_SIDE);
      case ONE -> "one face";
      case MULTIPLE -> faces.size() + " faces of comparable size";
    };
  }

  @Override
  public String toString() {
    return "FaceReading[" + summary() + (descriptor.length > 0 ? ", described" : "") + "]";
  }
}
