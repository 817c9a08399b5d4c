package org.kyc4j.models.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict, bounded RFC 8259 JSON parser. Objects become unmodifiable insertion-ordered maps,
 * arrays unmodifiable lists, numbers {@link Long} (integer literals that fit) or {@link Double},
 * {@code null} the {@link #NULL} marker. Duplicate keys, trailing content, control characters in
 * strings and numbers out of double range are rejected; errors name the character offset. Stateless.
 */
final class Json {
  /** Marker for a JSON {@code null} (maps and lists here never hold Java null). */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private final String text;
  private final int maxDepth;
  private int pos;

  private Json(String text, int maxDepth) {
    this.text = text;
    this.maxDepth = maxDepth;
  }

  /** Parses UTF-8 bytes of at most {@code maxBytes} bytes, nesting at most {@code maxDepth}. */
  static Object parse(byte[] utf8, int maxBytes, int maxDepth) {
    if (utf8.length > maxBytes) {
      throw new IllegalArgumentException(
          "JSON is " + utf8.length + " bytes; at most " + maxBytes + " allowed");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(utf8)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("JSON is not valid UTF-8: " + e.getMessage(), e);
    }
    return parse(text, maxDepth);
  }

  /** Parses a complete JSON text nesting at most {@code maxDepth} arrays and objects. */
  static Object parse(String text, int maxDepth) {
    Json parser = new Json(text, maxDepth);
    parser.skipSpace();
    Object value = parser.value(0);
    parser.skipSpace();
    if (parser.pos != text.length()) {
      throw parser.error("unexpected content after the JSON value");
    }
    return value;
  }

  private Object value(int depth) {
    if (pos >= text.length()) {
      throw error("unexpected end of input, expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth + 1);
      case '[':
        return array(depth + 1);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + printable(c) + "', expected a value");
    }
  }

  private Map<String, Object> object(int depth) {
    checkDepth(depth);
    pos++;
    Map<String, Object> map = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return Collections.unmodifiableMap(map);
    }
    while (true) {
      skipSpace();
      int keyAt = pos;
      if (peek() != '"') {
        throw error("expected a string key");
      }
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      if (map.put(key, value(depth)) != null) {
        throw errorAt(keyAt, "duplicate key \"" + key + "\"");
      }
      skipSpace();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect('}');
      return Collections.unmodifiableMap(map);
    }
  }

  private List<Object> array(int depth) {
    checkDepth(depth);
    pos++;
    List<Object> list = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return Collections.unmodifiableList(list);
    }
    while (true) {
      skipSpace();
      list.add(value(depth));
      skipSpace();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect(']');
      return Collections.unmodifiableList(list);
    }
  }

  private String string() {
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      } else if (c == '\\') {
        out.append(escape());
      } else if (c < 0x20) {
        throw errorAt(pos - 1, "control character U+" + hex4(c) + " in a string");
      } else {
        out.append(c);
      }
    }
  }

  private char escape() {
    if (pos >= text.length()) {
      throw error("unterminated escape");
    }
    char c = text.charAt(pos++);
    switch (c) {
      case '"': return '"';
      case '\\': return '\\';
      case '/': return '/';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'u': return unicode();
      default: throw errorAt(pos - 1, "invalid escape '\\" + printable(c) + "'");
    }
  }

  private char unicode() {
    if (pos + 4 > text.length()) {
      throw error("truncated \\u escape");
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(pos + i), 16);
      if (digit < 0) {
        throw errorAt(pos + i, "invalid hex digit in \\u escape");
      }
      code = code * 16 + digit;
    }
    pos += 4;
    return (char) code;
  }

  private Object number() {
    int start = pos;
    boolean integer = true;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else {
      digits("a digit");
    }
    if (peek() == '.') {
      pos++;
      integer = false;
      digits("a digit after the decimal point");
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      integer = false;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      digits("a digit in the exponent");
    }
    String literal = text.substring(start, pos);
    if (integer && pos - start <= 18) {
      return Long.parseLong(literal);
    }
    double value = Double.parseDouble(literal);
    if (Double.isInfinite(value)) {
      throw errorAt(start, "number " + literal + " is out of double range");
    }
    return value;
  }

  private void digits(String what) {
    int start = pos;
    while (peek() >= '0' && peek() <= '9') {
      pos++;
    }
    if (pos == start) {
      throw error("expected " + what);
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("invalid literal, expected '" + word + "'");
    }
    pos += word.length();
    return value;
  }

  private void checkDepth(int depth) {
    if (depth > maxDepth) {
      throw error("nesting deeper than " + maxDepth + " levels");
    }
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error(pos >= text.length() ? "unexpected end of input, expected '" + c + "'"
          : "expected '" + c + "' but found '" + printable(peek()) + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private IllegalArgumentException error(String message) {
    return errorAt(pos, message);
  }

  private static IllegalArgumentException errorAt(int offset, String message) {
    return new IllegalArgumentException("malformed JSON at offset " + offset + ": " + message);
  }

  private static String printable(char c) {
    return c < 0x20 || c > 0x7e ? "U+" + hex4(c) : String.valueOf(c);
  }

  private static String hex4(char c) {
    return String.format("%04X", (int) c);
  }
}
