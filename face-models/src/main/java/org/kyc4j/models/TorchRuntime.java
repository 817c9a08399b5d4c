package org.kyc4j.models;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * DJL's PyTorch engine, started offline with one intra-op and one inter-op thread (parallelism
 * comes from serving several requests at once, which holds up on a busy two-core machine). Owns
 * the manager that the weights of the models loaded on it live in; {@link #close()} frees them.
 * Thread-safe.
 */
public final class TorchRuntime implements AutoCloseable {
  /** DJL settings applied unless the process already set them. */
  static final Map<String, String> DEFAULTS = Map.of(
      "ai.djl.offline", "true",
      "ai.djl.pytorch.num_threads", "1",
      "ai.djl.pytorch.num_interop_threads", "1");

  private final NDManager weights;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TorchRuntime(NDManager weights) {
    this.weights = weights;
  }

  /**
   * Starts the engine (the first start in a process unpacks the native library, about 3 s).
   *
   * @throws ModelUnavailableException when the PyTorch native library cannot be loaded offline
   */
  public static TorchRuntime start() {
    DEFAULTS.forEach((name, value) -> {
      if (System.getProperty(name) == null) {
        System.setProperty(name, value);
      }
    });
    try {
      Engine engine = Engine.getEngine("PyTorch");
      return new TorchRuntime(engine.newBaseManager());
    } catch (RuntimeException | LinkageError e) {
      throw new ModelUnavailableException("the PyTorch engine could not start offline: put "
          + "ai.djl.pytorch:pytorch-engine, pytorch-jni and pytorch-native-cpu (classifier linux-x86_64) "
          + "on the class path, or point DJL_CACHE_DIR at a folder holding the unpacked native library; "
          + "cause: " + e, e);
    }
  }

  /** Returns the manager that holds model weights for the life of this runtime. */
  NDManager weights() {
    requireOpen();
    return weights;
  }

  /** Returns a new manager for one inference; close it when the inference is done. */
  NDManager newInference() {
    requireOpen();
    return weights.newSubManager();
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("the model runtime is closed");
    }
  }

  /** Frees every weight; idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      weights.close();
    }
  }
}
