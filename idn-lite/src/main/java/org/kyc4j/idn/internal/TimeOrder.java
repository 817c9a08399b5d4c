package org.kyc4j.idn.internal;

import java.time.Instant;
import java.util.Arrays;

/**
 * The time of every occupied slot, with an indexed min-heap over (time, slot) so that the oldest
 * record is found in O(1) and any slot is removed in O(log n). Not thread-safe; concurrent reads
 * are safe while no write runs.
 */
public final class TimeOrder {
  private long[] seconds = new long[16];
  private int[] nanos = new int[16];
  private int[] position = new int[16];
  private int[] heap = new int[16];
  private int size;

  /** Records the time of a slot that holds none. */
  public void add(int slot, Instant time) {
    if (slot >= position.length) {
      int capacity = Math.max(slot + 1, position.length * 2);
      seconds = Arrays.copyOf(seconds, capacity);
      nanos = Arrays.copyOf(nanos, capacity);
      position = Arrays.copyOf(position, capacity);
    }
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    seconds[slot] = time.getEpochSecond();
    nanos[slot] = time.getNano();
    heap[size] = slot;
    position[slot] = size;
    siftUp(size++);
  }

  /** Forgets the time of an occupied slot. */
  public void remove(int slot) {
    int at = position[slot];
    int last = heap[--size];
    if (at != size) {
      heap[at] = last;
      position[last] = at;
      siftDown(at);
      siftUp(at);
    }
  }

  /** Returns the slot with the earliest time (ties: lowest slot), or -1 when empty. */
  public int oldest() {
    return size == 0 ? -1 : heap[0];
  }

  /** Returns the epoch second of an occupied slot. */
  public long epochSecond(int slot) {
    return seconds[slot];
  }

  /** Returns the time of an occupied slot. */
  public Instant time(int slot) {
    return Instant.ofEpochSecond(seconds[slot], nanos[slot]);
  }

  /** Returns whether an occupied slot's time lies in {@code [from, to]}. */
  public boolean within(int slot, Instant from, Instant to) {
    return compare(slot, from) >= 0 && compare(slot, to) <= 0;
  }

  /** Compares an occupied slot's time with an instant. */
  public int compare(int slot, Instant time) {
    int bySecond = Long.compare(seconds[slot], time.getEpochSecond());
    return bySecond != 0 ? bySecond : Integer.compare(nanos[slot], time.getNano());
  }

  /** Orders two occupied slots by time, then by slot. */
  public int compareSlots(int a, int b) {
    return a == b ? 0 : less(a, b) ? -1 : 1;
  }

  /** Returns the number of slots with a time. */
  public int size() {
    return size;
  }

  private boolean less(int a, int b) {
    if (seconds[a] != seconds[b]) {
      return seconds[a] < seconds[b];
    }
    return nanos[a] != nanos[b] ? nanos[a] < nanos[b] : a < b;
  }

  private void siftUp(int at) {
    int slot = heap[at];
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (!less(slot, heap[parent])) {
        break;
      }
      place(heap[parent], at);
      at = parent;
    }
    place(slot, at);
  }

  private void siftDown(int at) {
    int slot = heap[at];
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && less(heap[child + 1], heap[child])) {
        child++;
      }
      if (!less(heap[child], slot)) {
        break;
      }
      place(heap[child], at);
      at = child;
    }
    place(slot, at);
  }

  private void place(int slot, int at) {
    heap[at] = slot;
    position[slot] = at;
  }
}
