package org.kyc4j.models.internal;

import static org.kyc4j.models.internal.ModelJson.base64Text;
import static org.kyc4j.models.internal.ModelJson.bool;
import static org.kyc4j.models.internal.ModelJson.integer;
import static org.kyc4j.models.internal.ModelJson.items;
import static org.kyc4j.models.internal.ModelJson.number;
import static org.kyc4j.models.internal.ModelJson.object;
import static org.kyc4j.models.internal.ModelJson.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One attribute of a TensorFlow graph node as written in a TensorFlow.js {@code model.json}
 * (protobuf JSON of {@code AttrValue}); string values arrive base64-encoded and are decoded here.
 * Immutable and thread-safe.
 */
public sealed interface TfjsAttr {
  /** A string attribute such as {@code padding} or {@code data_format}, already decoded. */
  record Text(String value) implements TfjsAttr {
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /** An integer attribute. */
  record Int(long value) implements TfjsAttr {}

  /** A floating-point attribute. */
  record Real(double value) implements TfjsAttr {}

  /** A boolean attribute. */
  record Bool(boolean value) implements TfjsAttr {}

  /** A data type attribute such as {@code DT_FLOAT}. */
  record Type(String dtype) implements TfjsAttr {
    public Type {
      Objects.requireNonNull(dtype, "dtype");
    }
  }

  /** A shape; -1 marks an unknown dimension, {@code unknownRank} an unknown rank. */
  record Shape(List<Long> dims, boolean unknownRank) implements TfjsAttr {
    public Shape {
      dims = List.copyOf(dims);
    }
  }

  /** A list attribute; strings (such as {@code fused_ops}) are decoded. Absent kinds are empty. */
  record Values(List<Long> ints, List<Double> reals, List<String> texts, List<String> types)
      implements TfjsAttr {
    public Values {
      ints = List.copyOf(ints);
      reals = List.copyOf(reals);
      texts = List.copyOf(texts);
      types = List.copyOf(types);
    }
  }

  /** A tensor attribute (the value of a {@code Const}): data type, shape and inline values. */
  record Tensor(String dtype, List<Long> shape, List<Double> values) implements TfjsAttr {
    public Tensor {
      Objects.requireNonNull(dtype, "dtype");
      shape = List.copyOf(shape);
      values = List.copyOf(values);
    }
  }

  /** Parses one {@code AttrValue} object; {@code path} names it in error messages. */
  static TfjsAttr parse(JsonNode json, String path) {
    JsonNode attr = object(json, path);
    if (attr.size() != 1) {
      throw new IllegalArgumentException(path + ": expected exactly one of s, i, f, b, type, "
          + "shape, list, tensor but found " + keys(attr));
    }
    Map.Entry<String, JsonNode> entry = attr.properties().iterator().next();
    String at = path + "." + entry.getKey();
    JsonNode value = entry.getValue();
    switch (entry.getKey()) {
      case "s": return new Text(base64Text(value, at));
      case "i": return new Int(integer(value, at));
      case "f": return new Real(number(value, at));
      case "b": return new Bool(bool(value, at));
      case "type": return new Type(string(value, at));
      case "shape": return shape(value, at);
      case "list": return values(value, at);
      case "tensor": return tensor(value, at);
      default:
        throw new IllegalArgumentException(path + ": unsupported attribute kind \""
            + entry.getKey() + "\"; allowed: s, i, f, b, type, shape, list, tensor");
    }
  }

  private static List<String> keys(JsonNode object) {
    return object.properties().stream().map(Map.Entry::getKey).toList();
  }

  private static Shape shape(JsonNode json, String path) {
    JsonNode shape = object(json, path);
    JsonNode dimList = shape.get("dim");
    List<Long> dims = dimList == null ? List.of() : items(dimList, path + ".dim", (dim, at) -> {
      JsonNode size = object(dim, at).get("size");
      return size == null ? 0L : integer(size, at + ".size");
    });
    JsonNode unknown = shape.get("unknownRank");
    return new Shape(dims, unknown != null && bool(unknown, path + ".unknownRank"));
  }

  private static Values values(JsonNode json, String path) {
    JsonNode list = object(json, path);
    List<Long> ints = List.of();
    List<Double> reals = List.of();
    List<String> texts = List.of();
    List<String> types = List.of();
    for (Map.Entry<String, JsonNode> e : list.properties()) {
      String at = path + "." + e.getKey();
      switch (e.getKey()) {
        case "i" -> ints = items(e.getValue(), at, ModelJson::integer);
        case "f" -> reals = items(e.getValue(), at, ModelJson::number);
        case "s" -> texts = items(e.getValue(), at, ModelJson::base64Text);
        case "type" -> types = items(e.getValue(), at, ModelJson::string);
        default -> throw new IllegalArgumentException(path + ": unsupported list member \""
            + e.getKey() + "\"; allowed: i, f, s, type");
      }
    }
    return new Values(ints, reals, texts, types);
  }

  private static Tensor tensor(JsonNode json, String path) {
    JsonNode tensor = object(json, path);
    String dtype = string(ModelJson.required(tensor, "dtype", path), path + ".dtype");
    JsonNode shapeJson = tensor.get("tensorShape");
    List<Long> shape = shapeJson == null ? List.of() : shape(shapeJson, path + ".tensorShape").dims();
    List<Double> values = List.of();
    for (Map.Entry<String, JsonNode> e : tensor.properties()) {
      switch (e.getKey()) {
        case "dtype", "tensorShape" -> { }
        case "floatVal", "intVal", "doubleVal", "int64Val" ->
            values = items(e.getValue(), path + "." + e.getKey(), ModelJson::number);
        default -> throw new IllegalArgumentException(path + ": unsupported tensor member \""
            + e.getKey() + "\"; allowed: dtype, tensorShape, floatVal, intVal, doubleVal, int64Val");
      }
    }
    return new Tensor(dtype, shape, values);
  }
}
