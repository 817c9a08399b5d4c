package org.kyc4j.idn.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A group of stored faces in time order: packed int8 columns (see {@link FaceCodes}), slots, times
 * and scales in parallel arrays. A time window is one contiguous slice found by binary search.
 * Removal shifts the tail, so no hole is ever left. Not thread-safe for writes; scans only read.
 */
final class FacePartition {
  /**
   * The least capacity, and the least span the kernel is run over: C2 compiles the kernel for the
   * trip counts it has seen, so short spans (a narrow window, a small partition) must never reach it.
   */
  static final int MIN_SPAN = 128;
  /** Faces scored per kernel call, so the accumulators stay in the L1 cache. */
  static final int CHUNK = 1024;
  private static final int MIN_CAPACITY = MIN_SPAN;

  private int[][] columns;
  private int[] slots;
  private long[] times;
  private float[] scales;
  private int size;

  FacePartition(int words, int capacity) {
    int cap = roundCapacity(capacity);
    columns = new int[words][cap];
    slots = new int[cap];
    times = new long[cap];
    scales = new float[cap];
  }

  int size() {
    return size;
  }

  /** Returns the number of faces the arrays can hold (a multiple of 16, at least {@link #MIN_SPAN}). */
  int capacity() {
    return slots.length;
  }

  int slot(int position) {
    return slots[position];
  }

  long time(int position) {
    return times[position];
  }

  float scale(int position) {
    return scales[position];
  }

  /** Returns word {@code k} of the face at {@code position}. */
  int word(int position, int k) {
    return columns[k][position];
  }

  /** Copies the packed face at {@code position} into {@code out}. */
  void packed(int position, int[] out) {
    for (int k = 0; k < columns.length; k++) {
      out[k] = columns[k][position];
    }
  }

  /** Inserts a face after every face of the same or an earlier time; returns its position. */
  int insert(int slot, int[] packed, float scale, long time) {
    int position = size == 0 || times[size - 1] <= time ? size : upperBound(time);
    if (size == slots.length) {
      grow(size + Math.max(16, size >>> 3));
    }
    int tail = size - position;
    if (tail > 0) {
      for (int[] column : columns) {
        System.arraycopy(column, position, column, position + 1, tail);
      }
      System.arraycopy(slots, position, slots, position + 1, tail);
      System.arraycopy(times, position, times, position + 1, tail);
      System.arraycopy(scales, position, scales, position + 1, tail);
    }
    for (int k = 0; k < columns.length; k++) {
      columns[k][position] = packed[k];
    }
    slots[position] = slot;
    times[position] = time;
    scales[position] = scale;
    size++;
    return position;
  }

  /** Removes the face at {@code position}, keeping time order; shrinks when mostly empty. */
  void removeAt(int position) {
    int tail = size - position - 1;
    for (int[] column : columns) {
      System.arraycopy(column, position + 1, column, position, tail);
    }
    System.arraycopy(slots, position + 1, slots, position, tail);
    System.arraycopy(times, position + 1, times, position, tail);
    System.arraycopy(scales, position + 1, scales, position, tail);
    size--;
    if (slots.length > 2 * MIN_CAPACITY && size < slots.length >>> 2) {
      grow(Math.max(MIN_CAPACITY, size + (size >>> 2)));
    }
  }

  /** Returns the position of a slot, or -1. */
  int indexOf(int slot) {
    for (int i = 0; i < size; i++) {
      if (slots[i] == slot) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the first position whose time is {@code >= time}. */
  int lowerBound(long time) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid] < time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns the first position whose time is {@code > time}. */
  int upperBound(long time) {
    return time == Long.MAX_VALUE ? size : lowerBound(time + 1);
  }

  /**
   * Reports every face of the query's window whose similarity reaches the threshold; {@code acc}
   * is scratch of at least {@link #capacity} ints. Returns the number of faces in the window.
   */
  int scan(FaceQuery query, int[] acc, MatchSink sink) {
    int lo = lowerBound(query.from);
    int hi = upperBound(query.to);
    for (int start = lo; start < hi; start += CHUNK) {
      scanChunk(query, start, Math.min(hi, start + CHUNK), acc, sink);
    }
    return Math.max(0, hi - lo);
  }

  /** Scores faces {@code [lo, hi)} (at most {@link #CHUNK}) over a padded span, then checks the candidates. */
  private void scanChunk(FaceQuery query, int lo, int hi, int[] acc, MatchSink sink) {
    int start = Math.max(0, Math.min(lo & -16, slots.length - MIN_SPAN));
    int end = Math.min(slots.length, Math.max(start + MIN_SPAN, (hi + 15) & -16));
    Arrays.fill(acc, start, end, 0);
    FaceCodes.dot(columns, start, end, query.codes, acc);
    float limit = query.candidateLimit;
    for (int j = lo; j < hi; j++) {
      if (acc[j] * scales[j] >= limit) {
        float similarity = FaceCodes.similarity(query.vector, columns, j, scales[j]);
        if (similarity >= query.threshold) {
          sink.accept(slots[j], similarity);
        }
      }
    }
  }

  /** Returns the stored vector at {@code position}. */
  float[] vector(int position, int dimension) {
    float[] out = new float[dimension];
    FaceCodes.decode(columns, position, scales[position], out);
    return out;
  }

  /** Reallocates every array to exactly {@code capacity} entries. */
  void trimTo(int capacity) {
    grow(Math.max(Math.max(MIN_CAPACITY, size), capacity));
  }

  private static int roundCapacity(int capacity) {
    return Math.max(MIN_CAPACITY, (capacity + 15) & -16);
  }

  private void grow(int wanted) {
    int capacity = roundCapacity(wanted);
    for (int k = 0; k < columns.length; k++) {
      columns[k] = Arrays.copyOf(columns[k], capacity);
    }
    slots = Arrays.copyOf(slots, capacity);
    times = Arrays.copyOf(times, capacity);
    scales = Arrays.copyOf(scales, capacity);
  }

  /** Returns the heap bytes of this partition's arrays (16-byte headers). */
  long bytesUsed() {
    long cap = slots.length;
    return 16 + 16 + columns.length * (16 + 4 * cap) + (16 + 4 * cap) + (16 + 8 * cap) + (16 + 4 * cap) + 32;
  }

  /** Writes the faces in time order: count, then slot, time and packed codes of each. */
  void writeTo(DataOutput out) throws IOException {
    out.writeInt(size);
    for (int i = 0; i < size; i++) {
      out.writeInt(slots[i]);
      out.writeLong(times[i]);
      for (int[] column : columns) {
        out.writeInt(column[i]);
      }
    }
  }

  /** Reads what {@link #writeTo} wrote, calling {@code onSlot} for each face (for slot maps). */
  static FacePartition readFrom(DataInput in, int dimension, SlotReader onSlot) throws IOException {
    int words = FaceCodes.words(dimension);
    int padding = (words << 2) - dimension;
    int paddingMask = padding == 0 ? 0 : -1 << ((4 - padding) << 3);
    int count = in.readInt();
    if (count < 0 || count > FaceIndexes.MAX_FACES) {
      throw new IOException("face partition count " + count + " is out of range");
    }
    FacePartition partition = new FacePartition(words, Math.min(count, 1 << 16));
    int[] packed = new int[words];
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < count; i++) {
      int slot = in.readInt();
      long time = in.readLong();
      for (int k = 0; k < words; k++) {
        packed[k] = in.readInt();
      }
      float scale = FaceCodes.scaleOf(packed);
      if (slot < 0 || time < previous || scale == 0f || (packed[words - 1] & paddingMask) != 0) {
        throw new IOException("face " + i + " (slot " + slot + ", time " + time + ") is invalid or out of order");
      }
      onSlot.accept(slot);
      partition.insert(slot, packed, scale, time);
      previous = time;
    }
    partition.trimTo(count);
    return partition;
  }

  /** Registers a slot read from a snapshot; throws if the slot is a duplicate. */
  @FunctionalInterface
  interface SlotReader {
    void accept(int slot) throws IOException;
  }
}
