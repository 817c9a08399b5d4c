package org.kyc4j.api;

/**
 * Which kind of client captured the photos and frames. The mirrored product offers some service
 * levels for its native SDK and others for web capture; detectors may read the channel to apply
 * what each client produces (a browser re-encodes frames and is more exposed to injected video).
 */
public enum CaptureChannel {
  /** Not stated: detectors assume nothing and use limits that hold for both channels. */
  ANY,
  /** A native mobile SDK. */
  NATIVE,
  /** A web page (mobile browser). */
  WEB
}
