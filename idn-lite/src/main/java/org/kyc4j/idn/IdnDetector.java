package org.kyc4j.idn;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.OperationMode;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.IdentityNetwork;
import org.kyc4j.spi.IdentityRecord;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.RiskHits;
import org.kyc4j.spi.ThresholdTable;

/**
 * The identity network detector (see {@link IdnDetectorProvider}): assesses the applicant against
 * the network and records the transaction after a SUCCESS or PENDING decision. Stateless apart
 * from the shared, thread-safe network; thread-safe.
 */
final class IdnDetector implements Detector {
  static final String ID = "idn.identity-network";
  /** The risks this detector found; the engine copies them into the decision's risk section. */
  static final Key<RiskHits> RISK_HITS = Key.of("idn.riskHits", RiskHits.class);
  /** The probe this detector assessed, recorded by {@link #afterDecision}. */
  static final Key<IdentityRecord> PROBE = Key.of("idn.probe", IdentityRecord.class);

  private final IdentityNetwork network;
  private final Duration window;

  /** @param network the network, or null when the engine has none */
  IdnDetector(IdentityNetwork network, Duration window) {
    this.network = network;
    this.window = Objects.requireNonNull(window, "window");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Stage stage() {
    return Stage.RISK;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.REQUEST);
  }

  @Override
  public Set<Key<?>> uses() {
    return Set.of(Keys.SELFIE_EMBEDDING, Keys.DOCUMENT_FIELDS, Keys.SELFIE_FACE, Keys.IMAGES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(RISK_HITS, PROBE);
  }

  @Override
  public ProductConfig.Check check() {
    return ProductConfig.Check.RISK;
  }

  @Override
  public ThresholdTable thresholds() {
    return network == null ? ThresholdTable.NONE : network.faceMatchThresholds();
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.REAL_ID);
  }

  @Override
  public boolean runsIn(OperationMode mode) {
    return mode.idnEnabled();
  }

  @Override
  public Finding detect(DetectionContext context) {
    Objects.requireNonNull(context, "context");
    if (network == null) {
      return Finding.notSupported(ID, Stage.RISK, "no identity network is configured: build the engine with "
          + "Kyc4j.Builder.identityNetwork(...) to check fake, duplicated and batch-registered identities");
    }
    ProbeFacts facts = ProbeFacts.of(context, network.faceDimension(), network.backgroundDimension());
    Level level = context.level();
    int idnThreshold = context.config().idnThreshold();
    List<RiskHit> hits = network.assess(facts.record(), context.now(), window, idnThreshold, level);
    context.put(RISK_HITS, new RiskHits(hits));
    context.put(PROBE, facts.record());
    Map<String, String> evidence = new LinkedHashMap<>();
    ThresholdTable faces = network.faceMatchThresholds();
    boolean levelled = faces.byLevel().containsKey(level);
    evidence.put("level", levelled ? level.name() : level.name() + " (the network applies its own thresholds)");
    evidence.put("window", window.toString());
    evidence.put("idnThreshold", Integer.toString(idnThreshold));
    evidence.putAll(facts.evidence());
    double threshold = levelled && facts.faceChecked() ? faces.at(level) : Double.NaN;
    return IdnVerdict.finding(hits, evidence, threshold);
  }

  /** Records the assessed probe, timed at the decision, unless the decision is a FAILURE. */
  @Override
  public void afterDecision(DetectionContext context, Decision decision) {
    if (network == null || decision.status() == Decision.Status.FAILURE) {
      return;
    }
    context.find(PROBE).ifPresent(p -> network.add(new IdentityRecord(p.transactionId(), p.userId(),
        p.documentTypeCode(), p.idNumber(), p.name(), p.dateOfBirth(), p.faceEmbedding(), p.backgroundSignature(),
        p.deviceId(), decision.decidedAt())));
  }

  @Override
  public String toString() {
    return "IdnDetector[" + ID + ", " + (network == null ? "no network" : network) + "]";
  }
}
