package org.kyc4j.idn;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.FaceEmbedding;
import org.kyc4j.spi.FaceRegion;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.RiskHits;

/**
 * Test detectors for engine-level IDN tests: {@link #provider()} puts each transaction's face
 * embedding, face region and document fields (looked up by transaction id) on the board, as a face
 * model and a document reader would; {@link #lateFailure()} fails (FACE stage, so a FAILURE) the
 * transactions whose id starts with {@code fail-}, ordered after the IDN detector. Thread-safe.
 */
final class Applicants {
  /** What the stand-in models "see" in one transaction; null parts are not put on the board. */
  record Seen(float[] face, FaceRegion region, Map<String, String> fields) {}

  private final Map<String, Seen> seen = new ConcurrentHashMap<>();

  void see(String transactionId, Seen what) {
    seen.put(transactionId, what);
  }

  DetectorProvider provider() {
    return provider("test.applicant", new Detector() {
      @Override
      public String id() {
        return "test.applicant";
      }

      @Override
      public Stage stage() {
        return Stage.FACE;
      }

      @Override
      public Set<Key<?>> requires() {
        return Set.of(Keys.REQUEST);
      }

      @Override
      public Set<Key<?>> provides() {
        return Set.of(Keys.SELFIE_EMBEDDING, Keys.SELFIE_FACE, Keys.DOCUMENT_FIELDS);
      }

      @Override
      public Finding detect(DetectionContext context) {
        Seen what = seen.get(context.request().transactionId());
        if (what != null && what.face() != null) {
          context.put(Keys.SELFIE_EMBEDDING, new FaceEmbedding("test-model", what.face()));
        }
        if (what != null && what.region() != null) {
          context.put(Keys.SELFIE_FACE, what.region());
        }
        if (what != null && what.fields() != null) {
          context.put(Keys.DOCUMENT_FIELDS, new DocumentFields(what.fields()));
        }
        return Finding.pass(id(), stage());
      }
    });
  }

  static DetectorProvider lateFailure() {
    return provider("test.late-failure", new Detector() {
      @Override
      public String id() {
        return "test.late-failure";
      }

      @Override
      public Stage stage() {
        return Stage.FACE;
      }

      @Override
      public Set<Key<?>> requires() {
        return Set.of();
      }

      @Override
      public Set<Key<?>> uses() {
        return Set.of(Key.of("idn.riskHits", RiskHits.class));
      }

      @Override
      public Set<Key<?>> provides() {
        return Set.of();
      }

      @Override
      public Finding detect(DetectionContext context) {
        return context.request().transactionId().startsWith("fail-")
            ? Finding.of(id(), stage(), Outcome.FAIL, ReasonCode.NO_FACE, "stand-in failure", Double.NaN, Double.NaN,
                Map.of())
            : Finding.pass(id(), stage());
      }
    });
  }

  private static DetectorProvider provider(String id, Detector detector) {
    return new DetectorProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Detector create(EngineSettings settings) {
        return detector;
      }
    };
  }
}
