package org.kyc4j.spi;

/** What a face detector says about the faces of one photo. */
public enum FaceVerdict {
  /** No face at all. */
  NONE,
  /** One subject, no other face of comparable size. */
  ONE,
  /** The subject and at least one other face of comparable size. */
  MULTIPLE,
  /** Faces were found, but all are smaller than the detector's minimum side. */
  TOO_SMALL
}
