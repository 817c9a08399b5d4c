package org.kyc4j.idn.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.RiskType;
import org.kyc4j.idn.FaceThresholds;
import org.kyc4j.idn.TimeWindow;
import org.kyc4j.spi.IdentityRecord;

/**
 * Finds the risks one probe raises against the records of a store within a time window; the rules
 * are documented on {@code LiteIdentityNetwork#assess}. Records of the probe's own transaction are
 * ignored. Used under the store's read lock; one instance per assessment.
 */
public final class RiskAssessor {
  private final RecordStore store;
  private final Columns columns;
  private final Probe p;
  private final TimeWindow window;
  private final FaceThresholds thresholds;
  private final double backgroundThreshold;
  /** The score a rule gives a slot it does not hold for. */
  private static final double SKIP = Double.NEGATIVE_INFINITY;

  private RiskAssessor(RecordStore store, Probe probe, TimeWindow window, FaceThresholds thresholds) {
    this.store = store;
    this.columns = store.columns();
    this.p = probe;
    this.window = window;
    this.thresholds = thresholds;
    this.backgroundThreshold = store.config().backgroundThreshold();
  }

  /**
   * Returns the hits in {@link RiskType} order, each naming the earlier transactions oldest first.
   *
   * @throws IllegalArgumentException if the probe's face or background does not fit the store
   */
  public static List<RiskHit> assess(RecordStore store, IdentityRecord probe, TimeWindow window, int idnThreshold,
      FaceThresholds thresholds) {
    return new RiskAssessor(store, new Probe(store, probe), window, thresholds).run(idnThreshold);
  }

  private List<RiskHit> run(int idnThreshold) {
    Slots faceMatches = faceMatches();
    Slots sameId = eligible(store.byIdNumber(), p.idKey, true);
    Slots samePerson = eligible(store.byPerson(), p.personKey, false);
    List<RiskHit> hits = new ArrayList<>();
    fakeId(faceMatches, sameId, samePerson, hits);
    rule(hits, RiskType.SAME_FACE_DIFFERENT_ID_TYPE, faceMatches, true,
        (s, sim) -> Probe.differ(p.documentType, columns.documentType[s]) ? sim : SKIP,
        "face matches %d earlier record(s) with another document type (best similarity %.3f)");
    rule(hits, RiskType.SAME_FACE_DIFFERENT_USER_ID, faceMatches, true,
        (s, sim) -> Probe.differ(p.user, columns.user[s]) ? sim : SKIP,
        "face matches %d earlier record(s) of another user id (best similarity %.3f)");
    rule(hits, RiskType.SAME_FACE_BACKGROUND_DIFFERENT_FACE, backgroundMatches(), true,
        (s, sim) -> clearlyDifferent(s) ? sim : SKIP, "background matches %d earlier record(s) showing a clearly "
            + "different face (best background similarity %.3f, threshold " + backgroundThreshold + ")");
    new IdnThreshold(store, p, idnThreshold).judge(sameId, eligible(store.byUser(), p.user, false), hits);
    return hits;
  }

  private void fakeId(Slots faceMatches, Slots sameId, Slots samePerson, List<RiskHit> hits) {
    rule(hits, RiskType.SAME_FACE_DIFFERENT_ID_NUMBER, faceMatches, true, (s, sim) -> idNumbersDiffer(s) ? sim : SKIP,
        "face matches %d earlier record(s) with another ID number (best similarity %.3f, threshold "
            + thresholds.match() + ")");
    rule(hits, RiskType.SAME_ID_DIFFERENT_FACE, sameId, false, (s, none) -> clearlyDifferent(s) ? faceSimilarity(s)
        : SKIP, "ID number used by %d earlier record(s) with a clearly different face (lowest similarity %.3f, "
            + "below " + thresholds.clearlyDifferent() + ")");
    rule(hits, RiskType.SAME_FACE_DIFFERENT_PERSON, faceMatches, true,
        (s, sim) -> Probe.differ(p.personKey, columns.personKey[s]) ? sim : SKIP,
        "face matches %d earlier record(s) of another name and date of birth (best similarity %.3f)");
    rule(hits, RiskType.SAME_ID_DIFFERENT_PERSON, sameId, true,
        (s, none) -> Probe.differ(p.personKey, columns.personKey[s]) ? Double.NaN : SKIP,
        "ID number used by %d earlier record(s) of another name and date of birth");
    rule(hits, RiskType.SAME_PERSON_DIFFERENT_FACE, samePerson, false,
        (s, none) -> clearlyDifferent(s) ? faceSimilarity(s) : SKIP,
        "name and date of birth used by %d earlier record(s) with a clearly different face (lowest similarity %.3f)");
    rule(hits, RiskType.SAME_PERSON_DIFFERENT_ID_NUMBER, samePerson, true,
        (s, none) -> idNumbersDiffer(s) ? Double.NaN : SKIP,
        "name and date of birth used by %d earlier record(s) with another ID number");
  }

  /**
   * Adds a hit of {@code type} over the slots whose {@code score} is not {@link #SKIP}, scored by the
   * highest (or lowest) of those scores; {@code detail} takes the count and, if any, the score.
   */
  private void rule(List<RiskHit> hits, RiskType type, Slots from, boolean keepMax, SlotScore score, String detail) {
    List<Integer> involved = new ArrayList<>();
    double best = Double.NaN;
    for (int i = 0; i < from.size(); i++) {
      double value = score.apply(from.slot(i), from.score(i));
      if (value != SKIP) {
        involved.add(from.slot(i));
        best = Double.isNaN(best) || keepMax && value > best || !keepMax && value < best ? value : best;
      }
    }
    if (!involved.isEmpty()) {
      hits.add(new RiskHit(type, best, Transactions.oldestFirst(store, involved),
          String.format(Locale.ROOT, detail, involved.size(), best)));
    }
  }

  private boolean idNumbersDiffer(int slot) {
    return Probe.differ(p.idKey, columns.idKey[slot]) && !Probe.differ(p.documentType, columns.documentType[slot]);
  }

  private boolean clearlyDifferent(int slot) {
    return faceSimilarity(slot) < thresholds.clearlyDifferent();
  }

  /** Returns the probe's similarity to a slot's face, NaN when either has none (NaN is never below a threshold). */
  private double faceSimilarity(int slot) {
    if (p.face == null || !columns.face[slot]) {
      return Double.NaN;
    }
    float[] stored = store.faces().vector(slot);
    double dot = 0;
    for (int i = 0; i < stored.length; i++) {
      dot += p.face[i] * stored[i];
    }
    return dot;
  }

  private Slots faceMatches() {
    Slots out = new Slots();
    if (p.face != null) {
      store.faces().search(p.face, (float) thresholds.match(), window.from().getEpochSecond(),
          window.to().getEpochSecond(), (slot, sim) -> {
            if (eligible(slot)) {
              out.add(slot, sim);
            }
          });
    }
    return out;
  }

  private Slots backgroundMatches() {
    Slots out = new Slots();
    if (p.background != null && p.face != null) {
      store.backgrounds().search(p.background, (slot, sim) -> {
        if (eligible(slot)) {
          out.add(slot, sim);
        }
      });
    }
    return out;
  }

  /** Returns the eligible slots under a key, keeping only compatible document types when {@code sameDocument}. */
  private Slots eligible(SlotLists lists, int key, boolean sameDocument) {
    Slots out = new Slots();
    lists.forEach(key, slot -> {
      if (eligible(slot) && !(sameDocument && Probe.differ(p.documentType, columns.documentType[slot]))) {
        out.add(slot, Float.NaN);
      }
    });
    return out;
  }

  private boolean eligible(int slot) {
    return store.times().within(slot, window.from(), window.to())
        && !columns.transaction[slot].equals(p.transactionId);
  }

  @FunctionalInterface
  private interface SlotScore {
    /** Returns the score of a slot for a rule (NaN when none), or {@link #SKIP} when the rule does not hold. */
    double apply(int slot, double searchScore);
  }
}
