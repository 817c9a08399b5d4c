package org.kyc4j.idn;

import java.time.Instant;
import java.time.LocalDate;
import org.kyc4j.spi.IdentityRecord;

/** A test builder of {@link IdentityRecord}s; every field but the transaction id and time starts missing. */
final class Rec {
  static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private final String transactionId;
  private String userId;
  private String documentType;
  private String idNumber;
  private String name;
  private LocalDate dateOfBirth;
  private float[] face;
  private float[] background;
  private String deviceId;
  private Instant time = T0;

  private Rec(String transactionId) {
    this.transactionId = transactionId;
  }

  static Rec of(String transactionId) {
    return new Rec(transactionId);
  }

  Rec user(String value) {
    userId = value;
    return this;
  }

  Rec id(String type, String number) {
    documentType = type;
    idNumber = number;
    return this;
  }

  Rec person(String personName, LocalDate dob) {
    name = personName;
    dateOfBirth = dob;
    return this;
  }

  Rec face(float[] value) {
    face = value;
    return this;
  }

  Rec background(float[] value) {
    background = value;
    return this;
  }

  Rec device(String value) {
    deviceId = value;
    return this;
  }

  Rec at(Instant value) {
    time = value;
    return this;
  }

  /** Sets the time to {@link #T0} plus {@code hours}. */
  Rec hours(long hours) {
    time = T0.plusSeconds(hours * 3600);
    return this;
  }

  IdentityRecord build() {
    return new IdentityRecord(transactionId, userId, documentType, idNumber, name, dateOfBirth, face, background,
        deviceId, time);
  }
}
