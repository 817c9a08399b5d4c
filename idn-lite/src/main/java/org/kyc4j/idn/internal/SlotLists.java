package org.kyc4j.idn.internal;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A secondary index from a small int key (a {@link StringPool} id) to the record slots that carry
 * it, each list in insertion order. Not thread-safe; concurrent reads are safe while no write runs.
 */
public final class SlotLists {
  private static final int[] EMPTY = new int[0];
  private int[][] lists = new int[16][];
  private int[] sizes = new int[16];
  private long entries;

  /** Adds a slot under a key (>= 0). */
  public void add(int key, int slot) {
    if (key >= lists.length) {
      int capacity = Math.max(key + 1, lists.length * 2);
      lists = Arrays.copyOf(lists, capacity);
      sizes = Arrays.copyOf(sizes, capacity);
    }
    int[] list = lists[key];
    if (list == null) {
      list = new int[2];
    } else if (sizes[key] == list.length) {
      list = Arrays.copyOf(list, list.length * 2);
    }
    list[sizes[key]++] = slot;
    lists[key] = list;
    entries++;
  }

  /** Removes a slot from a key's list; throws if it is not there. */
  public void remove(int key, int slot) {
    int[] list = key >= 0 && key < lists.length ? lists[key] : null;
    int size = list == null ? 0 : sizes[key];
    for (int i = 0; i < size; i++) {
      if (list[i] == slot) {
        System.arraycopy(list, i + 1, list, i, size - i - 1);
        sizes[key] = --size;
        if (size == 0) {
          lists[key] = null;
        } else if (size * 4 < list.length && list.length > 4) {
          lists[key] = Arrays.copyOf(list, size * 2);
        }
        entries--;
        return;
      }
    }
    throw new IllegalStateException("slot " + slot + " is not listed under key " + key);
  }

  /** Calls {@code action} for each slot under a key (none for a negative key), in insertion order. */
  public void forEach(int key, IntConsumer action) {
    if (key < 0 || key >= lists.length || lists[key] == null) {
      return;
    }
    int[] list = lists[key];
    for (int i = 0, size = sizes[key]; i < size; i++) {
      action.accept(list[i]);
    }
  }

  /** Returns a copy of the slots under a key. */
  public int[] slots(int key) {
    return key < 0 || key >= lists.length || lists[key] == null ? EMPTY : Arrays.copyOf(lists[key], sizes[key]);
  }

  /** Returns the number of (key, slot) entries. */
  public long entries() {
    return entries;
  }
}
