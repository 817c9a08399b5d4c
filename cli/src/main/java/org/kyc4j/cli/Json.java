package org.kyc4j.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * A small JSON writer. Values are {@code null}, {@link CharSequence}, {@link Boolean}, {@link Number}
 * (finite), {@link Enum} (written as its name), {@code Map<String, ?>} (in the map's iteration order)
 * and {@link Collection}. Strings are escaped per RFC 8259; lone surrogates and U+2028/U+2029 are
 * written as {@code \}{@code uXXXX} so the output is valid UTF-8 and safe to embed. Stateless.
 */
final class Json {
  private Json() {}

  /** Returns {@code value} as JSON with two-space indentation, without a trailing newline. */
  static String pretty(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0, true);
    return out.toString();
  }

  /** Returns {@code value} as compact JSON. */
  static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0, false);
    return out.toString();
  }

  /** Returns {@code text} as a quoted, escaped JSON string. */
  static String quote(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    writeString(text, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out, int depth, boolean pretty) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof CharSequence text) {
      writeString(text, out);
    } else if (value instanceof Boolean flag) {
      out.append(flag.booleanValue());
    } else if (value instanceof Number number) {
      out.append(number(number));
    } else if (value instanceof Enum<?> constant) {
      writeString(constant.name(), out);
    } else if (value instanceof Map<?, ?> map) {
      writeObject(map, out, depth, pretty);
    } else if (value instanceof Collection<?> items) {
      writeArray(items, out, depth, pretty);
    } else {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON; allowed: "
          + "null, strings, booleans, finite numbers, enums, maps with string keys, collections");
    }
  }

  private static String number(Number number) {
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("JSON has no number for " + d);
      }
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
    if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
        || number instanceof BigInteger || number instanceof BigDecimal) {
      return number.toString();
    }
    throw new IllegalArgumentException("cannot write a " + number.getClass().getName() + " as a JSON number");
  }

  private static void writeObject(Map<?, ?> map, StringBuilder out, int depth, boolean pretty) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException("JSON object keys are strings, got " + entry.getKey());
      }
      newline(out, depth + 1, pretty);
      writeString(key, out);
      out.append(pretty ? ": " : ":");
      write(entry.getValue(), out, depth + 1, pretty);
      out.append(entries.hasNext() ? "," : "");
    }
    newline(out, depth, pretty);
    out.append('}');
  }

  private static void writeArray(Collection<?> items, StringBuilder out, int depth, boolean pretty) {
    if (items.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    Iterator<?> it = items.iterator();
    while (it.hasNext()) {
      newline(out, depth + 1, pretty);
      write(it.next(), out, depth + 1, pretty);
      out.append(it.hasNext() ? "," : "");
    }
    newline(out, depth, pretty);
    out.append(']');
  }

  private static void newline(StringBuilder out, int depth, boolean pretty) {
    if (pretty) {
      out.append('\n').append("  ".repeat(depth));
    }
  }

  private static void writeString(CharSequence text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || isLoneSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean isLoneSurrogate(CharSequence text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
