package org.kyc4j.idn.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The fast face index: an inverted file of time-ordered {@link FacePartition}s, each with a
 * centroid. A face goes to the partition of its nearest centroid; a partition that outgrows
 * {@link #SPLIT_SIZE} is split in two by {@link FaceSplit}, so the index refines itself as it
 * grows, with no global retraining pause, and stays deterministic (no randomness at all).
 *
 * <p>A search scores the query against every centroid and scans the partitions {@link FaceProbe}
 * selects, with the exact int8 bound of {@link FaceQuery}: within the scanned partitions the
 * answer is exact (same faces, same similarities as {@link FaceExactIndex}); a match in an
 * unscanned partition is missed, which on face-like data happens for under 1% of the matches
 * (measured by {@code FaceIndexProperties}, and on a Gaussian model of real descriptors by
 * {@code RealFaceSearchReport}: see {@link FaceProbe}). Not thread-safe for
 * writes; concurrent searches are safe (each allocates its own scratch).
 */
final class FacePartitionedIndex implements FaceIndex {
  static final byte KIND = 'P';
  /** A partition larger than this is split in two (by default). */
  static final int SPLIT_SIZE = 512;

  private final int dimension;
  private final int splitSize;
  private final FaceProbe probe;
  private final int words;
  private final FaceCentroids centroids;
  private final FaceSlotMap slots = new FaceSlotMap();
  private FacePartition[] partitions = new FacePartition[16];
  private int[] splitLimits = new int[16];
  private int size;

  FacePartitionedIndex(int dimension) {
    this(dimension, SPLIT_SIZE, FaceProbe.DEFAULT);
  }

  /** An index with other tuning, for tests and measurements: partitions split above {@code splitSize}. */
  FacePartitionedIndex(int dimension, int splitSize, FaceProbe probe) {
    if (splitSize < 2) {
      throw new IllegalArgumentException("splitSize is " + splitSize + "; allowed: >= 2");
    }
    this.splitSize = splitSize;
    this.probe = Objects.requireNonNull(probe, "probe");
    this.dimension = FaceIndexes.checkDimension(dimension);
    this.words = FaceCodes.words(dimension);
    this.centroids = new FaceCentroids(words);
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public void add(int slot, float[] unitVector, long epochSecond) {
    FaceIndexes.checkAdd(this, slot, unitVector, slots.contains(slot));
    int[] packed = new int[words];
    float scale = FaceCodes.encode(unitVector, packed);
    int id = centroids.count() == 0 ? -1 : centroids.nearest(unpack(packed));
    if (id < 0) {
      id = centroids.freeId();
      install(id, new FacePartition(words, 0), packed, scale);
    }
    FacePartition partition = partitions[id];
    partition.insert(slot, packed, scale, epochSecond);
    slots.put(slot, id);
    size++;
    if (partition.size() > splitLimits[id]) {
      split(id);
    }
  }

  @Override
  public boolean remove(int slot) {
    int id = slots.remove(slot);
    if (id < 0) {
      return false;
    }
    FacePartition partition = partitions[id];
    partition.removeAt(partition.indexOf(slot));
    size--;
    if (partition.size() == 0) {
      partitions[id] = null;
      centroids.clear(id);
      int capacity = Math.max(16, centroids.count() * 2);
      if (partitions.length > 2 * capacity) {
        partitions = Arrays.copyOf(partitions, capacity);
        splitLimits = Arrays.copyOf(splitLimits, capacity);
      }
    }
    return true;
  }

  @Override
  public void search(float[] unitVector, float threshold, long fromEpochSecond, long toEpochSecond, MatchSink sink) {
    scan(unitVector, threshold, fromEpochSecond, toEpochSecond, sink, probe);
  }

  /** Searches like {@link #search} with another probe; returns the number of faces in the scanned windows. */
  int scan(float[] unitVector, float threshold, long fromEpochSecond, long toEpochSecond, MatchSink sink,
      FaceProbe probe) {
    Objects.requireNonNull(unitVector, "unitVector");
    Objects.requireNonNull(sink, "sink");
    FaceQuery query = new FaceQuery(unitVector, dimension, threshold, fromEpochSecond, toEpochSecond);
    if (query.emptyWindow() || size == 0) {
      return 0;
    }
    float[] similarities = centroids.scores(query.codes);
    float cutoff = probe.cutoff(query, similarities, partitions, size);
    int[] acc = new int[FacePartition.MIN_SPAN];
    int scored = 0;
    for (int id = 0; id < similarities.length; id++) {
      if (partitions[id] != null && similarities[id] >= cutoff) {
        if (acc.length < partitions[id].capacity()) {
          acc = new int[partitions[id].capacity()];
        }
        scored += partitions[id].scan(query, acc, sink);
      }
    }
    return scored;
  }

  private void split(int id) {
    FacePartition partition = partitions[id];
    FaceSplit.Halves halves = FaceSplit.split(partition, dimension, centroids.vector(id, dimension));
    if (halves == null) {
      splitLimits[id] = 2 * partition.size();
      return;
    }
    int n = partition.size();
    int inSecond = halves.secondCount();
    FacePartition first = new FacePartition(words, (n - inSecond) * 9 / 8);
    FacePartition second = new FacePartition(words, inSecond * 9 / 8);
    int[] packed = new int[words];
    for (int i = 0; i < n; i++) {
      partition.packed(i, packed);
      FacePartition target = halves.second()[i] ? second : first;
      target.insert(partition.slot(i), packed, partition.scale(i), partition.time(i));
    }
    int[] firstCentroid = packedOf(halves.first());
    install(id, first, firstCentroid, FaceCodes.scaleOf(firstCentroid));
    int other = centroids.freeId();
    int[] otherCentroid = packedOf(halves.secondCentroid());
    install(other, second, otherCentroid, FaceCodes.scaleOf(otherCentroid));
    for (int i = 0; i < second.size(); i++) {
      slots.put(second.slot(i), other);
    }
  }

  private int[] packedOf(float[] unit) {
    int[] packed = new int[words];
    FaceCodes.encode(unit, packed);
    return packed;
  }

  private void install(int id, FacePartition partition, int[] centroid, float scale) {
    if (id >= partitions.length) {
      int capacity = Math.max(id + 1, partitions.length + (partitions.length >>> 1));
      partitions = Arrays.copyOf(partitions, capacity);
      splitLimits = Arrays.copyOf(splitLimits, capacity);
    }
    partitions[id] = partition;
    splitLimits[id] = splitSize;
    centroids.set(id, centroid, scale);
  }

  private int[] unpack(int[] packed) {
    int[] codes = new int[words << 2];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = FaceCodes.code(packed[i >>> 2], i & 3);
    }
    return codes;
  }

  @Override
  public float[] vector(int slot) {
    int id = slots.get(slot);
    return id < 0 ? null : partitions[id].vector(partitions[id].indexOf(slot), dimension);
  }

  @Override
  public long epochSecond(int slot) {
    int id = slots.get(slot);
    if (id < 0) {
      throw new NoSuchElementException("slot " + slot + " is not in the face index");
    }
    return partitions[id].time(partitions[id].indexOf(slot));
  }

  @Override
  public int size() {
    return size;
  }

  /** Returns the number of partitions. */
  int partitionCount() {
    int count = 0;
    for (FacePartition partition : partitions) {
      count += partition == null ? 0 : 1;
    }
    return count;
  }

  @Override
  public long bytesUsed() {
    long bytes = 64 + centroids.bytesUsed() + slots.bytesUsed() + 2 * (16 + 4L * partitions.length);
    for (FacePartition partition : partitions) {
      bytes += partition == null ? 0 : partition.bytesUsed();
    }
    return bytes;
  }

  @Override
  public void writeTo(DataOutput out) throws IOException {
    out.writeByte(KIND);
    out.writeInt(dimension);
    out.writeInt(splitSize);
    out.writeInt(centroids.count());
    int[] packed = new int[words];
    for (int id = 0; id < centroids.count(); id++) {
      out.writeBoolean(partitions[id] != null);
      if (partitions[id] != null) {
        centroids.packed(id, packed);
        for (int word : packed) {
          out.writeInt(word);
        }
        out.writeInt(splitLimits[id]);
        partitions[id].writeTo(out);
      }
    }
  }

  /** Reads the content after the kind byte. */
  static FacePartitionedIndex readContent(DataInput in) throws IOException {
    int dimension = FaceIndexes.readDimension(in);
    int splitSize = in.readInt();
    if (splitSize < 2) {
      throw new IOException("split size " + splitSize + " is out of range");
    }
    FacePartitionedIndex index = new FacePartitionedIndex(dimension, splitSize, FaceProbe.DEFAULT);
    int count = in.readInt();
    if (count < 0 || count > FaceIndexes.MAX_FACES) {
      throw new IOException("partition count " + count + " is out of range");
    }
    int[] packed = new int[index.words];
    for (int id = 0; id < count; id++) {
      if (!in.readBoolean()) {
        continue;
      }
      for (int k = 0; k < packed.length; k++) {
        packed[k] = in.readInt();
      }
      float scale = FaceCodes.scaleOf(packed);
      int splitLimit = in.readInt();
      int partitionId = id;
      FacePartition partition = FacePartition.readFrom(in, index.dimension,
          slot -> FaceIndexes.register(index.slots, slot, partitionId));
      if (scale == 0f || partition.size() == 0 || splitLimit < 2) {
        throw new IOException("partition " + id + " has a zero centroid, no face or split limit " + splitLimit);
      }
      index.install(id, partition, packed, scale);
      index.splitLimits[id] = splitLimit;
      index.size += partition.size();
    }
    return index;
  }

  @Override
  public String toString() {
    return "FacePartitionedIndex[dimension=" + dimension + ", size=" + size + ", partitions=" + partitionCount() + "]";
  }
}
