package org.kyc4j.idn;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kyc4j.api.RiskHit;
import org.kyc4j.spi.IdentityNetwork;
import org.kyc4j.spi.IdentityRecord;

/** An identity network the detector knows only through the SPI interface; delegates every call. */
final class DelegatingNetwork implements IdentityNetwork {
  private final IdentityNetwork target;

  DelegatingNetwork(IdentityNetwork target) {
    this.target = target;
  }

  @Override
  public void add(IdentityRecord record) {
    target.add(record);
  }

  @Override
  public boolean deleteTransaction(String transactionId) {
    return target.deleteTransaction(transactionId);
  }

  @Override
  public int deleteUser(String userId) {
    return target.deleteUser(userId);
  }

  @Override
  public Optional<IdentityRecord> retrieve(String transactionId) {
    return target.retrieve(transactionId);
  }

  @Override
  public List<RiskHit> assess(IdentityRecord probe, Instant now, Duration window, int idnThreshold) {
    return target.assess(probe, now, window, idnThreshold);
  }

  @Override
  public int expireBefore(Instant cutoff) {
    return target.expireBefore(cutoff);
  }

  @Override
  public int size() {
    return target.size();
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    target.writeTo(out);
  }

  @Override
  public void readFrom(InputStream in) throws IOException {
    target.readFrom(in);
  }
}
