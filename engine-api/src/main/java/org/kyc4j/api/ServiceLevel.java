package org.kyc4j.api;

import java.util.Objects;

/**
 * Named presets of {@link ProductConfig}, one per product offering. A preset is a starting point:
 * keys given explicitly (in a spec after {@code serviceLevel=...}, or on {@link #toBuilder()}) win.
 * These presets are kyc4j's own definitions, documented in the README's config reference.
 */
public enum ServiceLevel {
  /** Real ID, one page, every check at STANDARD, blink. */
  REALID0001(Product.REAL_ID, ""),
  /** Real ID with strict document anti-spoofing and strict liveness. */
  REALID0002(Product.REAL_ID, "docAntiSpoof=STRICT,liveness=STRICT"),
  /** Real ID with loose checks, for low-risk onboarding. */
  REALID0003(Product.REAL_ID, "docAntiSpoof=LOOSE,liveness=LOOSE,faceMatch=LOOSE"),
  /** Real ID with front and back pages. */
  REALID0004(Product.REAL_ID, "pages=1+2"),
  /** Real ID with anti-injection on. */
  REALID0009(Product.REAL_ID, "antiInjection=STANDARD"),
  /** Real ID with two random-order actions. */
  REALID0011(Product.REAL_ID, "actions=FACEBLINK+MOUTHOPEN,actionRandom=true"),
  /** Real ID, two pages, strict everything, anti-injection and closed-eye capture. */
  REALID0012(Product.REAL_ID, "docAntiSpoof=STRICT,liveness=STRICT,antiInjection=STRICT,faceMatch=STRICT,"
      + "risk=STRICT,pages=1+2,closedEyeCapture=true"),
  /** Face Capture with blink at STANDARD. */
  FACECAPTURE0001(Product.FACE_CAPTURE, ""),
  /** Face Capture with strict liveness. */
  FACECAPTURE0002(Product.FACE_CAPTURE, "liveness=STRICT"),
  /** Face Capture with loose liveness. */
  FACECAPTURE0003(Product.FACE_CAPTURE, "liveness=LOOSE"),
  /** Face Capture with three random-order actions. */
  FACECAPTURE0004(Product.FACE_CAPTURE, "actions=FACEBLINK+MOUTHOPEN+HEADSHAKE_LEFT,actionRandom=true"),
  /** Face Capture with anti-injection and closed-eye frame capture. */
  FACECAPTURE0005(Product.FACE_CAPTURE, "antiInjection=STANDARD,closedEyeCapture=true"),
  /** ID Recognition, one page, STANDARD document anti-spoofing. */
  IDRECOGNITION0001(Product.ID_RECOGNITION, ""),
  /** ID Recognition with strict document anti-spoofing. */
  IDRECOGNITION0002(Product.ID_RECOGNITION, "docAntiSpoof=STRICT"),
  /** ID Recognition with front and back pages. */
  IDRECOGNITION0003(Product.ID_RECOGNITION, "pages=1+2");

  private final Product product;
  private final String spec;

  ServiceLevel(Product product, String spec) {
    this.product = product;
    this.spec = spec;
  }

  /** Returns the product this preset is for. */
  public Product product() {
    return product;
  }

  /** Returns the preset's configuration. */
  public ProductConfig config() {
    return ProductConfig.parse(spec);
  }

  /** Returns a builder holding the preset, for explicit values to override. */
  public ProductConfig.Builder toBuilder() {
    return config().toBuilder();
  }

  /**
   * Returns the preset with {@code overrides} (a config spec without {@code serviceLevel}) applied on top.
   *
   * @throws InvalidRequestException if the overrides are not a valid spec
   */
  public ProductConfig with(String overrides) {
    Objects.requireNonNull(overrides, "overrides");
    if (overrides.isBlank()) {
      return config();
    }
    return ProductConfig.parse(ConfigSpec.SERVICE_LEVEL + "=" + name() + "," + overrides);
  }
}
