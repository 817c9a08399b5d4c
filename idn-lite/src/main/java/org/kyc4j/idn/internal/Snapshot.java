package org.kyc4j.idn.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The snapshot format of a record store, version 1: the magic {@code KYC4JIDN}, the format version,
 * the face and background dimensions, the record count, the records oldest first (see
 * {@link SnapshotRecord}), the face index content ({@link FaceIndex#writeTo}) after its length in
 * bytes, and a CRC32C of every byte before it. Reading builds a new store and verifies everything
 * before returning it; the face index is parsed only once the checksum has vouched for its bytes.
 * Allocations grow with the bytes actually read, never with a count read from the stream. Stateless.
 */
public final class Snapshot {
  /** The format version this build writes and reads. */
  public static final int VERSION = 1;
  private static final byte[] MAGIC = "KYC4JIDN".getBytes(StandardCharsets.US_ASCII);

  private Snapshot() {}

  /** Writes a store; flushes but does not close {@code out}. The caller holds the store still. */
  public static void write(RecordStore store, OutputStream out) throws IOException {
    CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(out, 1 << 16), new CRC32C());
    DataOutputStream data = new DataOutputStream(checked);
    data.write(MAGIC);
    data.writeInt(VERSION);
    data.writeInt(store.config().faceDimension());
    data.writeInt(store.config().backgroundDimension());
    int[] slots = store.slotsByTime();
    data.writeInt(slots.length);
    for (int slot : slots) {
      SnapshotRecord.write(data, slot, store.record(slot), store.hasFace(slot), store.backgroundCodes(slot));
    }
    long faceBytes = faceBytes(store.faces());
    if (faceBytes > Integer.MAX_VALUE) {
      throw new IOException("the face index takes " + faceBytes + " bytes, more than a snapshot section holds");
    }
    data.writeInt((int) faceBytes);
    store.faces().writeTo(data);
    data.writeInt((int) checked.getChecksum().getValue());
    data.flush();
  }

  /**
   * Reads a snapshot into a new store of the given shape (the stream may be read ahead beyond the
   * snapshot's end).
   *
   * @throws IOException naming the problem if the snapshot is truncated, corrupt, of another format
   *     version or shape, or holds more than {@code config.maxRecords()} records
   */
  public static RecordStore read(InputStream in, StoreConfig config) throws IOException {
    CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(in, 1 << 16), new CRC32C());
    DataInputStream data = new DataInputStream(checked);
    try {
      header(data, config);
      int count = data.readInt();
      if (count < 0 || count > config.maxRecords()) {
        throw new Rejected("snapshot holds " + count + " records; allowed: 0.." + config.maxRecords()
            + " (this network's maxRecords)");
      }
      List<SnapshotRecord> records = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        records.add(SnapshotRecord.read(data, config.backgroundDimension(), i));
      }
      byte[] faceSection = faceSection(data);
      int computed = (int) checked.getChecksum().getValue();
      int stored = data.readInt();
      if (computed != stored) {
        throw new Rejected("snapshot checksum mismatch: stored " + Integer.toHexString(stored) + ", computed "
            + Integer.toHexString(computed) + "; the snapshot is corrupt");
      }
      return build(config, records, faces(faceSection));
    } catch (EOFException e) {
      throw new IOException("snapshot is truncated: the stream ended before the checksum", e);
    } catch (Rejected e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new IOException("snapshot is corrupt: " + e, e);
    }
  }

  /** Returns the face index section, read as far as the stream goes (a corrupt length allocates nothing more). */
  private static byte[] faceSection(DataInputStream data) throws IOException {
    int length = data.readInt();
    if (length < 0) {
      throw new Rejected("snapshot face index section has length " + length);
    }
    byte[] section = data.readNBytes(length);
    if (section.length < length) {
      throw new EOFException("face index section");
    }
    return section;
  }

  /** Parses the face index section, which the checksum has already vouched for. */
  private static FaceIndex faces(byte[] section) throws IOException {
    ByteArrayInputStream bytes = new ByteArrayInputStream(section);
    FaceIndex faces = FaceIndex.readFrom(new DataInputStream(bytes));
    if (bytes.available() > 0) {
      throw new Rejected("snapshot face index section has " + bytes.available() + " bytes after the index");
    }
    return faces;
  }

  private static long faceBytes(FaceIndex faces) throws IOException {
    long[] count = new long[1];
    OutputStream counter = new OutputStream() {
      @Override
      public void write(int b) {
        count[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        count[0] += len;
      }
    };
    faces.writeTo(new DataOutputStream(counter));
    return count[0];
  }

  private static void header(DataInputStream data, StoreConfig config) throws IOException {
    byte[] magic = new byte[MAGIC.length];
    data.readFully(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new Rejected("not an identity network snapshot: the magic is "
          + new String(magic, StandardCharsets.ISO_8859_1) + ", expected " + new String(MAGIC, StandardCharsets.US_ASCII));
    }
    int version = data.readInt();
    if (version != VERSION) {
      throw new Rejected("snapshot format version " + version + " is not supported; this build reads version "
          + VERSION);
    }
    int faceDimension = data.readInt();
    int backgroundDimension = data.readInt();
    if (faceDimension != config.faceDimension() || backgroundDimension != config.backgroundDimension()) {
      throw new Rejected("snapshot holds faces of " + faceDimension + " and backgrounds of " + backgroundDimension
          + " values; this network stores " + config.faceDimension() + " and " + config.backgroundDimension());
    }
  }

  private static RecordStore build(StoreConfig config, List<SnapshotRecord> records, FaceIndex faces)
      throws IOException {
    if (faces.dimension() != config.faceDimension()) {
      throw new Rejected("snapshot face index has dimension " + faces.dimension() + "; this network stores "
          + config.faceDimension());
    }
    RecordStore store = new RecordStore(config, faces);
    int withFace = 0;
    for (SnapshotRecord r : records) {
      store.restore(r.slot(), r.record(), r.hasFace(), r.background());
      if (r.hasFace()) {
        withFace++;
        if (faces.vector(r.slot()) == null || faces.epochSecond(r.slot()) != r.record().time().getEpochSecond()) {
          throw new Rejected("snapshot record " + r.record().transactionId() + " has no face at slot " + r.slot()
              + " or one of another time in the face index");
        }
      }
    }
    if (withFace != faces.size()) {
      throw new Rejected("snapshot face index holds " + faces.size() + " faces; its records name " + withFace);
    }
    store.finishRestore();
    return store;
  }

  /** A problem this class found and named itself. */
  private static final class Rejected extends IOException {
    Rejected(String message) {
      super(message);
    }
  }
}
