package org.kyc4j.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.kyc4j.api.Artefacts;
import org.kyc4j.api.Challenge;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.ImageArtefact;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Redacted;
import org.kyc4j.api.Report;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.RiskSection;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Timings;
import org.kyc4j.api.VelocityRule;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.internal.VelocityRefusal;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.ImageArtefactList;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.RiskHits;

/**
 * One verification of one request: velocity, the named challenge, decoding, the detector graph, the
 * decision, the records.
 */
final class Verification {
  /** The detector id of the engine's velocity findings. */
  static final String VELOCITY_ID = "engine.velocity";
  /** The detector id of the engine's finding on a challenge it does not accept. */
  static final String CHALLENGE_ID = "engine.challenge";

  private final EngineState engine;
  private final VerificationRequest request;
  private final VelocityRule rule;
  private final boolean velocityOn;
  private final Board board = new Board();
  private final Scheduler scheduler;
  private Challenge challenge;

  Verification(EngineState engine, VerificationRequest request) {
    this.engine = engine;
    this.request = request;
    this.rule = request.config().velocity();
    this.velocityOn = request.config().risk().runs() && request.config().operationMode().velocityEnabled();
    this.scheduler = new Scheduler(engine, request, board);
  }

  Decision run() {
    Instant start = engine.clock().instant();
    Decision refused = refusedBeforeDetectors(start);
    if (refused != null) {
      return refused;
    }
    Instant decodingStart = engine.clock().instant();
    ImageDecoding.Result decoded = ImageDecoding.decode(request, engine.decoder(), engine.limits());
    Duration decoding = Duration.between(decodingStart, engine.clock().instant());
    if (decoded.rejection() != null) {
      Instant now = engine.clock().instant();
      return DecisionPolicy.decide(request, List.of(decoded.rejection()),
          new Timings(Duration.between(start, now), decoding, Map.of()), RiskSection.EMPTY, Artefacts.NONE, now);
    }
    board.putOnce(Keys.REQUEST, request);
    board.putOnce(Keys.CONFIG, request.config());
    board.putOnce(Keys.IMAGES, decoded.images());
    if (challenge != null) {
      board.putOnce(Keys.CHALLENGE, challenge);
    }
    List<NodeResult> results = scheduler.runAll();
    Decision decision = decide(results, start, decoding);
    if (velocityOn && DecisionPolicy.isAttack(decision)) {
      engine.velocity().recordAttack(request.subject(), rule);
    }
    scheduler.afterDecision(results, decision);
    return decision;
  }

  /**
   * Returns the FAILURE of a subject in velocity cooldown, else consumes the challenge the request names
   * and returns the FAILURE of one that is unknown, expired or used; else null.
   */
  private Decision refusedBeforeDetectors(Instant start) {
    if (velocityOn) {
      Optional<VelocityRefusal> refusal = engine.velocity().refusal(request.subject(), rule);
      if (refusal.isPresent()) {
        return refused(refusal.get(), start);
      }
    }
    if (request.challengeId() != null) {
      challenge = engine.challenges().consume(request.challengeId()).orElse(null);
      if (challenge == null) {
        return challengeRefused(start);
      }
    }
    return null;
  }

  private Decision challengeRefused(Instant start) {
    Finding finding = Finding.of(CHALLENGE_ID, Stage.LIVENESS, Outcome.FAIL, ReasonCode.CHALLENGE_INVALID,
        "liveness challenge '" + request.challengeId() + "' is unknown to this engine, expired or already used",
        Double.NaN, Double.NaN, Map.of("challengeId", request.challengeId()));
    Instant now = engine.clock().instant();
    return DecisionPolicy.decide(request, List.of(finding), new Timings(Duration.between(start, now), Duration.ZERO,
        Map.of()), RiskSection.EMPTY, Artefacts.NONE, now);
  }

  private Decision decide(List<NodeResult> results, Instant start, Duration decoding) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Duration> times = new LinkedHashMap<>();
    boolean riskRan = velocityOn;
    ClaimedValues claimed = ClaimedValues.of(request.subject());
    for (NodeResult result : results) {
      findings.add(claimed.mask(result.finding()));
      if (result.time() != null) {
        times.put(result.finding().detectorId(), result.time());
        riskRan |= result.finding().stage() == Stage.RISK;
      }
    }
    findings.addAll(DecisionPolicy.coverage(request, engine.implemented().get(request.product())));
    RiskSection risk = riskRan ? RiskSection.evaluated(riskHits()) : RiskSection.EMPTY;
    Instant now = engine.clock().instant();
    return DecisionPolicy.decide(request, findings, new Timings(Duration.between(start, now), decoding, times), risk,
        artefacts(), now);
  }

  /** Returns the hits of every board value of type {@link RiskHits}, in plan order. */
  private List<RiskHit> riskHits() {
    List<RiskHit> hits = new ArrayList<>();
    for (PlanNode node : engine.nodes()) {
      for (Key<?> key : node.installed().provides()) {
        if (key.type() == RiskHits.class) {
          board.find(key).map(RiskHits.class::cast).ifPresent(found -> hits.addAll(found.hits()));
        }
      }
    }
    return hits;
  }

  private Artefacts artefacts() {
    ImageArtefact face = board.find(Keys.CROPPED_FACE).orElse(null);
    List<ImageArtefact> closedEyes = board.find(Keys.CLOSED_EYE_FRAMES).map(ImageArtefactList::images)
        .orElse(List.of());
    Map<String, String> fields = board.find(Keys.DOCUMENT_FIELDS).map(DocumentFields::fields).orElse(Map.of());
    ImageArtefact document = board.find(Keys.CROPPED_DOCUMENT).orElse(null);
    return face == null && closedEyes.isEmpty() && fields.isEmpty() && document == null ? Artefacts.NONE
        : new Artefacts(face, closedEyes, fields, document);
  }

  private Decision refused(VelocityRefusal refusal, Instant start) {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("keyKind", refusal.keyKind());
    evidence.put("until", refusal.until().toString());
    evidence.put("attempts", Integer.toString(refusal.attempts()));
    Finding finding = Finding.of(VELOCITY_ID, Stage.RISK, Outcome.FAIL, ReasonCode.VELOCITY_LIMITED,
        refusal.keyKind() + " '" + Redacted.of(refusal.keyValue()) + "' is refused until " + refusal.until() + " after "
            + refusal.attempts() + " failed attack attempts", Double.NaN, Double.NaN, evidence);
    Instant now = engine.clock().instant();
    Timings timings = new Timings(Duration.between(start, now), Duration.ZERO, Map.of());
    return new Decision.Failure(new Report(request.transactionId(), List.of(finding.reason()),
        List.of(finding), timings, RiskSection.EMPTY, Artefacts.NONE, now));
  }

  /** Starts every detector once the detectors it waits for are done. */
  static final class Scheduler {
    private final EngineState engine;
    private final VerificationRequest request;
    private final Board board;

    Scheduler(EngineState engine, VerificationRequest request, Board board) {
      this.engine = engine;
      this.request = request;
      this.board = board;
    }

    List<NodeResult> runAll() {
      List<CompletableFuture<NodeResult>> futures = new ArrayList<>();
      for (PlanNode node : engine.nodes()) {
        CompletableFuture<?>[] waitFor = node.waitFor().stream().map(futures::get).toArray(CompletableFuture[]::new);
        List<CompletableFuture<NodeResult>> gates = node.gates().stream().map(futures::get).toList();
        futures.add(CompletableFuture.allOf(waitFor).thenCompose(done -> launch(node, gates)));
      }
      List<NodeResult> results = new ArrayList<>();
      futures.forEach(future -> results.add(future.join()));
      return results;
    }

    private CompletableFuture<NodeResult> launch(PlanNode node, List<CompletableFuture<NodeResult>> gates) {
      InstalledDetector detector = node.installed();
      Finding notRun;
      try {
        notRun = SkipRule.check(detector, request, board, gates);
      } catch (RuntimeException | LinkageError e) {
        notRun = Findings.error(detector, "deciding whether to run", e);
      }
      if (notRun != null) {
        return CompletableFuture.completedFuture(NodeResult.notRun(notRun));
      }
      BoardContext context = new BoardContext(board, detector, request, engine.clock(), true);
      return new DetectorRun(detector, context, engine.clock(), engine.limits().detectorTimeout())
          .start(engine.executor());
    }

    /**
     * Calls afterDecision on every detector whose detect finished. What one throws does not change the
     * decision nor stop the others; it is reported to the engine log.
     */
    void afterDecision(List<NodeResult> results, Decision decision) {
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i).hooked()) {
          InstalledDetector detector = engine.nodes().get(i).installed();
          try {
            detector.detector().afterDecision(new BoardContext(board, detector, request, engine.clock(), false),
                decision);
          } catch (RuntimeException | LinkageError e) {
            engine.log().afterDecisionFailed(detector.id(), request.transactionId(), decision.status(), e);
          }
        }
      }
    }
  }
}
