package org.kyc4j.idn.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.RiskType;

/**
 * The IDN threshold rule: more distinct user ids than the threshold used one ID number (the
 * probe's user included), or one user used more distinct ID numbers than the threshold (the
 * probe's number included). Missing user ids and ID numbers are not counted.
 */
final class IdnThreshold {
  private final RecordStore store;
  private final Probe p;
  private final int threshold;

  IdnThreshold(RecordStore store, Probe probe, int threshold) {
    this.store = store;
    this.p = probe;
    this.threshold = threshold;
  }

  /** Adds up to two IDN_THRESHOLD hits: users per ID number, then ID numbers per user. */
  void judge(Slots sameId, Slots sameUser, List<RiskHit> hits) {
    Columns columns = store.columns();
    if (Probe.known(p.idKey)) {
      distinct(sameId, columns.user, p.user, hits, "%d distinct user ids used this ID number, more than the "
          + "IDN threshold %d");
    }
    if (Probe.known(p.user)) {
      distinct(sameUser, columns.idKey, p.idKey, hits, "this user id used %d distinct ID numbers, more than the "
          + "IDN threshold %d");
    }
  }

  private void distinct(Slots slots, int[] column, int probeValue, List<RiskHit> hits, String detail) {
    Set<Integer> values = new HashSet<>();
    Set<Integer> involved = new HashSet<>();
    if (Probe.known(probeValue)) {
      values.add(probeValue);
    }
    for (int i = 0; i < slots.size(); i++) {
      int slot = slots.slot(i);
      if (Probe.known(column[slot])) {
        values.add(column[slot]);
        involved.add(slot);
      }
    }
    if (values.size() > threshold) {
      hits.add(new RiskHit(RiskType.IDN_THRESHOLD, values.size(), Transactions.oldestFirst(store, involved),
          String.format(Locale.ROOT, detail, values.size(), threshold)));
    }
  }
}
