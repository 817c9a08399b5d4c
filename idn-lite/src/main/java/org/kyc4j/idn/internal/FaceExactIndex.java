package org.kyc4j.idn.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The exact reference: every face in one time-ordered {@link FacePartition}, each search scoring
 * every face of the window with the int8 kernel and checking the survivors of the exact bound (see
 * {@link FaceQuery}). Reports exactly the faces whose stored-vector similarity reaches the
 * threshold. Removal and out-of-order insertion shift the tail (linear in the size). Not
 * thread-safe for writes; concurrent searches are safe.
 */
final class FaceExactIndex implements FaceIndex {
  static final byte KIND = 'E';

  private final int dimension;
  private final int words;
  private final FacePartition faces;
  private final FaceSlotMap slots;

  FaceExactIndex(int dimension) {
    this(FaceIndexes.checkDimension(dimension), new FacePartition(FaceCodes.words(dimension), 0), new FaceSlotMap());
  }

  private FaceExactIndex(int dimension, FacePartition faces, FaceSlotMap slots) {
    this.dimension = dimension;
    this.words = FaceCodes.words(dimension);
    this.faces = faces;
    this.slots = slots;
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
    faces.insert(slot, packed, scale, epochSecond);
    slots.put(slot, 0);
  }

  @Override
  public boolean remove(int slot) {
    if (slots.remove(slot) < 0) {
      return false;
    }
    faces.removeAt(faces.indexOf(slot));
    return true;
  }

  @Override
  public void search(float[] unitVector, float threshold, long fromEpochSecond, long toEpochSecond, MatchSink sink) {
    Objects.requireNonNull(unitVector, "unitVector");
    Objects.requireNonNull(sink, "sink");
    FaceQuery query = new FaceQuery(unitVector, dimension, threshold, fromEpochSecond, toEpochSecond);
    if (!query.emptyWindow() && faces.size() > 0) {
      faces.scan(query, new int[faces.capacity()], sink);
    }
  }

  @Override
  public float[] vector(int slot) {
    return slots.contains(slot) ? faces.vector(faces.indexOf(slot), dimension) : null;
  }

  @Override
  public long epochSecond(int slot) {
    if (!slots.contains(slot)) {
      throw new NoSuchElementException("slot " + slot + " is not in the face index");
    }
    return faces.time(faces.indexOf(slot));
  }

  @Override
  public int size() {
    return faces.size();
  }

  @Override
  public long bytesUsed() {
    return 32 + faces.bytesUsed() + slots.bytesUsed();
  }

  @Override
  public void writeTo(DataOutput out) throws IOException {
    out.writeByte(KIND);
    out.writeInt(dimension);
    faces.writeTo(out);
  }

  /** Reads the content after the kind byte. */
  static FaceExactIndex readContent(DataInput in) throws IOException {
    int dimension = FaceIndexes.readDimension(in);
    FaceSlotMap slots = new FaceSlotMap();
    FacePartition faces = FacePartition.readFrom(in, dimension, slot -> FaceIndexes.register(slots, slot, 0));
    return new FaceExactIndex(dimension, faces, slots);
  }

  @Override
  public String toString() {
    return "FaceExactIndex[dimension=" + dimension + ", size=" + size() + "]";
  }
}
