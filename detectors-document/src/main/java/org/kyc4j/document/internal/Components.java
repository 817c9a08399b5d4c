package org.kyc4j.document.internal;

/**
 * The 4-connected components of a binary mask, labelled 1..count in scan order, with their area
 * and whether they touch the border. Immutable after labelling; not part of the API.
 */
final class Components {
  private final int[] labels;
  private final int count;
  private final int[] area;
  private final boolean[] border;

  private Components(int[] labels, int count, int[] area, boolean[] border) {
    this.labels = labels;
    this.count = count;
    this.area = area;
    this.border = border;
  }

  /** Labels the true pixels of {@code mask} ({@code w x h}, row-major). */
  static Components label(boolean[] mask, int w, int h) {
    int[] labels = new int[w * h];
    int[] stack = new int[w * h];
    IntList areas = new IntList();
    IntList borders = new IntList();
    int count = 0;
    for (int start = 0; start < mask.length; start++) {
      if (mask[start] && labels[start] == 0) {
        count++;
        long filled = flood(mask, labels, stack, start, count, w, h);
        areas.add((int) (filled >> 1));
        borders.add((int) (filled & 1));
      }
    }
    boolean[] border = new boolean[count + 1];
    int[] area = new int[count + 1];
    for (int c = 1; c <= count; c++) {
      area[c] = areas.get(c - 1);
      border[c] = borders.get(c - 1) == 1;
    }
    return new Components(labels, count, area, border);
  }

  /**
   * Labels the component of {@code start}; returns its area shifted left by one, with the lowest
   * bit set when it touches the border.
   */
  private static long flood(boolean[] mask, int[] labels, int[] stack, int start, int label, int w, int h) {
    long size = 0;
    boolean touches = false;
    int top = 0;
    stack[top++] = start;
    labels[start] = label;
    while (top > 0) {
      int i = stack[--top];
      size++;
      int x = i % w;
      int y = i / w;
      touches |= x == 0 || y == 0 || x == w - 1 || y == h - 1;
      top = push(mask, labels, stack, top, x > 0 ? i - 1 : -1, label);
      top = push(mask, labels, stack, top, x < w - 1 ? i + 1 : -1, label);
      top = push(mask, labels, stack, top, y > 0 ? i - w : -1, label);
      top = push(mask, labels, stack, top, y < h - 1 ? i + w : -1, label);
    }
    return size << 1 | (touches ? 1 : 0);
  }

  private static int push(boolean[] mask, int[] labels, int[] stack, int top, int j, int label) {
    if (j >= 0 && mask[j] && labels[j] == 0) {
      labels[j] = label;
      stack[top++] = j;
    }
    return top;
  }

  int count() {
    return count;
  }

  int labelAt(int index) {
    return labels[index];
  }

  int area(int label) {
    return area[label];
  }

  boolean touchesBorder(int label) {
    return border[label];
  }

  /** Returns, per label (index 0 unused), the largest of {@code values} over the component's pixels. */
  int[] maxPerLabel(int[] values) {
    int[] max = new int[count + 1];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] > 0) {
        max[labels[i]] = Math.max(max[labels[i]], values[i]);
      }
    }
    return max;
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] items = new int[16];
    private int size;

    void add(int value) {
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, size * 2);
      }
      items[size++] = value;
    }

    int get(int index) {
      return items[index];
    }
  }
}
