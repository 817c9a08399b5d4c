package org.kyc4j.idn.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kyc4j.idn.FaceMatch;
import org.kyc4j.idn.TimeWindow;
import org.kyc4j.spi.IdentityRecord;

/** The lookups of a record store within a time window, answering oldest first. Stateless. */
public final class Queries {
  private Queries() {}

  /** Returns the records whose normalised ID number equals that of {@code idNumber} (any document type). */
  public static List<IdentityRecord> byIdNumber(RecordStore store, String idNumber, TimeWindow window) {
    return lookup(store, store.byIdNumber(), store.pool().find(IdentityKeys.idNumber(idNumber)), window);
  }

  /** Returns the records of a user id. */
  public static List<IdentityRecord> byUser(RecordStore store, String userId, TimeWindow window) {
    return lookup(store, store.byUser(), store.pool().find(userId), window);
  }

  /** Returns the records whose person key (normalised name and date of birth) equals that of the arguments. */
  public static List<IdentityRecord> byPerson(RecordStore store, String name, LocalDate dateOfBirth,
      TimeWindow window) {
    return lookup(store, store.byPerson(), store.pool().find(IdentityKeys.person(name, dateOfBirth)), window);
  }

  /**
   * Returns the records whose stored face has a cosine similarity of at least {@code threshold} to
   * {@code embedding} (normalised first).
   */
  public static List<FaceMatch> similarFaces(RecordStore store, float[] embedding, double threshold,
      TimeWindow window) {
    float[] unit = RecordChecks.unitFace(embedding, store.config().faceDimension());
    Slots found = new Slots();
    store.faces().search(unit, (float) threshold, window.from().getEpochSecond(), window.to().getEpochSecond(),
        (slot, similarity) -> {
          if (store.times().within(slot, window.from(), window.to())) {
            found.add(slot, similarity);
          }
        });
    List<FaceMatch> matches = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      matches.add(new FaceMatch(store.record(found.slot(i)), found.score(i)));
    }
    matches.sort(Comparator.comparing((FaceMatch m) -> m.record().time())
        .thenComparing(m -> m.record().transactionId()));
    return matches;
  }

  private static List<IdentityRecord> lookup(RecordStore store, SlotLists lists, int key, TimeWindow window) {
    List<IdentityRecord> records = new ArrayList<>();
    lists.forEach(key, slot -> {
      if (store.times().within(slot, window.from(), window.to())) {
        records.add(store.record(slot));
      }
    });
    records.sort(Comparator.comparing(IdentityRecord::time).thenComparing(IdentityRecord::transactionId));
    return records;
  }
}
