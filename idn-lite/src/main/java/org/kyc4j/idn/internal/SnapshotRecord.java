package org.kyc4j.idn.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.kyc4j.spi.IdentityRecord;

/**
 * One record of a snapshot: a flag byte (bits 0-7: user id, document type, ID number, name, date
 * of birth, device id, face, background present), the slot, the transaction id, the present
 * strings in that order (modified UTF-8), the date of birth as an epoch day, the time as epoch
 * second and nano, and the background's bytes. The face itself lives in the face index.
 *
 * @param slot the record's slot, which the face index content refers to
 * @param record the record without its face
 * @param hasFace whether the face index holds a face for the slot
 * @param background the quantised background, or null
 */
record SnapshotRecord(int slot, IdentityRecord record, boolean hasFace, byte[] background) {
  private static final int FACE = 1 << 6;
  private static final int BACKGROUND = 1 << 7;

  static void write(DataOutput out, int slot, IdentityRecord r, boolean hasFace, byte[] background)
      throws IOException {
    String[] strings = {r.userId(), r.documentTypeCode(), r.idNumber(), r.name()};
    int flags = 0;
    for (int i = 0; i < strings.length; i++) {
      flags |= strings[i] == null ? 0 : 1 << i;
    }
    flags |= (r.dateOfBirth() == null ? 0 : 1 << 4) | (r.deviceId() == null ? 0 : 1 << 5);
    flags |= (hasFace ? FACE : 0) | (background == null ? 0 : BACKGROUND);
    out.writeByte(flags);
    out.writeInt(slot);
    out.writeUTF(r.transactionId());
    for (String s : strings) {
      if (s != null) {
        out.writeUTF(s);
      }
    }
    if (r.deviceId() != null) {
      out.writeUTF(r.deviceId());
    }
    if (r.dateOfBirth() != null) {
      out.writeLong(r.dateOfBirth().toEpochDay());
    }
    out.writeLong(r.time().getEpochSecond());
    out.writeInt(r.time().getNano());
    if (background != null) {
      out.write(background);
    }
  }

  static SnapshotRecord read(DataInput in, int backgroundDimension, int index) throws IOException {
    int flags = in.readUnsignedByte();
    int slot = in.readInt();
    String transactionId = in.readUTF();
    String[] strings = new String[4];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = (flags & 1 << i) == 0 ? null : in.readUTF();
    }
    String deviceId = (flags & 1 << 5) == 0 ? null : in.readUTF();
    LocalDate dateOfBirth = (flags & 1 << 4) == 0 ? null : LocalDate.ofEpochDay(in.readLong());
    long second = in.readLong();
    int nano = in.readInt();
    if (nano < 0 || nano > 999_999_999) {
      throw new IOException("snapshot record " + index + " has nano " + nano + "; allowed: 0..999999999");
    }
    byte[] background = null;
    if ((flags & BACKGROUND) != 0) {
      background = new byte[backgroundDimension];
      in.readFully(background);
      for (int i = 0; i < background.length; i++) {
        if ((background[i] & 0xFF) > 254) {
          throw new IOException("snapshot record " + index + " has background byte 255; allowed: 0..254");
        }
      }
    }
    IdentityRecord record = new IdentityRecord(transactionId, strings[0], strings[1], strings[2], strings[3],
        dateOfBirth, null, null, deviceId, Instant.ofEpochSecond(second, nano));
    return new SnapshotRecord(slot, record, (flags & FACE) != 0, background);
  }
}
