package org.kyc4j.models;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kyc4j.models.internal.TfjsAttr;
import org.kyc4j.models.internal.TfjsModel;
import org.kyc4j.models.internal.TfjsNode;
import org.kyc4j.models.internal.TfjsTensor;
import org.kyc4j.models.internal.TfjsWeights;

/**
 * A graph model translated for execution: the nodes the outputs need, in dependency order, each
 * with its kernel and the slots its inputs come from. Built once at load; immutable and
 * thread-safe afterwards.
 *
 * @param steps the computed nodes in execution order
 * @param slots how many value slots one run needs
 * @param input the placeholder: its name, slot and declared shape (-1 for free dimensions)
 * @param outputs output names (node names without ":0") and their slots, in sorted order
 */
record GraphPlan(List<Step> steps, int slots, Input input, Map<String, Integer> outputs) {
  /** One computed node: its kernel reads {@code inputs} slots (-1: a constant) into {@code slot}. */
  record Step(String node, Kernel kernel, int[] inputs, int slot) {}

  /** The placeholder node. */
  record Input(String node, int slot, long[] shape) {}

  /** Translates {@code model}; weights are converted into {@code weights} once. */
  static GraphPlan compile(String modelName, TfjsModel model, TfjsWeights weights,
      NDManager store) {
    Map<String, TfjsNode> byName = new HashMap<>();
    model.nodes().forEach(n -> byName.put(n.name(), n));
    List<String> outputNames = outputNames(model);
    List<TfjsNode> order = order(modelName, byName, outputNames);
    rejectUnsupported(modelName, order);
    Map<String, TfjsTensor> constants = new HashMap<>();
    Map<String, Integer> slotOf = new HashMap<>();
    List<Step> steps = new ArrayList<>();
    Input input = null;
    for (TfjsNode node : order) {
      switch (node.op()) {
        case "Const" -> constants.put(node.name(), constant(modelName, node, weights));
        case "Placeholder" -> input = input(modelName, node, input, slotOf);
        default -> {
          List<String> sources = sources(node);
          NodeOperands operands = new NodeOperands(node, sources, constants, store);
          Kernel kernel = OpTranslator.translate(operands);
          int[] from = sources.stream().mapToInt(s -> slotOf.getOrDefault(s, -1)).toArray();
          slotOf.put(node.name(), slotOf.size());
          steps.add(new Step(node.name(), kernel, from, slotOf.get(node.name())));
        }
      }
    }
    if (input == null) {
      throw new ModelUnavailableException("model " + modelName + " has no Placeholder input");
    }
    return new GraphPlan(List.copyOf(steps), slotOf.size(), input, outputSlots(modelName, outputNames, slotOf));
  }

  /** The graph's one input: a second Placeholder is refused. */
  private static Input input(String modelName, TfjsNode node, Input earlier, Map<String, Integer> slotOf) {
    if (earlier != null) {
      throw new ModelUnavailableException("model " + modelName + " has two inputs, "
          + earlier.node() + " and " + node.name() + "; exactly one is supported");
    }
    slotOf.put(node.name(), slotOf.size());
    return new Input(node.name(), slotOf.get(node.name()), placeholderShape(modelName, node));
  }

  /** The slot of each output, by name; an output that is a constant is refused. */
  private static Map<String, Integer> outputSlots(String modelName, List<String> outputNames,
      Map<String, Integer> slotOf) {
    Map<String, Integer> outputs = new java.util.TreeMap<>();
    for (String name : outputNames) {
      Integer slot = slotOf.get(name);
      if (slot == null) {
        throw new ModelUnavailableException("model " + modelName + " output " + name
            + " is a constant; only computed outputs are supported");
      }
      outputs.put(name, slot);
    }
    return outputs;
  }

  /** The signature's outputs, else every non-constant node nothing consumes. */
  static List<String> outputNames(TfjsModel model) {
    if (!model.signatureOutputs().isEmpty()) {
      return model.signatureOutputs().stream().map(GraphPlan::nodeName).sorted().toList();
    }
    Set<String> consumed = new HashSet<>();
    model.nodes().forEach(n -> n.inputs().forEach(i -> consumed.add(nodeName(i))));
    return model.nodes().stream().filter(n -> !n.op().equals("Const"))
        .map(TfjsNode::name).filter(n -> !consumed.contains(n)).sorted().toList();
  }

  /** The node an input names: without a leading "^" and a trailing ":0". */
  static String nodeName(String input) {
    String name = input.startsWith("^") ? input.substring(1) : input;
    return name.endsWith(":0") ? name.substring(0, name.length() - 2) : name;
  }

  private static List<String> sources(TfjsNode node) {
    List<String> sources = new ArrayList<>();
    for (String input : node.inputs()) {
      if (input.startsWith("^")) {
        continue;
      }
      String name = nodeName(input);
      if (name.matches(".*:\\d+")) {
        throw new ModelUnavailableException("node " + node.name() + " (op " + node.op()
            + ") reads output " + input + "; only the first output of a node is supported");
      }
      sources.add(name);
    }
    return sources;
  }

  /** The nodes the outputs depend on, each after its inputs. */
  private static List<TfjsNode> order(String modelName, Map<String, TfjsNode> byName,
      List<String> outputs) {
    LinkedHashSet<TfjsNode> done = new LinkedHashSet<>();
    Set<String> visiting = new HashSet<>();
    for (String output : outputs) {
      visit(modelName, output, byName, done, visiting);
    }
    return List.copyOf(done);
  }

  private static void visit(String modelName, String name, Map<String, TfjsNode> byName,
      LinkedHashSet<TfjsNode> done, Set<String> visiting) {
    TfjsNode node = byName.get(name);
    if (node == null) {
      throw new ModelUnavailableException("model " + modelName + " refers to node " + name
          + ", which it does not define");
    }
    if (done.contains(node)) {
      return;
    }
    if (!visiting.add(name)) {
      throw new ModelUnavailableException("model " + modelName + " has a cycle through " + name);
    }
    for (String input : node.inputs()) {
      visit(modelName, nodeName(input).replaceAll(":\\d+$", ""), byName, done, visiting);
    }
    visiting.remove(name);
    done.add(node);
  }

  private static void rejectUnsupported(String modelName, List<TfjsNode> nodes) {
    List<String> bad = nodes.stream().filter(n -> !OpTranslator.supports(n.op()))
        .map(n -> n.op() + " (node " + n.name() + ")").toList();
    if (!bad.isEmpty()) {
      throw new ModelUnavailableException("model " + modelName + " uses unsupported ops: "
          + String.join(", ", bad) + "; supported ops: " + OpTranslator.SUPPORTED);
    }
  }

  private static TfjsTensor constant(String modelName, TfjsNode node, TfjsWeights weights) {
    return weights.find(node.name()).orElseThrow(() -> new ModelUnavailableException("model "
        + modelName + " constant " + node.name() + " has no values in the weights manifest"));
  }

  private static long[] placeholderShape(String modelName, TfjsNode node) {
    TfjsAttr.Shape shape = node.attr("shape", TfjsAttr.Shape.class);
    long[] dims = shape.dims().stream().mapToLong(Long::longValue).toArray();
    if (shape.unknownRank() || dims.length != 4 || dims[3] <= 0) {
      throw new ModelUnavailableException("model " + modelName + " input " + node.name()
          + " has shape " + shape.dims() + "; expected [batch, height, width, channels] "
          + "with known channels");
    }
    return dims;
  }
}
