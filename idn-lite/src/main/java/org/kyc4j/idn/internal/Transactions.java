package org.kyc4j.idn.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Orders the transactions of slots for a risk hit. Stateless. */
final class Transactions {
  private Transactions() {}

  /** Returns the transaction ids of the slots, oldest first, ties by transaction id. */
  static List<String> oldestFirst(RecordStore store, Collection<Integer> slots) {
    TimeOrder times = store.times();
    String[] transaction = store.columns().transaction;
    List<Integer> sorted = new ArrayList<>(slots);
    sorted.sort(Comparator.<Integer, java.time.Instant>comparing(times::time).thenComparing(s -> transaction[s]));
    List<String> ids = new ArrayList<>(sorted.size());
    sorted.forEach(s -> ids.add(transaction[s]));
    return ids;
  }
}
