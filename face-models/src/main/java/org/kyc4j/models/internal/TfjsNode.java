package org.kyc4j.models.internal;

import java.util.List;
import java.util.Map;

/**
 * One node of a TensorFlow.js graph model: its name, op, inputs (as written, for example
 * {@code "conv1"}, {@code "split:1"} or a control input {@code "^init"}) and attributes.
 * Immutable and thread-safe.
 */
public record TfjsNode(String name, String op, List<String> inputs, Map<String, TfjsAttr> attrs) {
  /** Validates and copies; {@code name} and {@code op} must be non-empty. */
  public TfjsNode {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("name: " + name + " is not allowed; must be non-empty");
    }
    if (op == null || op.isEmpty()) {
      throw new IllegalArgumentException("op of node " + name + ": " + op
          + " is not allowed; must be non-empty");
    }
    inputs = List.copyOf(inputs);
    attrs = Map.copyOf(attrs);
  }

  /** The attribute {@code key}, or an error naming this node when it is absent or another kind. */
  public <A extends TfjsAttr> A attr(String key, Class<A> kind) {
    TfjsAttr attr = attrs.get(key);
    if (attr == null) {
      throw new IllegalArgumentException("node " + name + " (" + op + ") has no attribute " + key);
    }
    if (!kind.isInstance(attr)) {
      throw new IllegalArgumentException("node " + name + " (" + op + ") attribute " + key
          + " is " + attr + ", expected " + kind.getSimpleName());
    }
    return kind.cast(attr);
  }

  /** The decoded string attribute {@code key} (such as {@code padding}). */
  public String text(String key) {
    return attr(key, TfjsAttr.Text.class).value();
  }

  /** The integer list attribute {@code key} (such as {@code strides}). */
  public List<Long> ints(String key) {
    return attr(key, TfjsAttr.Values.class).ints();
  }

  /** The decoded string list attribute {@code key} (such as {@code fused_ops}). */
  public List<String> texts(String key) {
    return attr(key, TfjsAttr.Values.class).texts();
  }

  /** Returns a short description for error messages. */
  @Override
  public String toString() {
    return "TfjsNode[" + name + " " + op + " " + inputs + " " + attrs.keySet() + "]";
  }
}
