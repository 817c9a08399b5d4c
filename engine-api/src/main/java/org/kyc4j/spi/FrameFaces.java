package org.kyc4j.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The faces of one photo as a face detector read them: the verdict, every face found (the subject,
 * the largest and most central face, first), the subject's landmarks and geometry when they were
 * measured, and the subject's descriptor when the detector described this frame. Immutable and
 * thread-safe.
 */
public final class FrameFaces {
  private final FaceVerdict verdict;
  private final List<FaceBox> faces;
  private final FaceLandmarks landmarks;
  private final FaceGeometry geometry;
  private final FaceEmbedding embedding;

  private FrameFaces(FaceVerdict verdict, List<FaceBox> faces, FaceLandmarks landmarks, FaceGeometry geometry,
      FaceEmbedding embedding) {
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.faces = List.copyOf(faces);
    this.landmarks = landmarks;
    this.geometry = geometry;
    this.embedding = embedding;
    if (this.faces.isEmpty() != (verdict == FaceVerdict.NONE)) {
      throw new IllegalArgumentException("verdict " + verdict + " does not fit " + this.faces.size() + " faces");
    }
    if ((landmarks == null && geometry != null) || (this.faces.isEmpty() && landmarks != null)) {
      throw new IllegalArgumentException("geometry needs landmarks, and landmarks need a subject");
    }
    if (embedding != null && this.faces.isEmpty()) {
      throw new IllegalArgumentException("an embedding needs a subject; verdict " + verdict + " has none");
    }
  }

  /**
   * Returns the reading of one photo.
   *
   * @param verdict the verdict on the faces
   * @param faces every face found, the subject first; empty exactly when the verdict is NONE
   * @param landmarks the subject's landmarks, or null when not measured
   * @param geometry the subject's geometry, or null when not measured (or the mesh was degenerate)
   * @throws IllegalArgumentException if the parts contradict each other
   */
  public static FrameFaces of(FaceVerdict verdict, List<FaceBox> faces, FaceLandmarks landmarks,
      FaceGeometry geometry) {
    return new FrameFaces(verdict, faces, landmarks, geometry, null);
  }

  /**
   * Returns the reading of one photo with the subject's descriptor.
   *
   * @param verdict the verdict on the faces
   * @param faces every face found, the subject first; empty exactly when the verdict is NONE
   * @param landmarks the subject's landmarks, or null when not measured
   * @param geometry the subject's geometry, or null when not measured (or the mesh was degenerate)
   * @param embedding the subject's descriptor (its model named inside), or null when not described
   * @throws IllegalArgumentException if the parts contradict each other
   */
  public static FrameFaces of(FaceVerdict verdict, List<FaceBox> faces, FaceLandmarks landmarks,
      FaceGeometry geometry, FaceEmbedding embedding) {
    return new FrameFaces(verdict, faces, landmarks, geometry, embedding);
  }

  /** Returns this reading with the subject's descriptor (null removes it). */
  public FrameFaces withEmbedding(FaceEmbedding embedding) {
    return new FrameFaces(verdict, faces, landmarks, geometry, embedding);
  }

  /** Returns the verdict on the faces found. */
  public FaceVerdict verdict() {
    return verdict;
  }

  /** Returns every face found, in image pixels: the subject first, then the others best-ranked first. */
  public List<FaceBox> faces() {
    return faces;
  }

  /** Returns the subject: the largest, most central face; empty when no face was found. */
  public Optional<FaceBox> subject() {
    return faces.isEmpty() ? Optional.empty() : Optional.of(faces.get(0));
  }

  /** Returns the subject's landmarks, when they were measured. */
  public Optional<FaceLandmarks> landmarks() {
    return Optional.ofNullable(landmarks);
  }

  /** Returns the subject's eye, mouth and head-pose geometry, when it was measured. */
  public Optional<FaceGeometry> geometry() {
    return Optional.ofNullable(geometry);
  }

  /** Returns the subject's descriptor, when the detector described this frame. */
  public Optional<FaceEmbedding> embedding() {
    return Optional.ofNullable(embedding);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrameFaces other && verdict == other.verdict && faces.equals(other.faces)
        && Objects.equals(landmarks, other.landmarks) && Objects.equals(geometry, other.geometry)
        && Objects.equals(embedding, other.embedding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(verdict, faces, landmarks, geometry, embedding);
  }

  @Override
  public String toString() {
    return "FrameFaces[" + verdict + ", " + faces.size() + " faces" + (landmarks != null ? ", landmarks" : "")
        + (embedding != null ? ", embedding" : "") + "]";
  }
}
