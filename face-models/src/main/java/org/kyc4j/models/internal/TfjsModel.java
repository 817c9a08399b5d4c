package org.kyc4j.models.internal;

import static org.kyc4j.models.internal.ModelJson.items;
import static org.kyc4j.models.internal.ModelJson.object;
import static org.kyc4j.models.internal.ModelJson.required;
import static org.kyc4j.models.internal.ModelJson.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed TensorFlow.js graph model ({@code model.json}): the graph nodes in file order, the
 * weights manifest and the tensor names of the signature's outputs (empty when the file has no
 * signature). Parsing is strict and bounded; every error names the offending JSON path or offset.
 * Immutable and thread-safe.
 */
public record TfjsModel(List<TfjsNode> nodes, List<TfjsWeightGroup> weightGroups,
    List<String> signatureOutputs) {
  /** Largest {@code model.json} accepted, in bytes. */
  public static final int MAX_JSON_BYTES = 32 << 20;
  /** Deepest nesting of arrays and objects accepted. */
  public static final int MAX_JSON_DEPTH = 32;

  /** Copies the lists; node names and weight names must each be unique. */
  public TfjsModel {
    nodes = List.copyOf(nodes);
    weightGroups = List.copyOf(weightGroups);
    signatureOutputs = List.copyOf(signatureOutputs);
    requireUnique(nodes.stream().map(TfjsNode::name).toList(), "node");
    requireUnique(weightGroups.stream().flatMap(g -> g.weights().stream())
        .map(TfjsWeightSpec::name).toList(), "weight");
  }

  /** A model without signature outputs. */
  public TfjsModel(List<TfjsNode> nodes, List<TfjsWeightGroup> weightGroups) {
    this(nodes, weightGroups, List.of());
  }

  /** Reads and parses a {@code model.json} stream (left open); at most {@link #MAX_JSON_BYTES}. */
  public static TfjsModel read(InputStream modelJson) throws IOException {
    byte[] bytes = modelJson.readNBytes(MAX_JSON_BYTES + 1);
    if (bytes.length > MAX_JSON_BYTES) {
      throw new IllegalArgumentException("model.json is over " + MAX_JSON_BYTES
          + " bytes; at most " + MAX_JSON_BYTES + " allowed");
    }
    return parse(bytes);
  }

  /** Reads and parses {@code model.json}; the file may be at most {@link #MAX_JSON_BYTES}. */
  public static TfjsModel read(Path modelJson) throws IOException {
    long size = Files.size(modelJson);
    if (size > MAX_JSON_BYTES) {
      throw new IllegalArgumentException(modelJson + " is " + size + " bytes; at most "
          + MAX_JSON_BYTES + " allowed");
    }
    return parse(Files.readAllBytes(modelJson));
  }

  /** Parses the UTF-8 bytes of a {@code model.json}. */
  public static TfjsModel parse(byte[] utf8) {
    JsonNode root = object(ModelJson.parse(utf8, MAX_JSON_BYTES, MAX_JSON_DEPTH), "$");
    JsonNode topology = object(required(root, "modelTopology", "$"), "$.modelTopology");
    JsonNode nodeList = topology.get("node");
    List<TfjsNode> nodes = nodeList == null ? List.of()
        : items(nodeList, "$.modelTopology.node", TfjsModel::node);
    List<TfjsWeightGroup> groups =
        items(required(root, "weightsManifest", "$"), "$.weightsManifest", TfjsModel::group);
    return new TfjsModel(nodes, groups, signatureOutputs(root.get("signature")));
  }

  private static List<String> signatureOutputs(JsonNode signature) {
    if (signature == null || signature.isNull()) {
      return List.of();
    }
    JsonNode outputs = object(signature, "$.signature").get("outputs");
    if (outputs == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : object(outputs, "$.signature.outputs").properties()) {
      String path = "$.signature.outputs." + e.getKey();
      JsonNode tensor = object(e.getValue(), path);
      names.add(string(required(tensor, "name", path), path + ".name"));
    }
    return names;
  }

  /**
   * Parses the UTF-8 bytes of a bare weights manifest ({@code *-weights_manifest.json}, as
   * face-api ships them): a JSON array of groups, each with shard paths and weight specs.
   */
  public static List<TfjsWeightGroup> parseWeightsManifest(byte[] utf8) {
    return items(ModelJson.parse(utf8, MAX_JSON_BYTES, MAX_JSON_DEPTH), "$", TfjsModel::group);
  }

  /** All weight specs in manifest order (the order of their bytes in the shards). */
  public List<TfjsWeightSpec> weights() {
    return weightGroups.stream().flatMap(g -> g.weights().stream()).toList();
  }

  /** All shard paths in manifest order. */
  public List<String> shardPaths() {
    return weightGroups.stream().flatMap(g -> g.paths().stream()).toList();
  }

  /** The node called {@code name}, if any. */
  public Optional<TfjsNode> node(String name) {
    return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
  }

  private static TfjsNode node(JsonNode json, String path) {
    JsonNode node = object(json, path);
    String name = string(required(node, "name", path), path + ".name");
    String op = string(required(node, "op", path), path + ".op");
    JsonNode inputs = node.get("input");
    List<String> inputList = inputs == null ? List.of()
        : items(inputs, path + ".input", ModelJson::string);
    Map<String, TfjsAttr> attrs = new LinkedHashMap<>();
    JsonNode attrJson = node.get("attr");
    if (attrJson != null) {
      for (Map.Entry<String, JsonNode> e : object(attrJson, path + ".attr").properties()) {
        attrs.put(e.getKey(), TfjsAttr.parse(e.getValue(), path + ".attr." + e.getKey()));
      }
    }
    return new TfjsNode(name, op, inputList, attrs);
  }

  private static TfjsWeightGroup group(JsonNode json, String path) {
    JsonNode group = object(json, path);
    List<String> paths = items(required(group, "paths", path), path + ".paths", ModelJson::string);
    List<TfjsWeightSpec> weights =
        items(required(group, "weights", path), path + ".weights", TfjsModel::weight);
    return new TfjsWeightGroup(paths, weights);
  }

  private static TfjsWeightSpec weight(JsonNode json, String path) {
    JsonNode weight = object(json, path);
    String name = string(required(weight, "name", path), path + ".name");
    String where = path + " (weight " + name + ")";
    List<Integer> shape = new ArrayList<>();
    for (long dim : items(required(weight, "shape", path), where + ".shape", ModelJson::integer)) {
      if (dim < 0 || dim > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(where + ".shape: dimension " + dim
            + " is not allowed; must be 0.." + Integer.MAX_VALUE);
      }
      shape.add((int) dim);
    }
    TfjsDtype dtype = TfjsDtype.of(
        string(required(weight, "dtype", path), where + ".dtype"), false, where + ".dtype");
    JsonNode quantization = weight.get("quantization");
    Optional<TfjsQuantization> quant = quantization == null ? Optional.empty()
        : Optional.of(quantization(quantization, where + ".quantization"));
    return new TfjsWeightSpec(name, shape, dtype, quant);
  }

  private static TfjsQuantization quantization(JsonNode json, String path) {
    JsonNode q = object(json, path);
    TfjsDtype dtype = TfjsDtype.of(
        string(required(q, "dtype", path), path + ".dtype"), true, path + ".dtype");
    if (dtype == TfjsDtype.FLOAT16) {
      return new TfjsQuantization(dtype, 0, 0);
    }
    double scale = ModelJson.number(required(q, "scale", path), path + ".scale");
    double min = ModelJson.number(required(q, "min", path), path + ".min");
    return new TfjsQuantization(dtype, scale, min);
  }

  private static void requireUnique(List<String> names, String what) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException("duplicate " + what + " name " + name);
      }
    }
  }
}
