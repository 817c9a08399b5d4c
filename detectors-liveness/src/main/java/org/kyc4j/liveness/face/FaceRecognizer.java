package org.kyc4j.liveness.face;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.kyc4j.api.RgbImage;
import org.kyc4j.models.DlibResNet;
import org.kyc4j.models.GraphModel;
import org.kyc4j.models.TorchRuntime;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceEmbedding;
import org.kyc4j.spi.FaceLandmarks;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.spi.ServiceKey;

/**
 * Finds and reads faces with the bundled models: BlazeFace detection, the subject chosen as the
 * largest, most central face, its 468 face-mesh landmarks, both eyes' openness read by the iris model
 * on eye crops cut from the mesh's eye corners ({@link IrisEyes}), a similarity warp of eyes, nose and mouth
 * to dlib's 150x150 chip, and dlib's ResNet descriptor of the chip and of its mirror image; through a
 * sequence of frames ({@link #locateAll}) it tracks the face from frame to frame. Loads the
 * models once; thread-safe (one inference thread per call, plus for {@link #locateAll} one detect-ahead
 * thread the recognizer owns and shares between calls); close it to free the models and that thread.
 */
public final class FaceRecognizer implements AutoCloseable {
  /**
   * The engine service every face detector of one engine shares: one recognizer (one model runtime,
   * one copy of each model) per engine, opened when the first face provider asks and closed with the
   * engine. Supply your own with {@code Kyc4j.Builder.service(FaceRecognizer.SERVICE, recognizer)} to
   * share one between engines; the engine then leaves it open.
   */
  public static final ServiceKey<FaceRecognizer> SERVICE = ServiceKey.created("face.recognizer",
      FaceRecognizer.class, settings -> open());

  private final TorchRuntime runtime;
  private final GraphModel detector;
  private final GraphModel mesh;
  private final DlibResNet descriptor;
  private final IrisEyes eyes;
  private final BlazeFaceDecoder decoder = new BlazeFaceDecoder();
  private final SubjectChoice choice = SubjectChoice.defaults();
  private final ReadingCache cache;
  /**
   * One thread that runs a capture's scheduled BlazeFace detections ahead while the calling thread
   * tracks the frames between them (the second core of a 2-core machine); started on first use, daemon,
   * stopped by {@link #close}.
   */
  private final ExecutorService ahead = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "kyc4j-face-detect-ahead");
    thread.setDaemon(true);
    return thread;
  });

  private FaceRecognizer(TorchRuntime runtime, int cachedReadings) {
    this.runtime = runtime;
    this.cache = cachedReadings > 0 ? new ReadingCache(cachedReadings) : null;
    this.detector = GraphModel.load(runtime, "blazeface.json");
    this.mesh = GraphModel.load(runtime, "facemesh.json");
    this.descriptor = DlibResNet.load(runtime);
    this.eyes = new IrisEyes(GraphModel.load(runtime, "iris.json"));
  }

  /**
   * Starts the model runtime and loads the models (about a second).
   *
   * @throws IllegalStateException (a {@code ModelUnavailableException}) when the runtime or a model
   *     cannot be loaded; the message names what is missing
   */
  public static FaceRecognizer open() {
    return open(0);
  }

  /**
   * Starts the model runtime and loads the models, keeping the last {@code cachedReadings} results of
   * {@link #read} by image content, so that a photo read again (a batch naming one image in many rows)
   * costs a pixel digest instead of a reading; 0 keeps none. The cache holds readings (landmarks and
   * descriptors, about 8 KB each), never images.
   *
   * @throws IllegalArgumentException if {@code cachedReadings} is negative
   * @throws IllegalStateException (a {@code ModelUnavailableException}) when a model cannot be loaded
   */
  public static FaceRecognizer open(int cachedReadings) {
    if (cachedReadings < 0) {
      throw new IllegalArgumentException("cachedReadings " + cachedReadings + " must be 0 or more");
    }
    TorchRuntime runtime = TorchRuntime.start();
    try {
      return new FaceRecognizer(runtime, cachedReadings);
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
  }

  /** Finds the faces and the subject's landmarks and eye openness (the iris model), without a descriptor. */
  public FaceReading locate(RgbImage image) {
    return locate(image, true);
  }

  /**
   * Finds the faces and the subject's landmarks, without a descriptor; the iris model reads the eyes only
   * when {@code withEyes} (about a quarter of a frame's cost), else the geometry's eye ratios are the mesh's.
   */
  FaceReading locate(RgbImage image, boolean withEyes) {
    Objects.requireNonNull(image, "image");
    SubjectChoice.Result result = choice.choose(detect(image), image.width(), image.height());
    if (result.subject() == null) {
      return new FaceReading(result.verdict(), List.of(), null, null, null);
    }
    List<FaceBox> faces = new ArrayList<>();
    faces.add(result.subject());
    faces.addAll(result.others());
    FaceLandmarks mesh = landmarks(image, result.subject());
    return new FaceReading(result.verdict(), faces, mesh, withEyes ? eyes(image, mesh) : null, null, null);
  }

  /** The iris model's reading of both eyes of a face with these landmarks, or null when it cannot be read. */
  IrisEyes.Openness eyes(RgbImage image, FaceLandmarks mesh) {
    return eyes.measure(image, mesh);
  }

  /**
   * The readings (without descriptors) with the iris model's eye openness on every face that has
   * landmarks, all eyes of all frames in one batch of the model.
   */
  List<FaceReading> withEyes(List<RgbImage> images, List<FaceReading> readings) {
    List<IrisEyes.Openness> read = eyes.measureAll(images,
        readings.stream().map(r -> r.landmarks().orElse(null)).toList());
    List<FaceReading> out = new ArrayList<>();
    for (int i = 0; i < readings.size(); i++) {
      FaceReading r = readings.get(i);
      out.add(r.landmarks().isEmpty() ? r
          : new FaceReading(r.verdict(), r.faces(), r.landmarks().get(), read.get(i), null, null));
    }
    return out;
  }

  /**
   * Finds the faces and describes the subject, unless there is none or it is too small. Matching does not
   * look at the eyes, so the iris model does not run: the geometry's eye ratios are the mesh's.
   */
  public FaceReading read(RgbImage image) {
    Objects.requireNonNull(image, "image");
    return cache == null ? describe(image, locate(image, false))
        : cache.read(image, i -> describe(i, locate(i, false)));
  }

  /** Adds the descriptor to a reading {@link #locate} made of the same image. */
  public FaceReading describe(RgbImage image, FaceReading located) {
    Objects.requireNonNull(image, "image");
    FaceVerdict verdict = located.verdict();
    if (verdict == FaceVerdict.NONE || verdict == FaceVerdict.TOO_SMALL
        || located.landmarks().isEmpty()) {
      return located;
    }
    byte[] chip = FaceChip.extract(image, located.landmarks().get());
    float[][] both = descriptor.describe(List.of(chip, FaceChip.mirror(chip)));
    return new FaceReading(verdict, located.faces(), located.landmarks().get(), located.eyes(), both[0], both[1]);
  }

  /**
   * dlib's descriptor of each located face's aligned chip, without its mirror image, in one batch (model
   * {@link FaceMatchPolicy#PLAIN_MODEL}): half the cost of {@link #describe}, for checking that frames of
   * one capture show one person.
   *
   * @throws IllegalArgumentException if the lists differ in size or a reading has no landmarks
   */
  public List<FaceEmbedding> describePlain(List<RgbImage> images, List<FaceReading> located) {
    if (images.size() != located.size()) {
      throw new IllegalArgumentException(images.size() + " images for " + located.size() + " readings");
    }
    List<byte[]> chips = new ArrayList<>();
    for (int i = 0; i < images.size(); i++) {
      FaceLandmarks landmarks = located.get(i).landmarks()
          .orElseThrow(() -> new IllegalArgumentException("a reading without landmarks cannot be described"));
      chips.add(FaceChip.extract(images.get(i), landmarks));
    }
    return chips.isEmpty() ? List.of() : java.util.Arrays.stream(descriptor.describe(chips))
        .map(d -> new FaceEmbedding(FaceMatchPolicy.PLAIN_MODEL, d)).toList();
  }

  /** Returns every face BlazeFace finds, in image pixels, best score first (no subject chosen yet). */
  public List<FaceBox> detect(RgbImage image) {
    Objects.requireNonNull(image, "image");
    Letterbox letterbox = BlazeFaceDecoder.letterbox(image);
    Map<String, float[]> out = detector.run(BlazeFaceDecoder.input(image, letterbox), 256, 256);
    return decoder.decode(out.get("Identity_2"), out.get("Identity"), out.get("Identity_3"), out.get("Identity_1"),
        letterbox);
  }

  /**
   * Reads the subject through a sequence of frames (a selfie capture, in order), detecting with
   * BlazeFace on the first and last frame, at least every fifth frame and whenever the tracked face is lost,
   * moves or scales too much, and taking the other frames' face-mesh crops from the previous frame's face,
   * as MediaPipe tracks; no descriptors. A tracked frame reports the subject alone, so a second face is seen
   * only on a detected frame.
   */
  public List<FaceReading> locateAll(List<RgbImage> frames) {
    return track(frames, true).readings();
  }

  /** Tracks the subject through the frames; the iris model reads the eyes of every frame only when {@code withEyes}. */
  FaceTracker.Result track(List<RgbImage> frames, boolean withEyes) {
    Objects.requireNonNull(frames, "frames").forEach(f -> Objects.requireNonNull(f, "frame"));
    return new FaceTracker(this, choice.minSide(), ahead, withEyes).read(frames);
  }

  /** The face mesh of the face in the crop MeshCrop builds from {@code face}'s box and eye keypoints. */
  FaceLandmarks landmarks(RgbImage image, FaceBox face) {
    MeshCrop crop = MeshCrop.of(face);
    Map<String, float[]> out = mesh.run(crop.input(image), MeshCrop.SIZE, MeshCrop.SIZE);
    return crop.landmarks(out.get("Identity_2"), out.get("Identity_1")[0]);
  }

  /**
   * Returns the openness of the eye in a crop that shows one eye, outer corner on the left (a subject's
   * right eye in an unmirrored photo; mirror a left eye first): the iris model's eyelid gap over eye
   * width, as {@link org.kyc4j.spi.FaceGeometry#rightEyeAspect} reads it on whole faces. The crop is
   * padded to a square and scaled to the model's 64x64 input.
   */
  public double eyeOpenness(RgbImage eyeCrop) {
    return eyes.measureCrop(eyeCrop);
  }

  /** Frees the models; idempotent. Calls after closing fail with IllegalStateException. */
  @Override
  public void close() {
    ahead.shutdownNow();
    awaitAhead();
    runtime.close();
  }

  /**
   * Waits for a detection the detect-ahead thread has already started (a capture that failed part way
   * leaves one running): freeing the models under it crashed the native runtime (SIGSEGV in libtorch).
   * One detection is bounded, so the wait is too; an interrupt is kept for the caller.
   */
  private void awaitAhead() {
    boolean interrupted = false;
    while (!ahead.isTerminated()) {
      try {
        ahead.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
