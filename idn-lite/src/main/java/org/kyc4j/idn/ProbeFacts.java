package org.kyc4j.idn;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kyc4j.api.Subject;
import org.kyc4j.idn.internal.BackgroundSignature;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.FaceEmbedding;
import org.kyc4j.spi.FaceRegion;
import org.kyc4j.spi.IdentityRecord;
import org.kyc4j.spi.Keys;

/**
 * The probe record of one verification and where each part came from. Fields read from the
 * document win over the subject's claims (the document was checked, a claim was only typed);
 * the face comes from the selfie embedding, the background from the best selfie frame.
 *
 * @param record the probe, timed at the context's now
 * @param evidence one entry per part: its source, or why it is missing
 * @param faceChecked whether the probe carries a face
 */
record ProbeFacts(IdentityRecord record, Map<String, String> evidence, boolean faceChecked) {

  /** Builds the probe; {@code faceDimension} and {@code backgroundDimension} are 0 when the network does not say. */
  static ProbeFacts of(DetectionContext context, int faceDimension, int backgroundDimension) {
    Map<String, String> evidence = new LinkedHashMap<>();
    Subject subject = context.request().subject();
    Map<String, String> fields = context.find(Keys.DOCUMENT_FIELDS).map(DocumentFields::fields).orElse(Map.of());
    String type = pick(evidence, "documentType", first(fields, DocumentFields.DOCUMENT_TYPE),
        subject.documentType() == null ? null : subject.documentType().code());
    String idNumber = pick(evidence, "idNumber", first(fields, DocumentFields.ID_NUMBER, DocumentFields.DOCUMENT_NUMBER),
        subject.idNumber());
    if (fields.containsKey(DocumentFields.ID_NUMBER_SOURCE) && fields.containsKey(DocumentFields.ID_NUMBER)) {
      evidence.put("idNumber", "claimed, normalised by its ID rule");
    }
    String name = pick(evidence, "name", documentName(fields), subject.name());
    String dob = pick(evidence, "dateOfBirth", first(fields, DocumentFields.DATE_OF_BIRTH),
        subject.dateOfBirth() == null ? null : subject.dateOfBirth().toString());
    float[] face = face(context, faceDimension, evidence);
    float[] background = null;
    if (face == null) {
      evidence.put("background", "not checked: batch registration compares faces too");
    } else {
      background = background(context, backgroundDimension, evidence);
    }
    Instant now = context.now();
    IdentityRecord record = new IdentityRecord(context.request().transactionId(), subject.userId(), type, idNumber,
        name, date(dob, evidence), face, background, subject.deviceId(), now);
    return new ProbeFacts(record, evidence, face != null);
  }

  private static String pick(Map<String, String> evidence, String field, String read, String claimed) {
    evidence.put(field, read != null ? "read from the document" : claimed != null ? "claimed" : "missing");
    return read != null ? read : claimed;
  }

  private static String first(Map<String, String> fields, String... names) {
    for (String name : names) {
      String value = fields.get(name);
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }

  private static String documentName(Map<String, String> fields) {
    String name = first(fields, DocumentFields.NAME);
    if (name != null) {
      return name;
    }
    String given = first(fields, DocumentFields.GIVEN_NAMES);
    String surname = first(fields, DocumentFields.SURNAME);
    return given == null ? surname : surname == null ? given : given + " " + surname;
  }

  private static LocalDate date(String text, Map<String, String> evidence) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      evidence.put("dateOfBirth", "unreadable (not an ISO date YYYY-MM-DD), not used");
      return null;
    }
  }

  private static float[] face(DetectionContext context, int dimension, Map<String, String> evidence) {
    Optional<FaceEmbedding> embedding = context.find(Keys.SELFIE_EMBEDDING);
    if (embedding.isEmpty()) {
      evidence.put("face", "not checked: no selfie embedding (no face model installed); face-based risks were "
          + "not checked");
      return null;
    }
    FaceEmbedding found = embedding.get();
    if (dimension > 0 && found.dimension() != dimension) {
      evidence.put("face", "not checked: the embedding of model " + found.model() + " has " + found.dimension()
          + " values, the network stores " + dimension + "; face-based risks were not checked");
      return null;
    }
    float[] values = found.values();
    boolean zero = true;
    for (float v : values) {
      zero &= v == 0;
    }
    if (zero) {
      evidence.put("face", "not checked: the embedding of model " + found.model() + " is all zeros; face-based risks "
          + "were not checked");
      return null;
    }
    evidence.put("face", "checked: embedding of model " + found.model() + " (" + found.dimension() + " values)");
    return values;
  }

  private static float[] background(DetectionContext context, int dimension, Map<String, String> evidence) {
    Optional<FaceRegion> region = context.find(Keys.SELFIE_FACE);
    Optional<DecodedImages> images = context.find(Keys.IMAGES);
    String note;
    float[] values = null;
    if (region.isEmpty() || images.isEmpty()) {
      note = "not checked: no selfie face region";
    } else if (dimension > 0 && dimension != BackgroundSignature.LENGTH) {
      note = "not checked: the network stores backgrounds of " + dimension + " values, not "
          + BackgroundSignature.LENGTH;
    } else if (region.get().frameIndex() >= images.get().frames().size()) {
      note = "not checked: the face region names frame " + region.get().frameIndex() + " of "
          + images.get().frames().size();
    } else {
      BackgroundSignature.Result result = BackgroundSignature.of(images.get().frames().get(region.get().frameIndex()),
          region.get());
      values = result.values();
      note = result.note();
    }
    evidence.put("background", note);
    return values;
  }
}
