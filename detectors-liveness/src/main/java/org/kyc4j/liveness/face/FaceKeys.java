package org.kyc4j.liveness.face;

import org.kyc4j.spi.Key;

/** The board keys the face detectors provide besides the shared ones of {@link org.kyc4j.spi.Keys}. */
public final class FaceKeys {
  /** Per-frame faces, landmarks and geometry of the selfie, for the liveness checks. */
  public static final Key<SelfieFaces> SELFIE_FACES = Key.of("face.selfie.frames", SelfieFaces.class);

  private FaceKeys() {}
}
