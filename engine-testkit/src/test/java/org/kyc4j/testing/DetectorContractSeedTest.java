package org.kyc4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;

/** The contract's random choices follow its seed, which the system property replays. */
class DetectorContractSeedTest {
  /** A contract over the sample detectors with eight requests; not run by JUnit itself. */
  private static final class Sample extends DetectorContract {
    @Override
    protected DetectorProvider provider() {
      return new SampleDetectors.BrightnessProvider();
    }

    @Override
    protected List<VerificationRequest> requests() {
      return IntStream.range(0, 8).mapToObj(i -> SampleDetectors.faceCapture("r" + i, TestImages.noise(8, 8, i)))
          .toList();
    }

    /** Returns the transaction ids in the order the engine verified them. */
    List<String> order() {
      runsWithoutError();
      return observations().stream().map(o -> o.request().transactionId()).toList();
    }
  }

  private static List<String> orderWithSeed(String seed) {
    String before = System.setProperty(DetectorContract.SEED_PROPERTY, seed);
    Sample contract;
    try {
      contract = new Sample();
    } finally {
      if (before == null) {
        System.clearProperty(DetectorContract.SEED_PROPERTY);
      } else {
        System.setProperty(DetectorContract.SEED_PROPERTY, before);
      }
    }
    try {
      assertThat(contract.seed()).isEqualTo(Long.parseLong(seed));
      return contract.order();
    } finally {
      contract.closeEngine();
    }
  }

  @Test
  void theSameSeedVerifiesTheRequestsInTheSameOrder() {
    List<String> first = orderWithSeed("42");
    assertThat(first).containsExactlyInAnyOrder("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7");
    assertThat(orderWithSeed("42")).isEqualTo(first);
    assertThat(orderWithSeed("43")).isNotEqualTo(first);
  }

  @Test
  void aSeedThatIsNotALongIsRejected() {
    assertThat(DetectorContract.parseSeed(" -7 ")).isEqualTo(-7);
    assertThatThrownBy(() -> DetectorContract.parseSeed("seven")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kyc4j.contract.seed is 'seven'; allowed: a long integer");
  }
}
