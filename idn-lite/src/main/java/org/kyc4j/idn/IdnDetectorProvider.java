package org.kyc4j.idn;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.IdentityNetwork;

/**
 * Provides the identity network detector {@code idn.identity-network}: stage RISK, check RISK,
 * product REAL_ID only (Face Capture carries no document, so most risks cannot be judged and the
 * product has no risk section), skipped in operation modes that close IDN. It requires the request
 * and uses, when present, the selfie embedding, the document fields, the selfie face region and the
 * decoded images; it provides {@code idn.riskHits} (copied into the decision's risk section) and
 * {@code idn.probe}. Fields read from the document win over claimed ones. Without a selfie embedding
 * it still checks the ID number, person and user risks and says so in its evidence. It gives REVIEW
 * (so PENDING) with IDN_FAKE_ID, else IDN_DUPLICATED_ID, else IDN_BATCH_REGISTRATION, else
 * IDN_THRESHOLD_EXCEEDED, else PASS; the network applies the face thresholds of the RISK level
 * ({@link LiteIdentityNetwork} does). After a SUCCESS or PENDING decision it records the
 * transaction in the network (never after a FAILURE). When the engine has no identity network its
 * finding is NOT_SUPPORTED, never a silent pass. The query window is the property {@code idn.window}
 * (an ISO-8601 duration such as {@code P30D}), else the network's default window, else 30 days.
 * Discovered through {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class IdnDetectorProvider implements DetectorProvider {
  /** The engine property that sets the query window. */
  public static final String WINDOW_PROPERTY = "idn.window";

  /** Creates the provider; it holds no state. */
  public IdnDetectorProvider() {}

  @Override
  public String id() {
    return IdnDetector.ID;
  }

  /**
   * Returns the detector over the engine's identity network, if any.
   *
   * @throws IllegalArgumentException if {@value #WINDOW_PROPERTY} is not a positive ISO-8601 duration
   */
  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    IdentityNetwork network = settings.findIdentityNetwork().orElse(null);
    Duration fallback = network != null ? network.defaultWindow() : LiteIdentityNetworkBuilder.DEFAULT_WINDOW;
    String text = settings.property(WINDOW_PROPERTY, fallback.toString());
    Duration window;
    try {
      window = Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("property " + WINDOW_PROPERTY + " is '" + text
          + "'; allowed: a positive ISO-8601 duration such as P30D", e);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("property " + WINDOW_PROPERTY + " is " + text + "; allowed: a positive duration");
    }
    return new IdnDetector(network, window);
  }
}
