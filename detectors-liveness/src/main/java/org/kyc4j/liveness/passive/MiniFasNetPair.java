package org.kyc4j.liveness.passive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kyc4j.api.RgbImage;
import org.kyc4j.models.MiniFasNet;
import org.kyc4j.models.MiniFasNetVariant;
import org.kyc4j.models.TorchRuntime;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.ServiceKey;

/**
 * Both MiniFASNet networks (V2 on a 2.7 crop, V1SE on a 4.0 crop) on their own model runtime, loaded
 * once from a model directory, scoring face boxes of decoded photos. Thread-safe (each call uses its
 * own inference); close it to free the models.
 */
public final class MiniFasNetPair implements AutoCloseable {
  /**
   * The engine service: one pair per engine, loaded from the folder the engine property {@link
   * PassiveLivenessPolicy#DIR_PROPERTY} names when the first provider asks, and closed with the engine.
   */
  public static final ServiceKey<MiniFasNetPair> SERVICE = ServiceKey.created("liveness.minifasnet",
      MiniFasNetPair.class, settings -> open(Path.of(settings.property(PassiveLivenessPolicy.DIR_PROPERTY, ""))));

  private final TorchRuntime runtime;
  private final MiniFasNet v2;
  private final MiniFasNet v1se;

  private MiniFasNetPair(TorchRuntime runtime, MiniFasNet v2, MiniFasNet v1se) {
    this.runtime = runtime;
    this.v2 = v2;
    this.v1se = v1se;
  }

  /**
   * Starts a runtime and loads upstream's two weight files from {@code directory}.
   *
   * @throws IllegalStateException (a {@code ModelUnavailableException}) naming the missing or bad file
   */
  public static MiniFasNetPair open(Path directory) {
    Objects.requireNonNull(directory, "directory");
    TorchRuntime runtime = TorchRuntime.start();
    try {
      MiniFasNet a = MiniFasNet.load(runtime, MiniFasNetVariant.V2, directory.resolve(MiniFasNetVariant.V2.fileName()));
      MiniFasNet b = MiniFasNet.load(runtime, MiniFasNetVariant.V1SE,
          directory.resolve(MiniFasNetVariant.V1SE.fileName()));
      return new MiniFasNetPair(runtime, a, b);
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
  }

  /** Scores the face {@code box} of {@code image} with the detector's box multiplier. */
  public TextureScore score(RgbImage image, FaceBox box) {
    return score(image, List.of(box), PassiveLivenessPolicy.BOX_MULTIPLIER).get(0);
  }

  /**
   * Scores several boxes of one image, each widened by {@code multiplier} before the networks' scales,
   * in one batch per network.
   *
   * @throws IllegalArgumentException if {@code boxes} is empty or {@code multiplier} is not positive
   */
  public List<TextureScore> score(RgbImage image, List<FaceBox> boxes, double multiplier) {
    return score(List.of(image), boxes, multiplier);
  }

  /** Scores box {@code i} on image {@code i} (or on the single image when one is given), batched. */
  List<TextureScore> score(List<RgbImage> images, List<FaceBox> boxes, double multiplier) {
    Objects.requireNonNull(images, "images");
    if (boxes.isEmpty() || !(multiplier > 0)) {
      throw new IllegalArgumentException("need at least one box and a positive multiplier, got " + boxes.size()
          + " boxes and " + multiplier);
    }
    List<byte[]> a = new ArrayList<>();
    List<byte[]> b = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      RgbImage image = images.get(images.size() == 1 ? 0 : i);
      a.add(FasCrop.of(image, boxes.get(i), multiplier, MiniFasNetVariant.V2.cropScale()));
      b.add(FasCrop.of(image, boxes.get(i), multiplier, MiniFasNetVariant.V1SE.cropScale()));
    }
    float[][] la = v2.logits(a);
    float[][] lb = v1se.logits(b);
    List<TextureScore> out = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      out.add(new TextureScore(MiniFasNet.softmax(la[i])[MiniFasNet.REAL_CLASS],
          MiniFasNet.softmax(lb[i])[MiniFasNet.REAL_CLASS]));
    }
    return out;
  }

  @Override
  public void close() {
    runtime.close();
  }
}
