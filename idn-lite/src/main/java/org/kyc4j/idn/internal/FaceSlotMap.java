package org.kyc4j.idn.internal;

import java.util.Arrays;

/**
 * An open-addressing map from slot ({@code >= 0}) to an int value (a partition id), with linear
 * probing and backward-shift deletion, so removals leave no tombstones. The table keeps its load
 * between about 0.5 and 0.8, which costs 10-16 bytes per slot. Not thread-safe for writes.
 */
final class FaceSlotMap {
  private static final int EMPTY = -1;
  private static final int MIN_CAPACITY = 16;

  private int[] keys;
  private int[] values;
  private int size;

  FaceSlotMap() {
    allocate(MIN_CAPACITY);
  }

  int size() {
    return size;
  }

  /** Returns the value of a slot, or -1 if absent. */
  int get(int slot) {
    int i = home(slot);
    while (true) {
      int key = keys[i];
      if (key == slot) {
        return values[i];
      }
      if (key == EMPTY) {
        return -1;
      }
      i = next(i);
    }
  }

  boolean contains(int slot) {
    return get(slot) >= 0;
  }

  /** Sets the value of a slot (added or replaced); value must be {@code >= 0}. */
  void put(int slot, int value) {
    if ((size + 1) * 5L > keys.length * 4L) {
      rehash((int) Math.min(Integer.MAX_VALUE - 8, keys.length * 3L / 2 + MIN_CAPACITY));
    }
    int i = home(slot);
    while (keys[i] != EMPTY && keys[i] != slot) {
      i = next(i);
    }
    if (keys[i] == EMPTY) {
      size++;
      keys[i] = slot;
    }
    values[i] = value;
  }

  /** Removes a slot; returns its value or -1. */
  int remove(int slot) {
    int i = home(slot);
    while (keys[i] != slot) {
      if (keys[i] == EMPTY) {
        return -1;
      }
      i = next(i);
    }
    int value = values[i];
    shiftBack(i);
    size--;
    if (keys.length > MIN_CAPACITY && size * 4L < keys.length) {
      rehash(Math.max(MIN_CAPACITY, size * 2));
    }
    return value;
  }

  long bytesUsed() {
    return 16 + 2 * (16 + 4L * keys.length) + 16;
  }

  /** Empties position {@code hole}, moving later entries of its probe run back into it. */
  private void shiftBack(int hole) {
    int i = hole;
    while (true) {
      i = next(i);
      int key = keys[i];
      if (key == EMPTY) {
        keys[hole] = EMPTY;
        return;
      }
      int home = home(key);
      boolean movable = hole <= i ? home <= hole || home > i : home <= hole && home > i;
      if (movable) {
        keys[hole] = key;
        values[hole] = values[i];
        hole = i;
      }
    }
  }

  private void rehash(int capacity) {
    int[] oldKeys = keys;
    int[] oldValues = values;
    allocate(capacity);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private void allocate(int capacity) {
    keys = new int[capacity];
    values = new int[capacity];
    Arrays.fill(keys, EMPTY);
  }

  private int home(int key) {
    int hash = key * 0x9E3779B9;
    hash ^= hash >>> 16;
    return (int) (((hash & 0xFFFFFFFFL) * keys.length) >>> 32);
  }

  private int next(int i) {
    return i + 1 == keys.length ? 0 : i + 1;
  }
}
