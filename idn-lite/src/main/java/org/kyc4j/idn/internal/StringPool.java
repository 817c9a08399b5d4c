package org.kyc4j.idn.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Interns strings into small int ids with reference counts: records keep ids instead of strings,
 * and a string leaves the pool when its last reference is released. Ids of released strings are
 * reused. Not thread-safe; concurrent {@link #find} and {@link #get} calls are safe while no
 * write runs.
 */
public final class StringPool {
  /** The id that stands for a missing (null) value. */
  public static final int NONE = -1;
  /** The id {@link #find} returns for a string the pool does not hold. */
  public static final int ABSENT = -2;

  private final Map<String, Integer> ids = new HashMap<>();
  private String[] strings = new String[16];
  private int[] references = new int[16];
  private int[] free = new int[16];
  private int freeCount;
  private int next;

  /** Returns the id of {@code value}, adding it or counting one more reference; NONE for null. */
  public int intern(String value) {
    if (value == null) {
      return NONE;
    }
    Integer known = ids.get(value);
    if (known != null) {
      references[known]++;
      return known;
    }
    int id = freeCount > 0 ? free[--freeCount] : next++;
    if (id >= strings.length) {
      strings = Arrays.copyOf(strings, strings.length * 2);
      references = Arrays.copyOf(references, references.length * 2);
    }
    strings[id] = value;
    references[id] = 1;
    ids.put(value, id);
    return id;
  }

  /** Drops one reference of an id; the string leaves the pool with its last reference. NONE is ignored. */
  public void release(int id) {
    if (id == NONE) {
      return;
    }
    if (id < 0 || id >= next || strings[id] == null) {
      throw new IllegalStateException("string id " + id + " is not in the pool");
    }
    if (--references[id] == 0) {
      ids.remove(strings[id]);
      strings[id] = null;
      if (freeCount == free.length) {
        free = Arrays.copyOf(free, free.length * 2);
      }
      free[freeCount++] = id;
    }
  }

  /** Returns the id of a held string without counting a reference: NONE for null, ABSENT if not held. */
  public int find(String value) {
    if (value == null) {
      return NONE;
    }
    Integer known = ids.get(value);
    return known == null ? ABSENT : known;
  }

  /** Returns the string of an id, or null for NONE. */
  public String get(int id) {
    return id == NONE ? null : strings[id];
  }

  /** Returns the number of distinct strings held. */
  public int size() {
    return ids.size();
  }

  /** Returns the number of references an id holds (0 when it is not held). */
  public int references(int id) {
    return id >= 0 && id < next ? references[id] : 0;
  }
}
