package org.kyc4j.liveness.action;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kyc4j.api.Action;
import org.kyc4j.api.Challenge;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.api.ImageArtefact;
import org.kyc4j.spi.ImageArtefactList;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.SelfieFaces;
import org.kyc4j.spi.ThresholdTable;

/**
 * The active liveness detector: checks that the asked actions (the challenge's when the request named
 * one, else the config's, in order) happen in that order over the timestamped selfie frames, and that
 * the face does not jump between consecutive frames nor change person. Fails with ACTION_FAILED naming the action that
 * was missing or out of order, and with FRAMES_INCONSISTENT on a jump or when the described frames'
 * descriptors disagree ({@link DescriptorAgreement}); the per-level limits are
 * {@link ActionLimits}, named in every finding's evidence under {@code limits}. Stateless and thread-safe.
 */
final class ActionDetector implements Detector {
  /** The detector's id. */
  static final String ID = "liveness.actions";
  private static final ThresholdTable THRESHOLDS = ThresholdTable.of(
      "share of the asked actions seen in the asked order (each action's limits per level: evidence 'limits')",
      ThresholdTable.PassWhen.AT_LEAST, 1, 1, 1);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Stage stage() {
    return Stage.LIVENESS;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.SELFIE_FACES, Keys.REQUEST, Keys.IMAGES);
  }

  @Override
  public Set<Key<?>> uses() {
    return Set.of(Keys.CHALLENGE);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.CLOSED_EYE_FRAMES);
  }

  @Override
  public ProductConfig.Check check() {
    return ProductConfig.Check.LIVENESS;
  }

  @Override
  public ThresholdTable thresholds() {
    return THRESHOLDS;
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.REAL_ID, Product.FACE_CAPTURE);
  }

  @Override
  public Finding detect(DetectionContext context) {
    Objects.requireNonNull(context, "context");
    VerificationRequest request = context.get(Keys.REQUEST);
    ActionTrack track = track(request, context.get(Keys.SELFIE_FACES));
    ActionLimits limits = ActionLimits.at(context.level());
    Optional<Challenge> challenge = context.find(Keys.CHALLENGE);
    List<Action> asked = challenge.map(Challenge::actions).orElse(request.config().actions());
    Map<String, String> evidence = evidence(context, track, limits, challenge, asked);
    if (request.config().closedEyeCapture()) {
      putClosedEyes(context, track, limits, evidence);
    }
    Optional<String> jump = BoxContinuity.firstJump(track, limits)
        .or(() -> DescriptorAgreement.firstDisagreement(context.get(Keys.SELFIE_FACES), context.level()));
    if (jump.isPresent()) {
      return Finding.of(ID, Stage.LIVENESS, Outcome.FAIL, ReasonCode.FRAMES_INCONSISTENT, jump.get(), Double.NaN,
          Double.NaN, evidence);
    }
    if (asked.isEmpty()) {
      evidence.put("actions", "none asked (actions=NONE): passive liveness is judged by another detector");
      return Finding.pass(ID, Stage.LIVENESS, Double.NaN, Double.NaN, evidence);
    }
    if (track.size() == 1) {
      return failure("a single frame cannot show an action: " + names(asked) + " asked, each needs a rest,"
          + " an action and a return frame", 0, asked, evidence);
    }
    ActionSequence.Result result = ActionSequence.judge(asked, track, limits);
    for (Action action : asked) {
      ActionSearch.Seen seen = result.seen().get(action);
      evidence.put("action." + action, seen == null ? "not seen" : "frames: " + seen.describe());
    }
    if (result.failure().isPresent()) {
      return failure(result.failure().get(), result.seen().size(), asked, evidence);
    }
    return Finding.pass(ID, Stage.LIVENESS, 1, THRESHOLDS.at(context.level()), evidence);
  }

  @Override
  public String toString() {
    return "ActionDetector[" + ID + "]";
  }

  /** Builds the track from the request's capture times and the faces read on each frame. */
  static ActionTrack track(VerificationRequest request, SelfieFaces faces) {
    if (faces.frames().size() != request.frames().size()) {
      throw new IllegalStateException(faces.frames().size() + " face readings for " + request.frames().size() + " frames");
    }
    List<ActionTrack.Frame> frames = new ArrayList<>();
    for (int i = 0; i < request.frames().size(); i++) {
      FrameFaces read = faces.frames().get(i);
      boolean single = read.verdict() == FaceVerdict.ONE;
      frames.add(new ActionTrack.Frame(request.frames().get(i).capturedAt().toEpochMilli(),
          single ? read.subject().orElseThrow() : null, single ? read.geometry().orElse(null) : null));
    }
    return new ActionTrack(frames);
  }

  private static Map<String, String> evidence(DetectionContext context, ActionTrack track, ActionLimits limits,
      Optional<Challenge> challenge, List<Action> asked) {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("level", context.level().name());
    evidence.put("limits", limits.describe());
    evidence.put("frames", Integer.toString(track.size()));
    evidence.put("usableFrames", Long.toString(track.usable()));
    String agreement = DescriptorAgreement.describe(context.get(Keys.SELFIE_FACES));
    if (!agreement.isEmpty()) {
      evidence.put("descriptorAgreement", agreement + " (at least "
          + DescriptorAgreement.THRESHOLDS.at(context.level()) + ")");
    }
    evidence.put("asked", challenge.map(c -> "challenge " + c.id()).orElse("config"));
    evidence.put("actions", asked.isEmpty() ? "NONE" : names(asked));
    if (track.usable() > 0) {
      evidence.put("baselines", String.format(Locale.ROOT, "eye aspect %.3f, yaw %.1f, pitch %.1f",
          track.openEyeBaseline(), track.yawBaseline(), track.pitchBaseline()));
    }
    return evidence;
  }

  private static void putClosedEyes(DetectionContext context, ActionTrack track, ActionLimits limits,
      Map<String, String> evidence) {
    List<Integer> closed = ClosedEyeFrames.indexes(track, limits);
    DecodedImages images = context.get(Keys.IMAGES);
    List<ImageArtefact> jpegs = closed.stream().map(i -> ClosedEyeFrames.jpeg(images.frames().get(i))).toList();
    context.put(Keys.CLOSED_EYE_FRAMES, new ImageArtefactList(jpegs));
    evidence.put("closedEyeFrames", closed.isEmpty() ? "none"
        : closed.stream().map(String::valueOf).collect(Collectors.joining(", ")));
  }

  private static Finding failure(String message, int seen, List<Action> asked, Map<String, String> evidence) {
    return Finding.of(ID, Stage.LIVENESS, Outcome.FAIL, ReasonCode.ACTION_FAILED, message,
        seen / (double) asked.size(), 1, evidence);
  }

  private static String names(List<Action> actions) {
    return actions.stream().map(Action::name).collect(Collectors.joining("+"));
  }
}
