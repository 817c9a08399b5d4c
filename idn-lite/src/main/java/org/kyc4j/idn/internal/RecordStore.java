package org.kyc4j.idn.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.kyc4j.spi.IdentityRecord;

/**
 * The records of an identity network in int-keyed columns: strings interned in a {@link StringPool},
 * secondary indexes (ID number, user id, person) as {@link SlotLists}, times in a {@link TimeOrder},
 * faces in a {@link FaceIndex} and backgrounds in {@link Backgrounds}. Freed slots are reused. Keeps
 * the newest {@code maxRecords} records. Not thread-safe: the caller serialises writes; reads may
 * run concurrently while no write runs.
 */
public final class RecordStore {
  private final StoreConfig config;
  private final Columns columns = new Columns();
  private final StringPool pool = new StringPool();
  private final SlotLists byIdNumber = new SlotLists();
  private final SlotLists byUser = new SlotLists();
  private final SlotLists byPerson = new SlotLists();
  private final TimeOrder times = new TimeOrder();
  private final FaceIndex faces;
  private final Backgrounds backgrounds;
  private final Map<String, Integer> slots = new HashMap<>();
  private int[] free = new int[16];
  private int freeCount;
  private int nextSlot;

  /** Creates an empty store over a face index (empty too, unless {@link #restore} fills the store). */
  public RecordStore(StoreConfig config, FaceIndex faces) {
    if (faces.dimension() != config.faceDimension()) {
      throw new IllegalArgumentException("face index of dimension " + faces.dimension() + " for a store of "
          + config.faceDimension());
    }
    this.config = config;
    this.faces = faces;
    this.backgrounds = new Backgrounds(config.backgroundDimension(), config.backgroundThreshold());
  }

  /** The outcome of {@link #add}. */
  public enum Added { ADDED, REPLACED, ADDED_EVICTING_OLDEST, DROPPED_AS_OLDEST }

  /**
   * Adds a record (replacing one with the same transaction id). When the store is full, the oldest
   * record goes, which is the new one itself if it is older than every stored record.
   *
   * @throws IllegalArgumentException if a field is out of bounds; nothing changes then
   */
  public Added add(IdentityRecord record) {
    float[] face = RecordChecks.unitFace(record.faceEmbedding(), config.faceDimension());
    byte[] background = record.backgroundSignature() == null ? null : backgrounds.encode(record.backgroundSignature());
    RecordChecks.checkStrings(record);
    boolean replaced = remove(record.transactionId());
    Added added = replaced ? Added.REPLACED : Added.ADDED;
    if (slots.size() >= config.maxRecords()) {
      int oldest = times.oldest();
      if (times.compare(oldest, record.time()) > 0) {
        return Added.DROPPED_AS_OLDEST;
      }
      removeSlot(oldest);
      added = Added.ADDED_EVICTING_OLDEST;
    }
    int slot = freeCount > 0 ? free[--freeCount] : nextSlot++;
    if (face != null) {
      try {
        faces.add(slot, face, record.time().getEpochSecond());
      } catch (RuntimeException e) {
        pushFree(slot);
        throw e;
      }
    }
    place(slot, record, face != null, background);
    return added;
  }

  /**
   * Puts a snapshot's record at its slot; its face (if {@code hasFace}) must already be in the face
   * index. Call {@link #finishRestore} after the last one.
   */
  public void restore(int slot, IdentityRecord record, boolean hasFace, byte[] background) {
    if (slot < 0 || slot >= config.maxRecords() || slot < columns.capacity() && columns.transaction[slot] != null) {
      throw new IllegalArgumentException("slot " + slot + " is out of range or taken");
    }
    if (slots.containsKey(record.transactionId()) || slots.size() >= config.maxRecords()) {
      throw new IllegalArgumentException("transaction " + record.transactionId() + " is repeated or beyond maxRecords");
    }
    RecordChecks.checkStrings(record);
    place(slot, record, hasFace, background);
    nextSlot = Math.max(nextSlot, slot + 1);
  }

  /** Rebuilds the free list after {@link #restore} calls. */
  public void finishRestore() {
    freeCount = 0;
    for (int slot = nextSlot - 1; slot >= 0; slot--) {
      if (slot >= columns.capacity() || columns.transaction[slot] == null) {
        pushFree(slot);
      }
    }
  }

  private void place(int slot, IdentityRecord r, boolean hasFace, byte[] background) {
    columns.ensure(slot);
    columns.transaction[slot] = r.transactionId();
    columns.user[slot] = pool.intern(r.userId());
    columns.documentType[slot] = pool.intern(r.documentTypeCode());
    columns.idNumber[slot] = pool.intern(r.idNumber());
    columns.idKey[slot] = pool.intern(IdentityKeys.idNumber(r.idNumber()));
    columns.name[slot] = pool.intern(r.name());
    columns.personKey[slot] = pool.intern(IdentityKeys.person(r.name(), r.dateOfBirth()));
    columns.device[slot] = pool.intern(r.deviceId());
    columns.dateOfBirth[slot] = r.dateOfBirth() == null ? Columns.NO_DATE : r.dateOfBirth().toEpochDay();
    columns.face[slot] = hasFace;
    index(byIdNumber, columns.idKey[slot], slot);
    index(byUser, columns.user[slot], slot);
    index(byPerson, columns.personKey[slot], slot);
    times.add(slot, r.time());
    if (background != null) {
      backgrounds.add(slot, background);
    }
    slots.put(r.transactionId(), slot);
  }

  private static void index(SlotLists lists, int key, int slot) {
    if (key != StringPool.NONE) {
      lists.add(key, slot);
    }
  }

  /** Removes a transaction's record from every structure; returns whether it existed. */
  public boolean remove(String transactionId) {
    Integer slot = slots.get(transactionId);
    if (slot == null) {
      return false;
    }
    removeSlot(slot);
    return true;
  }

  /** Removes every record of a user; returns how many. */
  public int removeUser(String userId) {
    int[] owned = byUser.slots(pool.find(userId));
    for (int slot : owned) {
      removeSlot(slot);
    }
    return owned.length;
  }

  /** Removes every record older than {@code cutoff}; returns how many. */
  public int expireBefore(Instant cutoff) {
    int removed = 0;
    for (int oldest = times.oldest(); oldest >= 0 && times.compare(oldest, cutoff) < 0; oldest = times.oldest()) {
      removeSlot(oldest);
      removed++;
    }
    return removed;
  }

  private void removeSlot(int slot) {
    unindex(byIdNumber, columns.idKey[slot], slot);
    unindex(byUser, columns.user[slot], slot);
    unindex(byPerson, columns.personKey[slot], slot);
    for (int id : columns.pooled(slot)) {
      pool.release(id);
    }
    if (columns.face[slot] && !faces.remove(slot)) {
      throw new IllegalStateException("slot " + slot + " had no face in the face index");
    }
    backgrounds.remove(slot);
    times.remove(slot);
    slots.remove(columns.transaction[slot]);
    columns.transaction[slot] = null;
    columns.face[slot] = false;
    pushFree(slot);
  }

  private static void unindex(SlotLists lists, int key, int slot) {
    if (key != StringPool.NONE) {
      lists.remove(key, slot);
    }
  }

  private void pushFree(int slot) {
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = slot;
  }

  /** Returns the record of an occupied slot, with its stored (unit, possibly quantised) vectors. */
  public IdentityRecord record(int slot) {
    long dob = columns.dateOfBirth[slot];
    return new IdentityRecord(columns.transaction[slot], pool.get(columns.user[slot]),
        pool.get(columns.documentType[slot]), pool.get(columns.idNumber[slot]), pool.get(columns.name[slot]),
        dob == Columns.NO_DATE ? null : LocalDate.ofEpochDay(dob), columns.face[slot] ? faces.vector(slot) : null,
        backgrounds.signature(slot), pool.get(columns.device[slot]), times.time(slot));
  }

  /** Returns the slot of a transaction, or -1. */
  public int slotOf(String transactionId) {
    Integer slot = slots.get(transactionId);
    return slot == null ? -1 : slot;
  }

  /** Returns the occupied slots, oldest first (ties by slot). */
  public int[] slotsByTime() {
    return slots.values().stream().sorted(times::compareSlots).mapToInt(Integer::intValue).toArray();
  }

  public StoreConfig config() {
    return config;
  }

  /** Returns the number of records. */
  public int size() {
    return slots.size();
  }

  /** Returns the number of distinct strings interned (field values and normalised keys). */
  public int internedStrings() {
    return pool.size();
  }

  /** Returns the number of faces in the face index. */
  public int faceCount() {
    return faces.size();
  }

  /** Returns the number of stored background signatures. */
  public int backgroundCount() {
    return backgrounds.size();
  }

  /** Returns the number of entries of the ID number, user and person indexes together. */
  public long indexEntries() {
    return byIdNumber.entries() + byUser.entries() + byPerson.entries();
  }

  /** Returns the face index, for writing a snapshot; callers must not change it. */
  public FaceIndex faces() {
    return faces;
  }

  /** Returns the quantised background of a slot, or null. */
  public byte[] backgroundCodes(int slot) {
    return backgrounds.codes(slot);
  }

  /** Returns whether a slot has a face. */
  public boolean hasFace(int slot) {
    return columns.face[slot];
  }

  StringPool pool() {
    return pool;
  }

  Columns columns() {
    return columns;
  }

  SlotLists byIdNumber() {
    return byIdNumber;
  }

  SlotLists byUser() {
    return byUser;
  }

  SlotLists byPerson() {
    return byPerson;
  }

  TimeOrder times() {
    return times;
  }

  Backgrounds backgrounds() {
    return backgrounds;
  }
}
