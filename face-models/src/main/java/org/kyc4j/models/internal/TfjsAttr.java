package org.kyc4j.models.internal;

import static org.kyc4j.models.internal.JsonReader.array;
import static org.kyc4j.models.internal.JsonReader.base64Text;
import static org.kyc4j.models.internal.JsonReader.integer;
import static org.kyc4j.models.internal.JsonReader.number;
import static org.kyc4j.models.internal.JsonReader.object;
import static org.kyc4j.models.internal.JsonReader.string;

import java.util.ArrayList;
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
  static TfjsAttr parse(Object json, String path) {
    Map<String, Object> attr = object(json, path);
    if (attr.size() != 1) {
      throw new IllegalArgumentException(path + ": expected exactly one of s, i, f, b, type, "
          + "shape, list, tensor but found " + attr.keySet());
    }
    Map.Entry<String, Object> entry = attr.entrySet().iterator().next();
    String at = path + "." + entry.getKey();
    Object value = entry.getValue();
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

  private static boolean bool(Object value, String path) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw JsonReader.bad(path, value, "true or false");
  }

  private static Shape shape(Object json, String path) {
    Map<String, Object> shape = object(json, path);
    List<Long> dims = new ArrayList<>();
    Object dimList = shape.get("dim");
    if (dimList != null) {
      List<Object> items = array(dimList, path + ".dim");
      for (int i = 0; i < items.size(); i++) {
        String at = path + ".dim[" + i + "]";
        Object size = object(items.get(i), at).get("size");
        dims.add(size == null ? 0L : integer(size, at + ".size"));
      }
    }
    Object unknown = shape.get("unknownRank");
    return new Shape(dims, unknown != null && bool(unknown, path + ".unknownRank"));
  }

  private static Values values(Object json, String path) {
    Map<String, Object> list = object(json, path);
    List<Long> ints = List.of();
    List<Double> reals = List.of();
    List<String> texts = List.of();
    List<String> types = List.of();
    for (Map.Entry<String, Object> e : list.entrySet()) {
      String at = path + "." + e.getKey();
      switch (e.getKey()) {
        case "i" -> ints = JsonReader.integers(e.getValue(), at);
        case "f" -> reals = numbers(e.getValue(), at);
        case "s" -> texts = decodedTexts(e.getValue(), at);
        case "type" -> types = JsonReader.strings(e.getValue(), at);
        default -> throw new IllegalArgumentException(path + ": unsupported list member \""
            + e.getKey() + "\"; allowed: i, f, s, type");
      }
    }
    return new Values(ints, reals, texts, types);
  }

  private static Tensor tensor(Object json, String path) {
    Map<String, Object> tensor = object(json, path);
    String dtype = string(JsonReader.required(tensor, "dtype", path), path + ".dtype");
    Object shapeJson = tensor.get("tensorShape");
    List<Long> shape = shapeJson == null ? List.of() : shape(shapeJson, path + ".tensorShape").dims();
    List<Double> values = List.of();
    for (String key : tensor.keySet()) {
      switch (key) {
        case "dtype", "tensorShape" -> { }
        case "floatVal", "intVal", "doubleVal", "int64Val" ->
            values = numbers(tensor.get(key), path + "." + key);
        default -> throw new IllegalArgumentException(path + ": unsupported tensor member \""
            + key + "\"; allowed: dtype, tensorShape, floatVal, intVal, doubleVal, int64Val");
      }
    }
    return new Tensor(dtype, shape, values);
  }

  private static List<Double> numbers(Object json, String path) {
    List<Object> items = array(json, path);
    List<Double> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(number(items.get(i), path + "[" + i + "]"));
    }
    return List.copyOf(out);
  }

  private static List<String> decodedTexts(Object json, String path) {
    List<Object> items = array(json, path);
    List<String> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(base64Text(items.get(i), path + "[" + i + "]"));
    }
    return List.copyOf(out);
  }
}
