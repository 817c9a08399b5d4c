package org.kyc4j.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who the applicant claims to be. Every component is optional: {@code null} means "not claimed";
 * a blank string is rejected. Risk control keys on {@code userId}, {@code deviceId} and {@code idNumber}.
 *
 * @param userId the caller's id for the applicant, at most 128 characters
 * @param deviceId the id of the capturing device, at most 128 characters
 * @param documentType the claimed document type
 * @param idNumber the claimed document or ID number, at most 64 characters
 * @param name the claimed full name, at most 256 characters
 * @param dateOfBirth the claimed date of birth
 * @param expiry the claimed expiry date of the document
 * @param mrzLines the claimed MRZ lines (2 or 3, each at most 44 characters); empty when not claimed
 */
public record Subject(String userId, String deviceId, DocumentType documentType, String idNumber, String name,
    LocalDate dateOfBirth, LocalDate expiry, List<String> mrzLines) {
  /** A subject that claims nothing. */
  public static final Subject ANONYMOUS = new Subject(null, null, null, null, null, null, null, List.of());

  /** Validates; throws {@link InvalidRequestException} naming the bad field. */
  public Subject {
    Checks.optionalText(userId, "subject.userId", 128);
    Checks.optionalText(deviceId, "subject.deviceId", 128);
    Checks.optionalText(idNumber, "subject.idNumber", 64);
    Checks.optionalText(name, "subject.name", 256);
    mrzLines = mrzLines == null ? List.of() : List.copyOf(mrzLines);
    if (!mrzLines.isEmpty() && (mrzLines.size() < 2 || mrzLines.size() > 3)) {
      throw new InvalidRequestException("subject.mrzLines", "has " + mrzLines.size() + " lines; allowed: 2 or 3");
    }
    for (String line : mrzLines) {
      Checks.requiredText(line, "subject.mrzLines[]", 44);
    }
  }

  /** Returns a builder of a subject that claims nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  public Optional<String> findUserId() {
    return Optional.ofNullable(userId);
  }

  public Optional<String> findDeviceId() {
    return Optional.ofNullable(deviceId);
  }

  public Optional<String> findIdNumber() {
    return Optional.ofNullable(idNumber);
  }

  /** A mutable builder of {@link Subject}; validation happens in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private String userId;
    private String deviceId;
    private DocumentType documentType;
    private String idNumber;
    private String name;
    private LocalDate dateOfBirth;
    private LocalDate expiry;
    private List<String> mrzLines = List.of();

    Builder() {}

    public Builder userId(String userId) {
      this.userId = userId;
      return this;
    }

    public Builder deviceId(String deviceId) {
      this.deviceId = deviceId;
      return this;
    }

    public Builder documentType(DocumentType documentType) {
      this.documentType = documentType;
      return this;
    }

    public Builder idNumber(String idNumber) {
      this.idNumber = idNumber;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder dateOfBirth(LocalDate dateOfBirth) {
      this.dateOfBirth = dateOfBirth;
      return this;
    }

    public Builder expiry(LocalDate expiry) {
      this.expiry = expiry;
      return this;
    }

    public Builder mrzLines(List<String> mrzLines) {
      this.mrzLines = mrzLines;
      return this;
    }

    public Subject build() {
      return new Subject(userId, deviceId, documentType, idNumber, name, dateOfBirth, expiry, mrzLines);
    }
  }

  /** Names the claims without their values: ids, ID number and name masked ({@link Redacted}), no date of birth or MRZ. */
  @Override
  public String toString() {
    return "Subject[userId=" + Redacted.of(userId) + ", deviceId=" + Redacted.of(deviceId) + ", documentType="
        + (documentType == null ? null : documentType.code()) + ", idNumber=" + Redacted.of(idNumber) + ", name="
        + Redacted.of(name) + ", dateOfBirth=" + (dateOfBirth == null ? null : "(redacted)") + ", expiry=" + expiry
        + ", mrzLines=" + mrzLines.size() + " (redacted)]";
  }
}
