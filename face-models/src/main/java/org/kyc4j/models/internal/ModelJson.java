package org.kyc4j.models.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The JSON of TensorFlow.js model files, parsed by Jackson into its tree model (RFC 8259 strict:
 * UTF-8 only, duplicate keys and trailing content refused, size and nesting bounded; an error names
 * the character offset), and typed reads of the tree whose errors name the JSON path of the bad
 * value and what was expected (Jackson's tree has no such paths). Stateless and thread-safe.
 */
final class ModelJson {
  /** Floats as BigDecimal, so a number beyond double range is reported, not read as infinity. */
  private static final ObjectReader READER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build().readerFor(JsonNode.class);

  private ModelJson() {}

  /** Parses UTF-8 bytes of at most {@code maxBytes} bytes, nesting at most {@code maxDepth}. */
  static JsonNode parse(byte[] utf8, int maxBytes, int maxDepth) {
    String text = decode(utf8, maxBytes);
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    try (JsonParser parser = factory.createParser(text)) {
      try {
        return READER.readValue(parser);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("malformed JSON at offset " + offset(e, parser) + ": "
            + e.getOriginalMessage(), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON from memory failed", e);
    }
  }

  /**
   * The text of at most {@code maxBytes} bytes of strict UTF-8, decoded by the JDK: Jackson would
   * also accept UTF-16 and UTF-32, and report byte offsets.
   */
  private static String decode(byte[] utf8, int maxBytes) {
    if (utf8.length > maxBytes) {
      throw new IllegalArgumentException(
          "JSON is " + utf8.length + " bytes; at most " + maxBytes + " allowed");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(utf8)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("JSON is not valid UTF-8: " + e.getMessage(), e);
    }
  }

  /** Where the error is; a constraint violation carries no location, the parser's token has it. */
  private static long offset(JsonProcessingException e, JsonParser parser) {
    JsonLocation[] candidates = {e.getLocation(), parser.currentTokenLocation(),
        parser.currentLocation()};
    for (JsonLocation location : candidates) {
      if (location != null && location.getCharOffset() >= 0) {
        return location.getCharOffset();
      }
    }
    return 0;
  }

  /** The node as an object, or an error naming {@code path}. */
  static JsonNode object(JsonNode node, String path) {
    if (node.isObject()) {
      return node;
    }
    throw bad(path, node, "an object");
  }

  /** The node as an array, or an error naming {@code path}. */
  static JsonNode array(JsonNode node, String path) {
    if (node.isArray()) {
      return node;
    }
    throw bad(path, node, "an array");
  }

  /** The node as a string, or an error naming {@code path}. */
  static String string(JsonNode node, String path) {
    if (node.isTextual()) {
      return node.textValue();
    }
    throw bad(path, node, "a string");
  }

  /** The node as {@code true} or {@code false}, or an error naming {@code path}. */
  static boolean bool(JsonNode node, String path) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    throw bad(path, node, "true or false");
  }

  /** A member that must be present (JSON {@code null} counts as present). */
  static JsonNode required(JsonNode object, String key, String path) {
    JsonNode value = object.get(key);
    if (value == null) {
      throw new IllegalArgumentException(path + "." + key + ": missing, it is required");
    }
    return value;
  }

  /** An integer given as a JSON integer or, as protobuf JSON writes int64, a decimal string. */
  static long integer(JsonNode node, String path) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isTextual()) {
      try {
        return Long.parseLong(node.textValue());
      } catch (NumberFormatException e) {
        throw bad(path, node, "an integer");
      }
    }
    throw bad(path, node, "an integer");
  }

  /** A finite number, or one of the protobuf JSON strings "NaN", "Infinity" and "-Infinity". */
  static double number(JsonNode node, String path) {
    if (node.isNumber()) {
      double value = node.doubleValue();
      if (Double.isInfinite(value)) {
        throw new IllegalArgumentException(path + ": number " + node.asText()
            + " is out of double range");
      }
      return value;
    }
    if (node.isTextual()) {
      switch (node.textValue()) {
        case "NaN": return Double.NaN;
        case "Infinity": return Double.POSITIVE_INFINITY;
        case "-Infinity": return Double.NEGATIVE_INFINITY;
        default: break;
      }
    }
    throw bad(path, node, "a number");
  }

  /** A base64 string (standard alphabet) decoded as UTF-8 text. */
  static String base64Text(JsonNode node, String path) {
    String encoded = string(node, path);
    try {
      return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          path + ": \"" + abbreviate(encoded) + "\" is not valid base64 (" + e.getMessage() + ")", e);
    }
  }

  /** Reads every item of an array with {@code item}, which gets the item and its path. */
  static <T> List<T> items(JsonNode node, String path, BiFunction<JsonNode, String, T> item) {
    JsonNode items = array(node, path);
    List<T> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(item.apply(items.get(i), path + "[" + i + "]"));
    }
    return List.copyOf(out);
  }

  static IllegalArgumentException bad(String path, JsonNode node, String expected) {
    String shown = node.isTextual() ? "\"" + abbreviate(node.textValue()) + "\""
        : node.isObject() ? "an object" : node.isArray() ? "an array" : node.toString();
    return new IllegalArgumentException(path + ": expected " + expected + " but found " + shown);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
