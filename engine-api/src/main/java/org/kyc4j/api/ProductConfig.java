package org.kyc4j.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The per-request configuration of a product: a level per check, how the document was captured,
 * the liveness actions, the identity network threshold, the velocity rule, the document pages and
 * the operation mode. Instances are immutable and thread-safe; {@link #parse(String)} reads the
 * spec string that {@link #toSpec()} writes, so {@code parse(c.toSpec()).equals(c)} holds for every config.
 *
 * @param documentAntiSpoof level of document anti-spoofing (material, recapture, tampering, flash, multi-angle)
 *     and of document photo quality (blur, glare, exposure, occlusion)
 * @param documentScanMode how the client captured the document; {@link DocScanMode#MULTI_ANGLE} asks for an
 *     angled front photo
 * @param documentFlashCheck whether the request carries a front photo taken with the flash, for the flash check
 * @param liveness level of face liveness (passive and active)
 * @param antiInjection level of the anti-injection check (replayed or synthetic frames); CLOSED by default
 * @param faceMatch level of the selfie-to-portrait face match
 * @param risk level of risk control (identity network and velocity)
 * @param actions the active liveness actions, distinct, in order; empty for passive liveness only
 * @param randomActionCount 0 to ask every action of {@code actions}; else how many distinct ones each
 *     challenge draws at random from them, at most {@code actions.size()}
 * @param actionRandom whether the actions are asked in random order rather than in the order listed
 * @param closedEyeCapture whether frames with closed eyes are returned as artefacts
 * @param captureChannel which kind of client captured the photos and frames
 * @param idnThreshold distinct user ids per document (or documents per user) above which IDN intercepts, 1..1000
 * @param velocity the velocity rule for repeated attacks
 * @param pages the document pages the request must carry; always contains {@link Page#FRONT}
 * @param operationMode which risk controls run
 */
public record ProductConfig(
    Level documentAntiSpoof,
    DocScanMode documentScanMode,
    boolean documentFlashCheck,
    Level liveness,
    Level antiInjection,
    Level faceMatch,
    Level risk,
    List<Action> actions,
    int randomActionCount,
    boolean actionRandom,
    boolean closedEyeCapture,
    CaptureChannel captureChannel,
    int idnThreshold,
    VelocityRule velocity,
    Set<Page> pages,
    OperationMode operationMode) {

  /** The largest allowed {@link #idnThreshold()}. */
  public static final int MAX_IDN_THRESHOLD = 1000;

  /** The configuration every unset key defaults to. */
  public static final ProductConfig DEFAULT = new ProductConfig(Level.STANDARD, DocScanMode.SELF_CAPTURE, false,
      Level.STANDARD, Level.CLOSED, Level.STANDARD, Level.STANDARD, List.of(Action.FACEBLINK), 0, false, false,
      CaptureChannel.ANY, 3, VelocityRule.DEFAULT, Set.of(Page.FRONT), OperationMode.STANDARD);

  /** Validates every component and copies the collections; see the component descriptions. */
  public ProductConfig {
    ConfigRules.nonNull(documentAntiSpoof, "documentAntiSpoof");
    ConfigRules.nonNull(documentScanMode, "documentScanMode");
    ConfigRules.nonNull(liveness, "liveness");
    ConfigRules.nonNull(antiInjection, "antiInjection");
    ConfigRules.nonNull(faceMatch, "faceMatch");
    ConfigRules.nonNull(risk, "risk");
    ConfigRules.nonNull(captureChannel, "captureChannel");
    ConfigRules.nonNull(velocity, "velocity");
    ConfigRules.nonNull(operationMode, "operationMode");
    actions = ConfigRules.actions(actions);
    ConfigRules.randomActionCount(randomActionCount, actions);
    pages = ConfigRules.pages(pages);
    ConfigRules.idnThreshold(idnThreshold);
  }

  /** The first twelve components; the scan mode, flash check, draw count and channel take their defaults. */
  public ProductConfig(Level documentAntiSpoof, Level liveness, Level antiInjection, Level faceMatch, Level risk,
      List<Action> actions, boolean actionRandom, boolean closedEyeCapture, int idnThreshold, VelocityRule velocity,
      Set<Page> pages, OperationMode operationMode) {
    this(documentAntiSpoof, DocScanMode.SELF_CAPTURE, false, liveness, antiInjection, faceMatch, risk, actions, 0,
        actionRandom, closedEyeCapture, CaptureChannel.ANY, idnThreshold, velocity, pages, operationMode);
  }

  /** Returns a builder holding the defaults of {@link #DEFAULT}. */
  public static Builder builder() {
    return new Builder(DEFAULT);
  }

  /** Returns a builder holding this configuration's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Parses a spec such as {@code "liveness=STRICT,actions=FACEBLINK+MOUTHOPEN,pages=1+2"}; keys not
   * named take their defaults, and {@code serviceLevel=REALID0002} starts from a preset that the
   * other keys override.
   *
   * @throws InvalidRequestException naming the key, the value and what is allowed
   */
  public static ProductConfig parse(String spec) {
    return ConfigSpec.parse(spec);
  }

  /** Returns the canonical spec of this configuration, naming every key. */
  public String toSpec() {
    return ConfigSpec.format(this);
  }

  /**
   * Returns the kinds of front photo a request with documents must carry: {@link PhotoKind#PLAIN},
   * plus {@link PhotoKind#FLASH} with the flash check, plus {@link PhotoKind#ANGLED} in the
   * multi-angle scan mode. Other pages have a plain photo only.
   */
  public Set<PhotoKind> frontPhotoKinds() {
    return ConfigRules.frontPhotoKinds(documentFlashCheck, documentScanMode);
  }

  /** Returns the level that governs the given check. */
  public Level level(Check check) {
    Objects.requireNonNull(check, "check");
    return switch (check) {
      case DOCUMENT_ANTI_SPOOF, DOCUMENT_FLASH, DOCUMENT_MULTI_ANGLE, DOCUMENT_QUALITY -> documentAntiSpoof;
      case LIVENESS -> liveness;
      case ANTI_INJECTION -> antiInjection;
      case FACE_MATCH -> faceMatch;
      case RISK -> risk;
      case ALWAYS -> Level.STANDARD;
    };
  }

  /** The checks whose level a configuration sets; see {@link #level(Check)}. */
  public enum Check {
    /** Document material, screen recapture and tampering; level {@code docAntiSpoof}. */
    DOCUMENT_ANTI_SPOOF,
    /** The front photos with and without flash compared ({@code docFlashCheck=true}); level {@code docAntiSpoof}. */
    DOCUMENT_FLASH,
    /** The front photos facing and inclined compared ({@code docScanMode=MULTI_ANGLE}); level {@code docAntiSpoof}. */
    DOCUMENT_MULTI_ANGLE,
    /**
     * Photo quality of the document (blur, glare, exposure, occlusion); level {@code docAntiSpoof}, the
     * configuration's only document level. A check of its own, so that quality detectors never count as
     * implementing {@link #DOCUMENT_ANTI_SPOOF}.
     */
    DOCUMENT_QUALITY,
    /** Liveness, passive and active; level {@code liveness}. */
    LIVENESS,
    /** Replayed or synthesised frames; level {@code antiInjection}. */
    ANTI_INJECTION,
    /** The selfie against the document portrait (or FACE_COMPARE's second image); level {@code faceMatch}. */
    FACE_MATCH,
    /** The identity network; level {@code risk}. */
    RISK,
    /** Checks without a level of their own (decoding, MRZ, ID number): they always run at STANDARD. */
    ALWAYS
  }

  /**
   * A mutable builder of {@link ProductConfig}; each setter rejects a bad value at once, naming the
   * field and the value, and {@link #build()} checks the combinations. Not thread-safe.
   */
  public static final class Builder {
    private Level documentAntiSpoof;
    private DocScanMode documentScanMode;
    private boolean documentFlashCheck;
    private Level liveness;
    private Level antiInjection;
    private Level faceMatch;
    private Level risk;
    private List<Action> actions;
    private int randomActionCount;
    private boolean actionRandom;
    private boolean closedEyeCapture;
    private CaptureChannel captureChannel;
    private int idnThreshold;
    private VelocityRule velocity;
    private Set<Page> pages;
    private OperationMode operationMode;

    Builder(ProductConfig from) {
      documentAntiSpoof = from.documentAntiSpoof;
      documentScanMode = from.documentScanMode;
      documentFlashCheck = from.documentFlashCheck;
      liveness = from.liveness;
      antiInjection = from.antiInjection;
      faceMatch = from.faceMatch;
      risk = from.risk;
      actions = from.actions;
      randomActionCount = from.randomActionCount;
      actionRandom = from.actionRandom;
      closedEyeCapture = from.closedEyeCapture;
      captureChannel = from.captureChannel;
      idnThreshold = from.idnThreshold;
      velocity = from.velocity;
      pages = from.pages;
      operationMode = from.operationMode;
    }

    public Builder documentAntiSpoof(Level level) {
      documentAntiSpoof = ConfigRules.nonNull(level, "documentAntiSpoof");
      return this;
    }

    /** Sets how the client captured the document; {@link DocScanMode#MULTI_ANGLE} asks for an angled front photo. */
    public Builder documentScanMode(DocScanMode mode) {
      documentScanMode = ConfigRules.nonNull(mode, "documentScanMode");
      return this;
    }

    /** Sets whether the request carries a front photo taken with the flash, for the flash check. */
    public Builder documentFlashCheck(boolean documentFlashCheck) {
      this.documentFlashCheck = documentFlashCheck;
      return this;
    }

    public Builder liveness(Level level) {
      liveness = ConfigRules.nonNull(level, "liveness");
      return this;
    }

    public Builder antiInjection(Level level) {
      antiInjection = ConfigRules.nonNull(level, "antiInjection");
      return this;
    }

    public Builder faceMatch(Level level) {
      faceMatch = ConfigRules.nonNull(level, "faceMatch");
      return this;
    }

    public Builder risk(Level level) {
      risk = ConfigRules.nonNull(level, "risk");
      return this;
    }

    /** Sets the actions; none at all asks for passive liveness only. */
    public Builder actions(Action... actions) {
      return actions(List.of(ConfigRules.nonNull(actions, "actions")));
    }

    public Builder actions(List<Action> actions) {
      this.actions = ConfigRules.actions(actions);
      return this;
    }

    /**
     * Sets how many actions each challenge draws at random from the actions (0: ask them all); checked
     * against the actions in {@link #build()}.
     */
    public Builder randomActionCount(int randomActionCount) {
      this.randomActionCount = ConfigRules.randomActionCount(randomActionCount);
      return this;
    }

    public Builder actionRandom(boolean actionRandom) {
      this.actionRandom = actionRandom;
      return this;
    }

    public Builder closedEyeCapture(boolean closedEyeCapture) {
      this.closedEyeCapture = closedEyeCapture;
      return this;
    }

    /** Sets which kind of client captured the photos and frames. */
    public Builder captureChannel(CaptureChannel channel) {
      captureChannel = ConfigRules.nonNull(channel, "captureChannel");
      return this;
    }

    public Builder idnThreshold(int idnThreshold) {
      this.idnThreshold = ConfigRules.idnThreshold(idnThreshold);
      return this;
    }

    public Builder velocity(VelocityRule velocity) {
      this.velocity = ConfigRules.nonNull(velocity, "velocity");
      return this;
    }

    public Builder pages(Page... pages) {
      return pages(Set.of(ConfigRules.nonNull(pages, "pages")));
    }

    public Builder pages(Set<Page> pages) {
      this.pages = ConfigRules.pages(pages);
      return this;
    }

    public Builder operationMode(OperationMode operationMode) {
      this.operationMode = ConfigRules.nonNull(operationMode, "operationMode");
      return this;
    }

    /**
     * Returns the configuration built so far.
     *
     * @throws InvalidRequestException if {@code randomActionCount} exceeds the number of actions
     */
    public ProductConfig build() {
      return new ProductConfig(documentAntiSpoof, documentScanMode, documentFlashCheck, liveness, antiInjection,
          faceMatch, risk, actions, randomActionCount, actionRandom, closedEyeCapture, captureChannel, idnThreshold,
          velocity, pages, operationMode);
    }
  }
}
