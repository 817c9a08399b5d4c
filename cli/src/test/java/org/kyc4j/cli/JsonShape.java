package org.kyc4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a JSON document, one line per distinct {@code path: kind}, in first-seen order: an
 * object is written with its keys in order ({@code $.risk: {evaluated, hits}}), array elements
 * share the path {@code []}, scalars are {@code string}, {@code number}, {@code boolean} or
 * {@code null}. Objects whose keys are data (evidence, per-detector timings) are named maps and
 * written {@code {*}}. Values are left out, so timings and scores may change; structure may not.
 */
final class JsonShape {
  /** The tests' strict reader: duplicate keys and trailing text are errors. */
  static final JsonMapper STRICT = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final Set<String> maps;
  private final Set<String> lines = new LinkedHashSet<>();

  private JsonShape(Set<String> maps) {
    this.maps = maps;
  }

  /** Reads a JSON object strictly: objects become ordered maps, numbers Integer, Long or Double. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String json) throws JsonProcessingException {
    return STRICT.readValue(json, Map.class);
  }

  /** Returns the shape of {@code json}, one line each, with a final newline. */
  static String of(String json, Set<String> maps) throws JsonProcessingException {
    JsonShape shape = new JsonShape(maps);
    shape.walk(STRICT.readTree(json), "$");
    return String.join("\n", shape.lines) + "\n";
  }

  private void walk(JsonNode node, String path) {
    if (node.isObject() && maps.contains(path)) {
      lines.add(path + ": {*}");
      node.forEach(value -> walk(value, path + ".*"));
    } else if (node.isObject()) {
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      lines.add(path + ": {" + String.join(", ", keys) + "}");
      keys.forEach(key -> walk(node.get(key), path + "." + key));
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        lines.add(path + ": []");
      }
      node.forEach(element -> walk(element, path + "[]"));
    } else {
      lines.add(path + ": " + (node.isTextual() ? "string" : node.isNumber() ? "number"
          : node.isBoolean() ? "boolean" : node.isNull() ? "null" : "unexpected " + node.getNodeType()));
    }
  }
}
