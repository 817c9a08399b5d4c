package org.kyc4j.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The per-request configuration of a product: a level per check, the liveness actions, the
 * identity network threshold, the velocity rule, the document pages and the operation mode.
 * Instances are immutable and thread-safe; {@link #parse(String)} reads the spec string that
 * {@link #toSpec()} writes, so {@code parse(c.toSpec()).equals(c)} holds for every config.
 *
 * @param documentAntiSpoof level of document anti-spoofing (material, recapture, tampering)
 * @param liveness level of face liveness (passive and active)
 * @param antiInjection level of the anti-injection check (replayed or synthetic frames); CLOSED by default
 * @param faceMatch level of the selfie-to-portrait face match
 * @param risk level of risk control (identity network and velocity)
 * @param actions the active liveness actions to check, distinct, in order; at least one
 * @param actionRandom whether the client asked the actions in random order
 * @param closedEyeCapture whether frames with closed eyes are returned as artefacts
 * @param idnThreshold distinct user ids per document (or documents per user) above which IDN intercepts, 1..1000
 * @param velocity the velocity rule for repeated attacks
 * @param pages the document pages the request must carry; always contains {@link Page#FRONT}
 * @param operationMode which risk controls run
 */
public record ProductConfig(
    Level documentAntiSpoof,
    Level liveness,
    Level antiInjection,
    Level faceMatch,
    Level risk,
    List<Action> actions,
    boolean actionRandom,
    boolean closedEyeCapture,
    int idnThreshold,
    VelocityRule velocity,
    Set<Page> pages,
    OperationMode operationMode) {

  /** The largest allowed {@link #idnThreshold()}. */
  public static final int MAX_IDN_THRESHOLD = 1000;

  /** The configuration every unset key defaults to. */
  public static final ProductConfig DEFAULT = new ProductConfig(Level.STANDARD, Level.STANDARD, Level.CLOSED,
      Level.STANDARD, Level.STANDARD, List.of(Action.FACEBLINK), false, false, 3, VelocityRule.DEFAULT,
      Set.of(Page.FRONT), OperationMode.STANDARD);

  /** Validates every component and copies the collections; see the component descriptions. */
  public ProductConfig {
    requireNonNull(documentAntiSpoof, "documentAntiSpoof");
    requireNonNull(liveness, "liveness");
    requireNonNull(antiInjection, "antiInjection");
    requireNonNull(faceMatch, "faceMatch");
    requireNonNull(risk, "risk");
    requireNonNull(actions, "actions");
    requireNonNull(velocity, "velocity");
    requireNonNull(pages, "pages");
    requireNonNull(operationMode, "operationMode");
    actions = copyActions(actions);
    pages = copyPages(pages);
    if (idnThreshold < 1 || idnThreshold > MAX_IDN_THRESHOLD) {
      throw new InvalidRequestException("config.idnThreshold",
          "value " + idnThreshold + " is out of range; allowed: 1.." + MAX_IDN_THRESHOLD);
    }
  }

  private static void requireNonNull(Object value, String field) {
    if (value == null) {
      throw new InvalidRequestException("config." + field, "must not be null");
    }
  }

  private static List<Action> copyActions(List<Action> actions) {
    if (actions.isEmpty()) {
      throw new InvalidRequestException("config.actions", "must name at least one action; allowed: "
          + List.of(Action.values()));
    }
    Set<Action> seen = new LinkedHashSet<>();
    for (Action action : actions) {
      requireNonNull(action, "actions[]");
      if (!seen.add(action)) {
        throw new InvalidRequestException("config.actions", "action " + action + " is listed twice");
      }
    }
    return List.copyOf(seen);
  }

  private static Set<Page> copyPages(Set<Page> pages) {
    for (Page page : pages) {
      requireNonNull(page, "pages[]");
    }
    if (!pages.contains(Page.FRONT)) {
      throw new InvalidRequestException("config.pages", "value " + pages + " lacks the front page; allowed: 1 or 1+2");
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(pages));
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

  /** Returns the level that governs the given check. */
  public Level level(Check check) {
    Objects.requireNonNull(check, "check");
    return switch (check) {
      case DOCUMENT_ANTI_SPOOF -> documentAntiSpoof;
      case LIVENESS -> liveness;
      case ANTI_INJECTION -> antiInjection;
      case FACE_MATCH -> faceMatch;
      case RISK -> risk;
      case ALWAYS -> Level.STANDARD;
    };
  }

  /** The checks whose level a configuration sets. */
  public enum Check {
    DOCUMENT_ANTI_SPOOF,
    LIVENESS,
    ANTI_INJECTION,
    FACE_MATCH,
    RISK,
    /** Checks without a level of their own (decoding, quality, MRZ): they always run at STANDARD. */
    ALWAYS
  }

  /**
   * A mutable builder of {@link ProductConfig}; each setter rejects a bad value at once, naming the
   * field and the value. Not thread-safe.
   */
  public static final class Builder {
    private Level documentAntiSpoof;
    private Level liveness;
    private Level antiInjection;
    private Level faceMatch;
    private Level risk;
    private List<Action> actions;
    private boolean actionRandom;
    private boolean closedEyeCapture;
    private int idnThreshold;
    private VelocityRule velocity;
    private Set<Page> pages;
    private OperationMode operationMode;

    Builder(ProductConfig from) {
      documentAntiSpoof = from.documentAntiSpoof;
      liveness = from.liveness;
      antiInjection = from.antiInjection;
      faceMatch = from.faceMatch;
      risk = from.risk;
      actions = from.actions;
      actionRandom = from.actionRandom;
      closedEyeCapture = from.closedEyeCapture;
      idnThreshold = from.idnThreshold;
      velocity = from.velocity;
      pages = from.pages;
      operationMode = from.operationMode;
    }

    public Builder documentAntiSpoof(Level level) {
      documentAntiSpoof = nonNull(level, "documentAntiSpoof");
      return this;
    }

    public Builder liveness(Level level) {
      liveness = nonNull(level, "liveness");
      return this;
    }

    public Builder antiInjection(Level level) {
      antiInjection = nonNull(level, "antiInjection");
      return this;
    }

    public Builder faceMatch(Level level) {
      faceMatch = nonNull(level, "faceMatch");
      return this;
    }

    public Builder risk(Level level) {
      risk = nonNull(level, "risk");
      return this;
    }

    public Builder actions(Action... actions) {
      return actions(List.of(nonNull(actions, "actions")));
    }

    public Builder actions(List<Action> actions) {
      this.actions = copyActions(nonNull(actions, "actions"));
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

    public Builder idnThreshold(int idnThreshold) {
      if (idnThreshold < 1 || idnThreshold > MAX_IDN_THRESHOLD) {
        throw new InvalidRequestException("config.idnThreshold",
            "value " + idnThreshold + " is out of range; allowed: 1.." + MAX_IDN_THRESHOLD);
      }
      this.idnThreshold = idnThreshold;
      return this;
    }

    public Builder velocity(VelocityRule velocity) {
      this.velocity = nonNull(velocity, "velocity");
      return this;
    }

    public Builder pages(Page... pages) {
      return pages(Set.of(nonNull(pages, "pages")));
    }

    public Builder pages(Set<Page> pages) {
      this.pages = copyPages(nonNull(pages, "pages"));
      return this;
    }

    public Builder operationMode(OperationMode operationMode) {
      this.operationMode = nonNull(operationMode, "operationMode");
      return this;
    }

    /** Returns the configuration built so far. */
    public ProductConfig build() {
      return new ProductConfig(documentAntiSpoof, liveness, antiInjection, faceMatch, risk, actions,
          actionRandom, closedEyeCapture, idnThreshold, velocity, pages, operationMode);
    }

    private static <T> T nonNull(T value, String field) {
      requireNonNull(value, field);
      return value;
    }
  }
}
