package org.kyc4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 10: a refusal printed in a log shows the refused key masked. */
class VelocityRefusalTest {
  @Test
  void printsTheRefusedValueMasked() {
    VelocityRefusal refusal = new VelocityRefusal("deviceId", "DEVQQQ987654", Instant.EPOCH, 3);
    assertThat(refusal.toString()).doesNotContain("DEVQQQ987654").contains("deviceId=DE***54", "3 attempts");
    assertThat(refusal.keyValue()).isEqualTo("DEVQQQ987654");
  }
}
