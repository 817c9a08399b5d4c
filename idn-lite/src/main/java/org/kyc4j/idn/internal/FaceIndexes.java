package org.kyc4j.idn.internal;

import java.io.DataInput;
import java.io.IOException;
import java.util.Objects;

/**
 * Creates face indexes: {@link #create} the partitioned index for production, {@link #exact} the
 * exact scan over the same stored representation (the reference), {@link #readFrom} either one
 * back from {@link FaceIndex#writeTo}. Stateless and thread-safe.
 */
public final class FaceIndexes {
  /** The largest dimension accepted (that of {@code org.kyc4j.spi.FaceEmbedding}). */
  public static final int MAX_DIMENSION = 4096;
  /** The largest number of faces a snapshot may declare. */
  static final int MAX_FACES = 1 << 28;

  private FaceIndexes() {}

  /** Returns an empty partitioned index of a dimension (1..4096). */
  public static FaceIndex create(int dimension) {
    return new FacePartitionedIndex(dimension);
  }

  /** Returns an empty exact index of a dimension (1..4096), storing faces like {@link #create}. */
  public static FaceIndex exact(int dimension) {
    return new FaceExactIndex(dimension);
  }

  /**
   * Reads an index written by {@link FaceIndex#writeTo}, of the kind that wrote it.
   *
   * @throws IOException if the input is truncated or its content is invalid
   */
  public static FaceIndex readFrom(DataInput in) throws IOException {
    Objects.requireNonNull(in, "in");
    byte kind = in.readByte();
    return switch (kind) {
      case FaceExactIndex.KIND -> FaceExactIndex.readContent(in);
      case FacePartitionedIndex.KIND -> FacePartitionedIndex.readContent(in);
      default -> throw new IOException("unknown face index kind " + kind);
    };
  }

  static int checkDimension(int dimension) {
    if (dimension < 1 || dimension > MAX_DIMENSION) {
      throw new IllegalArgumentException("dimension is " + dimension + "; allowed: 1.." + MAX_DIMENSION);
    }
    return dimension;
  }

  static void checkAdd(FaceIndex index, int slot, float[] vector, boolean present) {
    Objects.requireNonNull(vector, "unitVector");
    if (slot < 0) {
      throw new IllegalArgumentException("slot is " + slot + "; allowed: >= 0");
    }
    if (present) {
      throw new IllegalArgumentException("slot " + slot + " is already in the face index; allowed: a free slot");
    }
    if (vector.length != index.dimension()) {
      throw new IllegalArgumentException("face vector has " + vector.length + " values; allowed: " + index.dimension());
    }
  }

  static int readDimension(DataInput in) throws IOException {
    int dimension = in.readInt();
    if (dimension < 1 || dimension > MAX_DIMENSION) {
      throw new IOException("face index dimension " + dimension + " is out of range 1.." + MAX_DIMENSION);
    }
    return dimension;
  }

  static void register(FaceSlotMap slots, int slot, int value) throws IOException {
    if (slots.contains(slot)) {
      throw new IOException("slot " + slot + " appears twice in the face index snapshot");
    }
    slots.put(slot, value);
  }
}
