package org.kyc4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kyc4j.models.internal.TfjsModel;
import org.kyc4j.models.internal.TfjsWeights;

/**
 * A TensorFlow.js graph model run on DJL's PyTorch engine, batch 1. Weights are converted once at
 * load (to channels-first, biases and activations fused into the convolutions as the file fuses
 * them) and held by the runtime's weights manager; each {@link #run} uses its own inference
 * manager, closed before it returns. Immutable after load and thread-safe.
 */
public final class GraphModel {
  /** The class-path folder holding the models. */
  public static final String RESOURCE_FOLDER = "/org/kyc4j/models/";
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

  private final String name;
  private final TorchRuntime runtime;
  private final GraphPlan plan;
  private final int[] inputShape;
  private final Map<String, int[]> outputShapes;

  private GraphModel(String name, TorchRuntime runtime, GraphPlan plan) {
    this.name = name;
    this.runtime = runtime;
    this.plan = plan;
    long[] declared = plan.input().shape();
    this.inputShape = new int[] {1, (int) declared[1], (int) declared[2], (int) declared[3]};
    Map<String, int[]> shapes = new LinkedHashMap<>();
    int h = inputShape[1] > 0 ? inputShape[1] : 1;
    int w = inputShape[2] > 0 ? inputShape[2] : 1;
    execute(new float[h * w * inputShape[3]], 1, h, w, shapes);
    this.outputShapes = Collections.unmodifiableMap(shapes);
  }

  /**
   * Loads {@code modelJsonName} (for example {@code "blazeface.json"}) and its weight shards from
   * {@link #RESOURCE_FOLDER} on the class path and translates it, running it once on zeros.
   *
   * @throws ModelUnavailableException when a file is missing or malformed, or the graph uses an
   *     op this class does not run (the message names the op and the node)
   */
  public static GraphModel load(TorchRuntime runtime, String modelJsonName) {
    requireFileName(modelJsonName);
    try (InputStream json = open(modelJsonName)) {
      TfjsModel model = TfjsModel.read(json);
      TfjsWeights weights = TfjsWeights.load(model, path -> open(requireFileName(path)));
      return load(runtime, modelJsonName, model, weights);
    } catch (IOException e) {
      throw new ModelUnavailableException("model " + modelJsonName + " cannot be read from the "
          + "class path folder " + RESOURCE_FOLDER + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ModelUnavailableException("model " + modelJsonName + " is malformed: "
          + e.getMessage(), e);
    }
  }

  /** Translates an already parsed model; {@code name} appears in messages. */
  static GraphModel load(TorchRuntime runtime, String name, TfjsModel model, TfjsWeights weights) {
    return new GraphModel(name, runtime, GraphPlan.compile(name, model, weights, runtime.weights()));
  }

  /**
   * Runs the model on one image, {@code height x width x channels} values row-major,
   * channels-last, already normalised as the model expects.
   *
   * @return every output by node name (such as {@code "Identity_2"}), values row-major in
   *     TensorFlow's layout; see {@link #outputShapes()}
   * @throws IllegalArgumentException when the size does not match the model's input
   */
  public Map<String, float[]> run(float[] nhwc, int height, int width) {
    if (nhwc == null) {
      throw new IllegalArgumentException("nhwc: null is not allowed");
    }
    requireSize("height", height, inputShape[1]);
    requireSize("width", width, inputShape[2]);
    long expected = (long) height * width * inputShape[3];
    if (nhwc.length != expected) {
      throw new IllegalArgumentException("nhwc: length " + nhwc.length + " is not allowed; "
          + name + " needs height x width x " + inputShape[3] + " = " + expected + " values");
    }
    return execute(nhwc, 1, height, width, null);
  }

  /**
   * Runs the model on {@code images.size()} images in one batch, each as {@link #run} takes it; for
   * graphs whose every op is batch-agnostic (the iris model is; a graph that reshapes to a fixed batch
   * of 1 fails with an exception from the runtime).
   *
   * @return one map of outputs per image, in order, as {@link #run} returns them
   * @throws IllegalArgumentException when the list is empty or an image's size does not match
   */
  public List<Map<String, float[]>> runBatch(List<float[]> images, int height, int width) {
    if (images == null || images.isEmpty()) {
      throw new IllegalArgumentException("images: an empty or null batch is not allowed");
    }
    requireSize("height", height, inputShape[1]);
    requireSize("width", width, inputShape[2]);
    int each = height * width * inputShape[3];
    float[] batch = new float[each * images.size()];
    for (int i = 0; i < images.size(); i++) {
      float[] image = images.get(i);
      if (image == null || image.length != each) {
        throw new IllegalArgumentException("images[" + i + "]: length " + (image == null ? "null" : image.length)
            + " is not allowed; " + name + " needs " + each + " values");
      }
      System.arraycopy(image, 0, batch, i * each, each);
    }
    Map<String, float[]> joined = execute(batch, images.size(), height, width, null);
    List<Map<String, float[]>> split = new ArrayList<>();
    for (int i = 0; i < images.size(); i++) {
      Map<String, float[]> one = new LinkedHashMap<>();
      for (Map.Entry<String, float[]> e : joined.entrySet()) {
        int per = e.getValue().length / images.size();
        one.put(e.getKey(), Arrays.copyOfRange(e.getValue(), i * per, (i + 1) * per));
      }
      split.add(one);
    }
    return split;
  }

  /** The shape of every output for the declared input size, in TensorFlow's layout. */
  public Map<String, int[]> outputShapes() {
    Map<String, int[]> copy = new LinkedHashMap<>();
    outputShapes.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  /** The input shape [1, height, width, channels]; a free dimension is 0 or less. */
  public int[] inputShape() {
    return inputShape.clone();
  }

  private Map<String, float[]> execute(float[] nhwc, int batch, int height, int width,
      Map<String, int[]> shapes) {
    try (NDManager inference = runtime.newInference()) {
      NDArray[] values = new NDArray[plan.slots()];
      NDArray input = inference.create(nhwc, new Shape(batch, height, width, inputShape[3]));
      values[plan.input().slot()] = Layout.channelsFirst(input);
      for (GraphPlan.Step step : plan.steps()) {
        NDArray[] args = new NDArray[step.inputs().length];
        for (int i = 0; i < args.length; i++) {
          args[i] = step.inputs()[i] < 0 ? null : values[step.inputs()[i]];
        }
        NDArray out = step.kernel().apply(args);
        if (out.getManager() != inference) {
          out.attach(inference);
        }
        values[step.slot()] = out;
      }
      Map<String, float[]> results = new LinkedHashMap<>();
      plan.outputs().forEach((output, slot) -> {
        NDArray value = Layout.external(values[slot]);
        results.put(output, value.toFloatArray());
        if (shapes != null) {
          shapes.put(output, Arrays.stream(value.getShape().getShape()).mapToInt(d -> (int) d)
              .toArray());
        }
      });
      return results;
    }
  }

  private void requireSize(String field, int value, int declared) {
    if (value <= 0 || (declared > 0 && value != declared)) {
      throw new IllegalArgumentException(field + ": " + value + " is not allowed; " + name
          + " needs " + (declared > 0 ? String.valueOf(declared) : "a positive size"));
    }
  }

  private static String requireFileName(String file) {
    if (file == null || !FILE_NAME.matcher(file).matches()) {
      throw new IllegalArgumentException("model file " + file + " is not allowed; a plain file "
          + "name in " + RESOURCE_FOLDER + " is required");
    }
    return file;
  }

  private static InputStream open(String file) throws IOException {
    InputStream in = GraphModel.class.getResourceAsStream(RESOURCE_FOLDER + file);
    if (in == null) {
      throw new FileNotFoundException(RESOURCE_FOLDER + file + " is not on the class path "
          + "(the face-models build fetches it with tools/models/fetch-models.sh)");
    }
    return in;
  }

  @Override
  public String toString() {
    return "GraphModel[" + name + " input " + Arrays.toString(inputShape) + " outputs "
        + outputShapes.keySet() + "]";
  }
}
