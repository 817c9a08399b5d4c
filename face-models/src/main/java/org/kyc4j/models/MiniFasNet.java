package org.kyc4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.kyc4j.models.internal.StateDict;

/**
 * A MiniFASNet passive anti-spoofing network (minivision-ai's Silent-Face-Anti-Spoofing, V2 or
 * V1SE) built from upstream's legacy PyTorch state dict: an 80x80 BGR crop in, 3 logits out, whose
 * softmax class {@link #REAL_CLASS} means a real face. The weights are read from a file the caller
 * names and live in the runtime's weight manager. Immutable after {@link #load}; thread-safe (each
 * call uses its own inference manager). Calls fail with {@link IllegalStateException} once the
 * runtime is closed.
 */
public final class MiniFasNet {
  /** Side of the square input crop, in pixels. */
  public static final int INPUT_SIZE = 80;
  /** Bytes of one crop: {@code INPUT_SIZE x INPUT_SIZE x 3}, row-major, B G R per pixel. */
  public static final int INPUT_BYTES = INPUT_SIZE * INPUT_SIZE * 3;
  /** Logits per crop. */
  public static final int CLASSES = 3;
  /** The class whose softmax probability means a real (live) face. */
  public static final int REAL_CLASS = 1;
  /** Where a caller's message says the weights come from. */
  static final String SOURCE = "minivision-ai/Silent-Face-Anti-Spoofing, resources/anti_spoof_models/";

  private final TorchRuntime runtime;
  private final MiniFasNetVariant variant;
  private final List<FasLayer> body;
  private final NDArray headWeight;
  private final NDArray headBias;

  private MiniFasNet(TorchRuntime runtime, MiniFasNetVariant variant, List<FasLayer> body,
      NDArray[] head) {
    this.runtime = runtime;
    this.variant = variant;
    this.body = List.copyOf(body);
    this.headWeight = head[0];
    this.headBias = head[1];
  }

  /**
   * Loads upstream's weights from {@code modelFile}, taking the variant from its tensors (V1SE has
   * squeeze-and-excitation gates).
   *
   * @throws ModelUnavailableException when the file is missing, unreadable or does not fit the
   *     architecture; the message names the file (and the tensor)
   */
  public static MiniFasNet load(TorchRuntime runtime, Path modelFile) {
    return load(runtime, null, modelFile);
  }

  /**
   * Loads {@code variant}'s weights from {@code modelFile} (a null variant is taken from the file),
   * folding every BatchNorm into its convolution and checking every tensor's name, dtype and shape.
   *
   * @throws ModelUnavailableException when the file is missing, unreadable or not this variant
   */
  public static MiniFasNet load(TorchRuntime runtime, MiniFasNetVariant variant, Path modelFile) {
    Objects.requireNonNull(runtime, "runtime");
    Objects.requireNonNull(modelFile, "modelFile");
    StateDict dict = read(modelFile, variant);
    MiniFasNetVariant actual = variant != null ? variant
        : dict.names().stream().anyMatch(n -> n.contains(".se_module."))
            ? MiniFasNetVariant.V1SE : MiniFasNetVariant.V2;
    // a child of the weight manager, so a half-done load frees what it created
    NDManager manager = runtime.weights().newSubManager();
    try {
      List<FasLayer> body = MiniFasNetLayers.body(dict, actual, manager);
      NDArray[] head = MiniFasNetLayers.head(dict, manager);
      dict.requireAllUsed("num_batches_tracked");
      return new MiniFasNet(runtime, actual, body, head);
    } catch (IllegalArgumentException | ArithmeticException e) {
      manager.close();
      throw new ModelUnavailableException(modelFile + " does not hold MiniFASNet" + actual
          + " weights: " + e.getMessage(), e);
    }
  }

  private static StateDict read(Path file, MiniFasNetVariant variant) {
    String name = variant == null ? "2.7_80x80_MiniFASNetV2.pth or 4_0_0_80x80_MiniFASNetV1SE.pth"
        : variant.fileName();
    if (!Files.isRegularFile(file)) {
      throw new ModelUnavailableException("the MiniFASNet weights file " + file.toAbsolutePath()
          + " does not exist: set the model directory to a folder holding upstream's " + name
          + " (from " + SOURCE + "; in kyc4j's own tests and tools the system property "
          + "kyc4j.models.dir or the environment variable KYC4J_MODELS names the folder whose "
          + "minifasnet/ subfolder holds it)");
    }
    try {
      return StateDict.read(file);
    } catch (IOException | IllegalArgumentException e) {
      throw new ModelUnavailableException("the MiniFASNet weights file " + file
          + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The variant these weights are. */
  public MiniFasNetVariant variant() {
    return variant;
  }

  /**
   * Scores one crop: {@link #INPUT_BYTES} bytes, 80x80 row-major with B, G, R bytes per pixel
   * (values 0-255, fed unscaled as upstream does).
   *
   * @throws IllegalArgumentException when the crop is null or not {@link #INPUT_BYTES} long
   */
  public float[] logits(byte[] bgrCrop) {
    return logits(Collections.singletonList(bgrCrop))[0];
  }

  /**
   * Scores several crops in one batch; one row of {@link #CLASSES} logits per crop, in order, each
   * equal to {@link #logits(byte[])} of that crop up to float rounding.
   *
   * @throws IllegalArgumentException when the list is null or empty, or a crop is null or not
   *     {@link #INPUT_BYTES} long
   */
  public float[][] logits(List<byte[]> bgrCrops) {
    float[] input = channelsFirst(bgrCrops);
    int n = bgrCrops.size();
    try (NDManager inference = runtime.newInference()) {
      NDArray x = inference.create(input, new Shape(n, 3, INPUT_SIZE, INPUT_SIZE));
      for (FasLayer layer : body) {
        x = layer.apply(x);
      }
      float[] flat = x.reshape(n, MiniFasNetLayers.FEATURES).matMul(headWeight).add(headBias)
          .toFloatArray();
      float[][] out = new float[n][CLASSES];
      for (int i = 0; i < n; i++) {
        System.arraycopy(flat, i * CLASSES, out[i], 0, CLASSES);
      }
      return out;
    }
  }

  /** The softmax of {@code logits} (computed stably in double); index {@link #REAL_CLASS} is P(real). */
  public static float[] softmax(float[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (float v : logits) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] e = new double[logits.length];
    for (int i = 0; i < logits.length; i++) {
      e[i] = Math.exp(logits[i] - max);
      sum += e[i];
    }
    float[] out = new float[logits.length];
    for (int i = 0; i < logits.length; i++) {
      out[i] = (float) (e[i] / sum);
    }
    return out;
  }

  /** Validates the crops and lays them out channels-first (B, G, R planes), values 0-255. */
  static float[] channelsFirst(List<byte[]> crops) {
    if (crops == null || crops.isEmpty()) {
      throw new IllegalArgumentException("crops: " + crops
          + " is not allowed; give at least one 80x80 BGR crop");
    }
    int plane = INPUT_SIZE * INPUT_SIZE;
    float[] out = new float[crops.size() * INPUT_BYTES];
    for (int i = 0; i < crops.size(); i++) {
      byte[] crop = crops.get(i);
      if (crop == null || crop.length != INPUT_BYTES) {
        throw new IllegalArgumentException("crop " + i + ": "
            + (crop == null ? "null" : crop.length + " bytes") + " is not allowed; a crop is "
            + INPUT_SIZE + "x" + INPUT_SIZE + " BGR, " + INPUT_BYTES + " bytes");
      }
      int base = i * INPUT_BYTES;
      for (int p = 0; p < plane; p++) {
        for (int c = 0; c < 3; c++) {
          out[base + c * plane + p] = crop[p * 3 + c] & 0xff;
        }
      }
    }
    return out;
  }
}
