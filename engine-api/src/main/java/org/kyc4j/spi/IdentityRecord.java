package org.kyc4j.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.kyc4j.api.Redacted;

/**
 * One earlier applicant as the identity network stores it. Optional components are null when
 * unknown. Vectors are copied in and out.
 *
 * @param transactionId the transaction that produced it
 * @param userId the caller's user id, or null
 * @param documentTypeCode the document type's code, or null
 * @param idNumber the document number, or null
 * @param name the holder's name, or null
 * @param dateOfBirth the holder's date of birth, or null
 * @param faceEmbedding the selfie face descriptor, or null
 * @param backgroundSignature a compact descriptor of the selfie background with the face masked out, or null
 * @param deviceId the capturing device, or null
 * @param time when the transaction was decided
 */
public record IdentityRecord(String transactionId, String userId, String documentTypeCode, String idNumber,
    String name, LocalDate dateOfBirth, float[] faceEmbedding, float[] backgroundSignature, String deviceId,
    Instant time) {
  /** Validates and copies the vectors. */
  public IdentityRecord {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(time, "time");
    faceEmbedding = faceEmbedding == null ? null : faceEmbedding.clone();
    backgroundSignature = backgroundSignature == null ? null : backgroundSignature.clone();
  }

  @Override
  public float[] faceEmbedding() {
    return faceEmbedding == null ? null : faceEmbedding.clone();
  }

  @Override
  public float[] backgroundSignature() {
    return backgroundSignature == null ? null : backgroundSignature.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdentityRecord r && transactionId.equals(r.transactionId)
        && Objects.equals(userId, r.userId) && Objects.equals(documentTypeCode, r.documentTypeCode)
        && Objects.equals(idNumber, r.idNumber) && Objects.equals(name, r.name)
        && Objects.equals(dateOfBirth, r.dateOfBirth) && java.util.Arrays.equals(faceEmbedding, r.faceEmbedding)
        && java.util.Arrays.equals(backgroundSignature, r.backgroundSignature)
        && Objects.equals(deviceId, r.deviceId) && time.equals(r.time);
  }

  @Override
  public int hashCode() {
    return Objects.hash(transactionId, userId, idNumber, time);
  }

  @Override
  public String toString() {
    return "IdentityRecord[" + transactionId + ", user=" + Redacted.of(userId) + ", doc=" + documentTypeCode + ":"
        + Redacted.of(idNumber) + ", at " + time + "]";
  }
}
