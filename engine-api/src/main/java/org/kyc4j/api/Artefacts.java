package org.kyc4j.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a verification returns besides its status.
 *
 * @param croppedFace the best selfie face, or null when none was produced
 * @param closedEyeFrames frames with closed eyes, when closed-eye capture is on
 * @param documentFields fields read from the document (names as {@code org.kyc4j.spi.DocumentFields} lists), in
 *     reading order
 * @param croppedDocument the front page's document, located and rectified, or null when none was produced
 */
public record Artefacts(ImageArtefact croppedFace, List<ImageArtefact> closedEyeFrames,
    Map<String, String> documentFields, ImageArtefact croppedDocument) {
  /** No artefacts. */
  public static final Artefacts NONE = new Artefacts(null, List.of(), Map.of(), null);

  /** Artefacts without a cropped document. */
  public Artefacts(ImageArtefact croppedFace, List<ImageArtefact> closedEyeFrames, Map<String, String> documentFields) {
    this(croppedFace, closedEyeFrames, documentFields, null);
  }

  /** Copies the collections. */
  public Artefacts {
    closedEyeFrames = List.copyOf(closedEyeFrames);
    documentFields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(documentFields)));
  }

  /** Returns the cropped face, if one was produced. */
  public Optional<ImageArtefact> findCroppedFace() {
    return Optional.ofNullable(croppedFace);
  }

  /** Returns the cropped document, if one was produced. */
  public Optional<ImageArtefact> findCroppedDocument() {
    return Optional.ofNullable(croppedDocument);
  }

  /**
   * Names the document fields without their values: {@link #documentFields()} is the one place that
   * holds the holder's personal data, and a printed decision must not.
   */
  @Override
  public String toString() {
    return "Artefacts[croppedFace=" + croppedFace + ", closedEyeFrames=" + closedEyeFrames + ", documentFields="
        + documentFields.keySet() + " (values redacted), croppedDocument=" + croppedDocument + "]";
  }
}
