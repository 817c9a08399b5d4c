package org.kyc4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.kyc4j.models.internal.TfjsModel;
import org.kyc4j.models.internal.TfjsTensor;
import org.kyc4j.models.internal.TfjsWeightGroup;
import org.kyc4j.models.internal.TfjsWeights;

/**
 * dlib's ResNet face descriptor (the network face-api calls FaceRecognitionNet): a 150x150 RGB face
 * chip in, 128 raw values out (not unit-norm; Euclidean distance 0.6 is face-api's same-person
 * threshold). Weights come from face-api's weights manifest on the class path and live in the
 * runtime's weight manager. Immutable after {@link #load}; thread-safe (each call uses its own
 * inference manager). Calls fail with {@link IllegalStateException} once the runtime is closed.
 */
public final class DlibResNet {
  /** Side of the square input chip, in pixels. */
  public static final int CHIP_SIZE = 150;
  /** Bytes of one chip: {@code CHIP_SIZE x CHIP_SIZE x 3}, row-major RGB. */
  public static final int CHIP_BYTES = CHIP_SIZE * CHIP_SIZE * 3;
  /** Values of one descriptor. */
  public static final int DESCRIPTOR_LENGTH = 128;
  /** Class-path folder of the model files. */
  static final String FOLDER = GraphModel.RESOURCE_FOLDER;
  /** The weights manifest, in {@link #FOLDER}. */
  static final String MANIFEST = "face_recognition_model-weights_manifest.json";
  /** Channel means subtracted before dividing by 255 (R, G, B). */
  private static final float[] MEAN = {122.782f, 117.001f, 104.298f};

  private final TorchRuntime runtime;
  private final DlibConv stem;
  private final List<DlibBlock> blocks;
  private final NDArray fc;

  private DlibResNet(TorchRuntime runtime, DlibConv stem, List<DlibBlock> blocks, NDArray fc) {
    this.runtime = runtime;
    this.stem = stem;
    this.blocks = List.copyOf(blocks);
    this.fc = fc;
  }

  /**
   * Reads face-api's weights from the class path, folds each convolution's scale into it and
   * converts the weights to channels-first arrays held under {@code runtime.weights()} (freed when
   * the runtime closes).
   *
   * @throws ModelUnavailableException when the manifest or its shard is missing or malformed
   */
  public static DlibResNet load(TorchRuntime runtime) {
    Objects.requireNonNull(runtime, "runtime");
    TfjsWeights weights = readWeights();
    // a child of the weight manager, so a half-done load frees what it created
    NDManager manager = runtime.weights().newSubManager();
    try {
      DlibConv stem = DlibConv.fold(weights, "conv32_down", manager);
      List<DlibBlock> blocks = new ArrayList<>();
      addBlocks(blocks, weights, manager, "conv32", false, 3);
      addBlocks(blocks, weights, manager, "conv64", true, 3);
      addBlocks(blocks, weights, manager, "conv128", true, 2);
      addBlocks(blocks, weights, manager, "conv256", true, 2);
      blocks.add(block(weights, manager, "conv256_down_out", true));
      TfjsTensor fc = weights.get("fc");
      if (!fc.shape().equals(List.of(256, DESCRIPTOR_LENGTH))) {
        throw new IllegalArgumentException("weight fc shape: " + fc.shape()
            + " is not allowed; expected [256, " + DESCRIPTOR_LENGTH + "]");
      }
      NDArray fcArray = manager.create(fc.toArray(), new Shape(256, DESCRIPTOR_LENGTH));
      return new DlibResNet(runtime, stem, blocks, fcArray);
    } catch (IllegalArgumentException e) {
      manager.close();
      throw new ModelUnavailableException("the dlib ResNet weights in " + FOLDER + MANIFEST
          + " do not fit face-api's FaceRecognitionNet: " + e.getMessage(), e);
    }
  }

  /**
   * Describes one chip: {@code CHIP_BYTES} bytes, 150x150 RGB row-major (3 bytes per pixel).
   *
   * @throws IllegalArgumentException when the chip is null or not {@link #CHIP_BYTES} long
   */
  public float[] describe(byte[] rgbChip) {
    return describe(Collections.singletonList(rgbChip))[0];
  }

  /**
   * Describes several chips in one batch (for example a chip and its mirror, to be averaged);
   * the result has one descriptor per chip, in order, each equal to {@link #describe(byte[])}
   * of that chip up to float rounding.
   *
   * @throws IllegalArgumentException when the list is null or empty, or a chip is null or not
   *     {@link #CHIP_BYTES} long
   */
  public float[][] describe(List<byte[]> chips) {
    float[] input = normalise(chips);
    int n = chips.size();
    try (NDManager inference = runtime.newInference()) {
      NDArray x = inference.create(input, new Shape(n, 3, CHIP_SIZE, CHIP_SIZE));
      x = stem.apply(x, 2, 0, true);
      x = Pool.maxPool2d(x, new Shape(3, 3), new Shape(2, 2), new Shape(0, 0), false);
      for (DlibBlock block : blocks) {
        x = block.apply(x);
      }
      // global mean over the spatial positions (PyTorch's mean takes one axis at a time here)
      NDArray pooled = x.reshape(n, x.getShape().get(1), -1).mean(new int[] {2});
      float[] flat = pooled.matMul(fc).toFloatArray();
      float[][] descriptors = new float[n][DESCRIPTOR_LENGTH];
      for (int i = 0; i < n; i++) {
        System.arraycopy(flat, i * DESCRIPTOR_LENGTH, descriptors[i], 0, DESCRIPTOR_LENGTH);
      }
      return descriptors;
    }
  }

  /** Validates the chips and lays them out channels-first as {@code (v - mean_c) / 255}. */
  static float[] normalise(List<byte[]> chips) {
    if (chips == null || chips.isEmpty()) {
      throw new IllegalArgumentException("chips: " + chips
          + " is not allowed; give at least one 150x150 RGB chip");
    }
    int plane = CHIP_SIZE * CHIP_SIZE;
    float[] out = new float[chips.size() * CHIP_BYTES];
    for (int i = 0; i < chips.size(); i++) {
      byte[] chip = chips.get(i);
      if (chip == null || chip.length != CHIP_BYTES) {
        throw new IllegalArgumentException("chip " + i + ": "
            + (chip == null ? "null" : chip.length + " bytes") + " is not allowed; a chip is "
            + CHIP_SIZE + "x" + CHIP_SIZE + " RGB, " + CHIP_BYTES + " bytes");
      }
      int base = i * CHIP_BYTES;
      for (int p = 0; p < plane; p++) {
        for (int c = 0; c < 3; c++) {
          out[base + c * plane + p] = ((chip[p * 3 + c] & 0xff) - MEAN[c]) / 255f;
        }
      }
    }
    return out;
  }

  private static void addBlocks(List<DlibBlock> blocks, TfjsWeights weights, NDManager manager,
      String stage, boolean down, int plain) {
    if (down) {
      blocks.add(block(weights, manager, stage + "_down", true));
    }
    for (int i = 1; i <= plain; i++) {
      blocks.add(block(weights, manager, stage + "_" + i, false));
    }
  }

  private static DlibBlock block(TfjsWeights weights, NDManager manager, String name,
      boolean down) {
    return new DlibBlock(name, down, DlibConv.fold(weights, name + "/conv1", manager),
        DlibConv.fold(weights, name + "/conv2", manager));
  }

  private static TfjsWeights readWeights() {
    try (InputStream in = DlibResNet.class.getResourceAsStream(FOLDER + MANIFEST)) {
      if (in == null) {
        throw new ModelUnavailableException("class-path resource " + FOLDER + MANIFEST
            + " is missing: build face-models (tools/models/fetch-models.sh puts it there)");
      }
      List<TfjsWeightGroup> groups = TfjsModel.parseWeightsManifest(in.readAllBytes());
      return TfjsWeights.loadResources(groups, DlibResNet.class, FOLDER);
    } catch (IOException | IllegalArgumentException e) {
      throw new ModelUnavailableException("the dlib ResNet weights in " + FOLDER
          + " cannot be read: " + e.getMessage(), e);
    }
  }
}
