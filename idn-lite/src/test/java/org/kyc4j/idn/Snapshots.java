package org.kyc4j.idn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Snapshot bytes of a network, for tests. */
final class Snapshots {
  private Snapshots() {}

  static byte[] of(LiteIdentityNetwork network) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      network.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
