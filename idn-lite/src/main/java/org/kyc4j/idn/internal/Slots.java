package org.kyc4j.idn.internal;

import java.util.Arrays;

/** A growable list of slots, each with a score. Not thread-safe. */
final class Slots {
  private int[] slots = new int[8];
  private float[] scores = new float[8];
  private int size;

  void add(int slot, float score) {
    if (size == slots.length) {
      slots = Arrays.copyOf(slots, size * 2);
      scores = Arrays.copyOf(scores, size * 2);
    }
    slots[size] = slot;
    scores[size++] = score;
  }

  int size() {
    return size;
  }

  int slot(int i) {
    return slots[i];
  }

  float score(int i) {
    return scores[i];
  }
}
