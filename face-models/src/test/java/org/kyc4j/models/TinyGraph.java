package org.kyc4j.models;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kyc4j.models.internal.TfjsModel;
import org.kyc4j.models.internal.TfjsWeights;

/** Builds small TF.js graph models by hand for the op translation tests. */
final class TinyGraph {
  private final List<String> nodes = new ArrayList<>();
  private final List<String> specs = new ArrayList<>();
  private final List<float[]> values = new ArrayList<>();

  /** A graph whose input "x" has shape [1, h, w, c]. */
  TinyGraph(int h, int w, int c) {
    nodes.add("{\"name\":\"x\",\"op\":\"Placeholder\",\"attr\":{\"shape\":{\"shape\":{\"dim\":"
        + "[{\"size\":\"-1\"},{\"size\":\"" + h + "\"},{\"size\":\"" + w + "\"},{\"size\":\"" + c
        + "\"}]}},\"dtype\":{\"type\":\"DT_FLOAT\"}}}");
  }

  /** Adds a constant (a weight of the manifest). */
  TinyGraph constant(String name, float[] data, int... shape) {
    nodes.add("{\"name\":\"" + name + "\",\"op\":\"Const\"}");
    specs.add("{\"name\":\"" + name + "\",\"shape\":" + json(shape) + ",\"dtype\":\"float32\"}");
    values.add(data);
    return this;
  }

  /** Adds a node; {@code attrs} is the JSON inside "attr" (may be empty). */
  TinyGraph node(String name, String op, String attrs, String... inputs) {
    String in = java.util.Arrays.stream(inputs).map(i -> "\"" + i + "\"")
        .collect(Collectors.joining(","));
    nodes.add("{\"name\":\"" + name + "\",\"op\":\"" + op + "\",\"input\":[" + in
        + "],\"attr\":{" + attrs + "}}");
    return this;
  }

  /** Loads the graph into {@code runtime}. */
  GraphModel load(TorchRuntime runtime) {
    String json = "{\"modelTopology\":{\"node\":[" + String.join(",", nodes) + "]},"
        + "\"weightsManifest\":[{\"paths\":[\"w.bin\"],\"weights\":[" + String.join(",", specs)
        + "]}]}";
    TfjsModel model = TfjsModel.parse(json.getBytes(StandardCharsets.UTF_8));
    int count = values.stream().mapToInt(v -> v.length).sum();
    ByteBuffer bytes = ByteBuffer.allocate(4 * count).order(ByteOrder.LITTLE_ENDIAN);
    int offset = 0;
    for (float[] v : values) {
      for (float f : v) {
        bytes.putFloat(offset, f);
        offset += 4;
      }
    }
    return GraphModel.load(runtime, "tiny", model, TfjsWeights.decode(model.weights(),
        bytes.array()));
  }

  /** A string attribute. */
  static String text(String key, String value) {
    return "\"" + key + "\":{\"s\":\"" + Base64.getEncoder().encodeToString(
        value.getBytes(StandardCharsets.UTF_8)) + "\"}";
  }

  /** An integer list attribute. */
  static String ints(String key, int... list) {
    return "\"" + key + "\":{\"list\":{\"i\":[" + IntStream.of(list).mapToObj(i -> "\"" + i + "\"")
        .collect(Collectors.joining(",")) + "]}}";
  }

  /** A string list attribute. */
  static String texts(String key, String... list) {
    return "\"" + key + "\":{\"list\":{\"s\":[" + java.util.Arrays.stream(list)
        .map(s -> "\"" + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8))
            + "\"").collect(Collectors.joining(",")) + "]}}";
  }

  /** Values 0, 1, 2, ... as floats. */
  static float[] iota(int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = i;
    }
    return v;
  }

  private static String json(int... shape) {
    return "[" + IntStream.of(shape).mapToObj(String::valueOf).collect(Collectors.joining(","))
        + "]";
  }
}
