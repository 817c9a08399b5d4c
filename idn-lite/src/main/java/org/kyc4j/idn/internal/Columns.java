package org.kyc4j.idn.internal;

import java.util.Arrays;

/**
 * The per-slot columns of a record store: string-pool ids, date of birth and face flag, grown
 * together. A slot is free when its transaction id is null. Not thread-safe.
 */
final class Columns {
  static final long NO_DATE = Long.MIN_VALUE;
  String[] transaction = new String[16];
  int[] user = new int[16];
  int[] documentType = new int[16];
  int[] idNumber = new int[16];
  int[] idKey = new int[16];
  int[] name = new int[16];
  int[] personKey = new int[16];
  int[] device = new int[16];
  long[] dateOfBirth = new long[16];
  boolean[] face = new boolean[16];

  /** Makes room for slot {@code slot}. */
  void ensure(int slot) {
    if (slot < transaction.length) {
      return;
    }
    int capacity = Math.max(slot + 1, transaction.length * 2);
    transaction = Arrays.copyOf(transaction, capacity);
    user = Arrays.copyOf(user, capacity);
    documentType = Arrays.copyOf(documentType, capacity);
    idNumber = Arrays.copyOf(idNumber, capacity);
    idKey = Arrays.copyOf(idKey, capacity);
    name = Arrays.copyOf(name, capacity);
    personKey = Arrays.copyOf(personKey, capacity);
    device = Arrays.copyOf(device, capacity);
    dateOfBirth = Arrays.copyOf(dateOfBirth, capacity);
    face = Arrays.copyOf(face, capacity);
  }

  /** Returns the pool ids a slot holds, for releasing. */
  int[] pooled(int slot) {
    return new int[] {user[slot], documentType[slot], idNumber[slot], idKey[slot], name[slot], personKey[slot],
        device[slot]};
  }

  /** Returns the number of slots with room. */
  int capacity() {
    return transaction.length;
  }
}
