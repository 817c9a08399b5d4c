package org.kyc4j.api;

import java.util.Objects;

/**
 * Named presets of {@link ProductConfig}, one per service level of the mirrored product, each
 * built from the product's own description of the level (quoted on each constant). A preset is a
 * starting point: keys given explicitly (in a spec after {@code serviceLevel=...}, or on
 * {@link #toBuilder()}) win. The README's "Service levels" table lists what each one sets.
 *
 * <p>The product's words map to keys as follows: basic document anti-spoofing is
 * {@code docAntiSpoof=STANDARD}, advanced is {@code STRICT}; basic and middle liveness are
 * {@code liveness=STANDARD}, high is {@code STRICT}, and full liveness (the Real ID levels'
 * unqualified "liveness") is {@code liveness=STRICT} with {@code antiInjection=STANDARD}; "two
 * random actions" draws two of the six actions per challenge, in random order.
 */
public enum ServiceLevel {
  /** "ID photos taken manually; blink; basic document anti-spoofing; basic liveness." */
  REALID0001(Product.REAL_ID, ""),
  /** "ID scanned automatically; blink; advanced document anti-spoofing; basic liveness." */
  REALID0002(Product.REAL_ID, "docAntiSpoof=STRICT,docScanMode=DEEP_SCAN"),
  /** "Scanned automatically; two random actions; advanced anti-spoofing; liveness." */
  REALID0003(Product.REAL_ID, "docAntiSpoof=STRICT,docScanMode=DEEP_SCAN,liveness=STRICT,antiInjection=STANDARD,"
      + Presets.TWO_RANDOM_ACTIONS),
  /** "Scanned automatically, even when the card is held at an angle; blink; basic anti-spoofing; basic liveness." */
  REALID0004(Product.REAL_ID, "docScanMode=TRACE_SCAN"),
  /** "Scanned automatically; blink; advanced anti-spoofing; liveness; closed-eye frames returned" (native capture). */
  REALID0009(Product.REAL_ID, "docAntiSpoof=STRICT,docScanMode=DEEP_SCAN," + Presets.FULL_LIVENESS + ",capture=NATIVE"),
  /** "Scanned automatically; blink; advanced anti-spoofing; liveness; closed-eye frames returned" (web capture). */
  REALID0011(Product.REAL_ID, "docAntiSpoof=STRICT,docScanMode=DEEP_SCAN," + Presets.FULL_LIVENESS + ",capture=WEB"),
  /** "Scanned automatically; blink; basic anti-spoofing; liveness" (web capture). */
  REALID0012(Product.REAL_ID, "docScanMode=AUTO_SCAN,liveness=STRICT,antiInjection=STANDARD,capture=WEB"),
  /** "No blink, basic liveness": passive liveness only. */
  FACECAPTURE0001(Product.FACE_CAPTURE, "actions=NONE"),
  /** "Blink, middle level." */
  FACECAPTURE0002(Product.FACE_CAPTURE, ""),
  /** "Two random actions, high level." */
  FACECAPTURE0003(Product.FACE_CAPTURE, "liveness=STRICT," + Presets.TWO_RANDOM_ACTIONS),
  /** "Blink, full liveness, closed-eye frames returned" (native capture). */
  FACECAPTURE0004(Product.FACE_CAPTURE, Presets.FULL_LIVENESS + ",capture=NATIVE"),
  /** "Blink, full liveness, closed-eye frames returned" (web capture). */
  FACECAPTURE0005(Product.FACE_CAPTURE, Presets.FULL_LIVENESS + ",capture=WEB"),
  /** "Basic spoofing check" (the product's default). */
  IDRECOGNITION0001(Product.ID_RECOGNITION, ""),
  /** "Flashlight spoofing check": one front photo with and one without flash. */
  IDRECOGNITION0002(Product.ID_RECOGNITION, "docFlashCheck=true"),
  /** "Multi-angle spoofing check" (HK identity cards): one photo facing the card, one inclined about 30 degrees. */
  IDRECOGNITION0003(Product.ID_RECOGNITION, "docScanMode=MULTI_ANGLE");

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

  /** Returns the keys this preset sets, as a spec without {@code serviceLevel}; empty when it is the defaults. */
  public String spec() {
    return spec;
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

  /** Spec fragments that several presets share. */
  private static final class Presets {
    /** Two distinct actions drawn at random from all six, asked in random order. */
    static final String TWO_RANDOM_ACTIONS = "actions=FACEBLINK+MOUTHOPEN+HEADSHAKE_LEFT+HEADSHAKE_RIGHT+HEADLOWER"
        + "+HEADRAISE,randomActionCount=2,actionRandom=true";
    /** Full liveness with blink, returning the closed-eye frames. */
    static final String FULL_LIVENESS = "liveness=STRICT,antiInjection=STANDARD,closedEyeCapture=true";
  }
}
