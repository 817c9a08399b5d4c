package org.kyc4j.models.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Typed reads from parsed {@link Json} values; every error names the JSON path of the bad value
 * and what was expected. Stateless.
 */
final class JsonReader {
  private JsonReader() {}

  /** The value as an object, or an error naming {@code path}. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value, String path) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw bad(path, value, "an object");
  }

  /** The value as an array, or an error naming {@code path}. */
  @SuppressWarnings("unchecked")
  static List<Object> array(Object value, String path) {
    if (value instanceof List<?> list) {
      return (List<Object>) list;
    }
    throw bad(path, value, "an array");
  }

  /** The value as a string, or an error naming {@code path}. */
  static String string(Object value, String path) {
    if (value instanceof String s) {
      return s;
    }
    throw bad(path, value, "a string");
  }

  /** A member that must be present. */
  static Object required(Map<String, Object> object, String key, String path) {
    Object value = object.get(key);
    if (value == null) {
      throw new IllegalArgumentException(path + "." + key + ": missing, it is required");
    }
    return value;
  }

  /** An integer given as a JSON integer or, as protobuf JSON writes int64, a decimal string. */
  static long integer(Object value, String path) {
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof String s) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw bad(path, value, "an integer");
      }
    }
    throw bad(path, value, "an integer");
  }

  /** A number, also as the protobuf JSON strings "NaN", "Infinity" and "-Infinity". */
  static double number(Object value, String path) {
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof Double d) {
      return d;
    }
    if (value instanceof String s) {
      switch (s) {
        case "NaN": return Double.NaN;
        case "Infinity": return Double.POSITIVE_INFINITY;
        case "-Infinity": return Double.NEGATIVE_INFINITY;
        default: break;
      }
    }
    throw bad(path, value, "a number");
  }

  /** A base64 string (standard alphabet) decoded as UTF-8 text. */
  static String base64Text(Object value, String path) {
    String encoded = string(value, path);
    try {
      return new String(Base64.getDecoder().decode(encoded), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          path + ": \"" + abbreviate(encoded) + "\" is not valid base64 (" + e.getMessage() + ")", e);
    }
  }

  /** An array of integers. */
  static List<Long> integers(Object value, String path) {
    List<Object> items = array(value, path);
    List<Long> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(integer(items.get(i), path + "[" + i + "]"));
    }
    return List.copyOf(out);
  }

  /** An array of strings. */
  static List<String> strings(Object value, String path) {
    List<Object> items = array(value, path);
    List<String> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(string(items.get(i), path + "[" + i + "]"));
    }
    return List.copyOf(out);
  }

  static IllegalArgumentException bad(String path, Object value, String expected) {
    String shown = value instanceof String s ? "\"" + abbreviate(s) + "\""
        : value instanceof Map ? "an object" : value instanceof List ? "an array"
        : String.valueOf(value);
    return new IllegalArgumentException(path + ": expected " + expected + " but found " + shown);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
