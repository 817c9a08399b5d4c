package org.kyc4j.idn.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Stores unit-length face vectors of one dimension with their time, and answers threshold queries
 * within a time window: every stored face whose cosine similarity to the query is at least the
 * threshold, computed on the stored int8 vector, is reported. {@link FaceIndexes#exact} reports
 * exactly that set; {@link FaceIndexes#create} reports it for every face in the partitions it
 * probes (no false positives, the same similarity values) and probes enough partitions to find
 * at least 99% of the matches on face-like data (an empirical, not a hard, guarantee; see
 * {@link FacePartitionedIndex}).
 *
 * <p>NOT thread-safe: the caller serialises writes and may run many searches concurrently only
 * while no write runs (a read-write lock in the caller). Searches share no mutable scratch.
 */
public interface FaceIndex {
  /** Returns the vector dimension every face of this index has. */
  int dimension();

  /**
   * Adds a face under a caller-assigned slot ({@code >= 0}, unique while present). The stored
   * vector is the int8 quantisation of the vector's direction; a zero or non-finite vector is rejected.
   *
   * @throws IllegalArgumentException if the slot is negative or present, or the vector is invalid
   */
  void add(int slot, float[] unitVector, long epochSecond);

  /** Removes the face of a slot from every structure; returns whether it was present. */
  boolean remove(int slot);

  /**
   * Reports every face with similarity {@code >= threshold} and epochSecond in {@code [from, to]},
   * in no particular order. An empty window ({@code from > to}) reports nothing.
   *
   * @throws IllegalArgumentException if the query has the wrong dimension, is zero or not finite,
   *     or the threshold is NaN
   */
  void search(float[] unitVector, float threshold, long fromEpochSecond, long toEpochSecond, MatchSink sink);

  /** Returns the stored (dequantised, unit-length) vector of a slot, or null if absent. */
  float[] vector(int slot);

  /**
   * Returns the time of a slot's face.
   *
   * @throws java.util.NoSuchElementException if the slot is absent
   */
  long epochSecond(int slot);

  /** Returns the number of faces. */
  int size();

  /** Returns the bytes of heap the index holds, estimated from its arrays (capacity, not size). */
  long bytesUsed();

  /** Writes the index content; {@link #readFrom} rebuilds an index that answers identically. */
  void writeTo(DataOutput out) throws IOException;

  /**
   * Reads an index written by {@link #writeTo}.
   *
   * @throws IOException if the input is truncated or its content is invalid
   */
  static FaceIndex readFrom(DataInput in) throws IOException {
    return FaceIndexes.readFrom(in);
  }
}
