package org.kyc4j.testdata;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The data sets of the shared data folder, one folder each, as {@code SOURCES.md} there describes
 * them. Every set holds real photos (or text) that nobody on the project made; a set may be absent
 * from a checkout, and {@link DataFolder} says so.
 */
public enum DataSet {
  /** LFW face photos labelled by identity (face match, duplicate index). */
  LFW_FACES,
  /** NUAA webcam frames: real faces and printed-photo attacks (anti-spoofing). */
  NUAA_PRINT_ATTACK,
  /** Phone selfie pairs, real or a presented picture (liveness). */
  SELFIE_LIVENESS_PAIRS,
  /** Specimen ID cards, passports, residence cards and visas with an MRZ. */
  ID_DOCUMENTS_MRZ,
  /** MRZ strings with valid and invalid check digits (text only). */
  MRZ_TEXT_VECTORS,
  /** In-car face frames, yawning or not (mouth-open check). */
  YAWDD_YAWN_FRAMES,
  /** East Asian faces labelled by identity (face-match false-match rates). */
  EAST_ASIAN_FACES,
  /** More face presentation-attack captures, real or spoof. */
  PAD_EXTRA,
  /** Photos of printed grey copies of mock identity documents, with the document quadrilateral. */
  DOC_GREY_COPIES,
  /** Single-eye crops, open or closed (eye-region models). */
  EYE_STATE_CROPS;

  /**
   * Returns the set whose folder is named {@code folderName}.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static DataSet ofFolderName(String folderName) {
    for (DataSet set : values()) {
      if (set.folderName().equals(folderName)) {
        return set;
      }
    }
    throw new IllegalArgumentException("unknown data set '" + folderName + "'; known: "
        + Arrays.stream(values()).map(DataSet::folderName).collect(Collectors.joining(", ")));
  }

  /** Returns the set's folder name in the data folder: the constant's name in lower case, for example {@code lfw_faces}. */
  public String folderName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
