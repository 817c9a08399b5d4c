package org.kyc4j.models.internal;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes the weights of a TensorFlow.js manifest into float32 tensors: float32 and int32 as
 * stored, uint8/uint16 by {@code q * scale + min}, float16 exactly. The shard bytes must match the
 * manifest exactly; a short or overlong shard is an error naming the weight. Immutable and
 * thread-safe once built.
 */
public final class TfjsWeights {
  private final Map<String, TfjsTensor> tensors;

  private TfjsWeights(Map<String, TfjsTensor> tensors) {
    this.tensors = Collections.unmodifiableMap(tensors);
  }

  /** Decodes {@code data}, the shards concatenated in manifest order, for {@code specs}. */
  public static TfjsWeights decode(List<TfjsWeightSpec> specs, byte[] data) {
    ByteBuffer buffer = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    Map<String, TfjsTensor> tensors = new LinkedHashMap<>();
    String last = null;
    for (TfjsWeightSpec spec : specs) {
      long needed = spec.byteCount();
      if (needed > buffer.remaining()) {
        throw new IllegalArgumentException("weight " + spec.name() + " needs " + needed
            + " bytes at offset " + buffer.position() + " but only " + buffer.remaining()
            + " remain: the shards are truncated (total " + data.length + " bytes)");
      }
      if (tensors.put(spec.name(), new TfjsTensor(spec.name(), spec.shape(), read(spec, buffer)))
          != null) {
        throw new IllegalArgumentException("duplicate weight name " + spec.name());
      }
      last = spec.name();
    }
    if (buffer.hasRemaining()) {
      throw new IllegalArgumentException("the shards hold " + buffer.remaining()
          + " bytes after the last weight" + (last == null ? "" : " (" + last + ")")
          + ": expected exactly " + buffer.position() + " bytes but got " + data.length);
    }
    return new TfjsWeights(tensors);
  }

  /** Reads the shards of {@code model} from {@code directory} and decodes them. */
  public static TfjsWeights load(TfjsModel model, Path directory) throws IOException {
    return decode(model.weights(), readShards(model.shardPaths(), directory));
  }

  /**
   * Reads the shards of {@code groups} as class-path resources of {@code owner}, relative to the
   * resource folder {@code folder} (for example {@code /org/kyc4j/models/}), and decodes
   * them; shard paths may not leave that folder.
   *
   * @throws java.io.FileNotFoundException naming the resource when a shard is missing
   */
  public static TfjsWeights loadResources(List<TfjsWeightGroup> groups, Class<?> owner,
      String folder) throws IOException {
    return load(new TfjsModel(List.of(), groups), path -> {
      if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
        throw new IllegalArgumentException("shard path " + path
            + " is not allowed; it must name a file inside the resource folder " + folder);
      }
      String resource = folder.endsWith("/") ? folder + path : folder + "/" + path;
      InputStream in = owner.getResourceAsStream(resource);
      if (in == null) {
        throw new FileNotFoundException("class-path resource " + resource + " is missing");
      }
      return in;
    });
  }

  /** Opens one weight shard by its manifest path (for example from the class path). */
  @FunctionalInterface
  public interface ShardSource {
    /** Opens the shard {@code path}; the caller closes the stream. */
    InputStream open(String path) throws IOException;
  }

  /**
   * Reads the shards of {@code model} from {@code source} and decodes them; reads at most one
   * byte more than the manifest needs, so an overlong shard is reported without reading it all.
   */
  public static TfjsWeights load(TfjsModel model, ShardSource source) throws IOException {
    long needed = model.weights().stream().mapToLong(TfjsWeightSpec::byteCount).sum();
    if (needed >= Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("the manifest needs " + needed
          + " bytes of weights; at most " + (Integer.MAX_VALUE - 9) + " allowed");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String path : model.shardPaths()) {
      try (InputStream in = source.open(path)) {
        out.write(in.readNBytes((int) Math.max(0, needed + 1 - out.size())));
      }
    }
    return decode(model.weights(), out.toByteArray());
  }

  /** Concatenates the shard files; each path must stay inside {@code directory}. */
  static byte[] readShards(List<String> paths, Path directory) throws IOException {
    Path base = directory.toAbsolutePath().normalize();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String path : paths) {
      Path shard = base.resolve(path).normalize();
      if (!shard.startsWith(base) || shard.equals(base)) {
        throw new IllegalArgumentException("shard path " + path
            + " is not allowed; it must name a file inside " + base);
      }
      out.write(Files.readAllBytes(shard));
    }
    return out.toByteArray();
  }

  /** The tensor named {@code name}, if present. */
  public Optional<TfjsTensor> find(String name) {
    return Optional.ofNullable(tensors.get(name));
  }

  /** The tensor named {@code name}, or an error naming it. */
  public TfjsTensor get(String name) {
    TfjsTensor tensor = tensors.get(name);
    if (tensor == null) {
      throw new IllegalArgumentException("no weight named " + name);
    }
    return tensor;
  }

  /** All tensors by name, in manifest order. */
  public Map<String, TfjsTensor> all() {
    return tensors;
  }

  private static float[] read(TfjsWeightSpec spec, ByteBuffer buffer) {
    float[] values = new float[spec.elements()];
    double scale = spec.quantization().map(TfjsQuantization::scale).orElse(1.0);
    double min = spec.quantization().map(TfjsQuantization::min).orElse(0.0);
    switch (spec.storage()) {
      case FLOAT32 -> buffer.asFloatBuffer().get(values);
      case INT32 -> {
        for (int i = 0; i < values.length; i++) {
          values[i] = buffer.getInt(buffer.position() + 4 * i);
        }
      }
      case UINT8 -> {
        for (int i = 0; i < values.length; i++) {
          values[i] = (float) ((buffer.get(buffer.position() + i) & 0xff) * scale + min);
        }
      }
      case UINT16 -> {
        for (int i = 0; i < values.length; i++) {
          values[i] = (float) ((buffer.getShort(buffer.position() + 2 * i) & 0xffff) * scale + min);
        }
      }
      case FLOAT16 -> {
        for (int i = 0; i < values.length; i++) {
          values[i] = Half.toFloat(buffer.getShort(buffer.position() + 2 * i));
        }
      }
      default -> throw new IllegalStateException("unhandled storage " + spec.storage());
    }
    buffer.position(buffer.position() + (int) spec.byteCount());
    return values;
  }
}
