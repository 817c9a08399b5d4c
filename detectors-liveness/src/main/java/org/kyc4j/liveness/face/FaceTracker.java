package org.kyc4j.liveness.face;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceLandmarks;
import org.kyc4j.spi.FaceVerdict;

/**
 * Reads the subject through a sequence of frames as MediaPipe's face landmark graph does: BlazeFace
 * finds the faces on the first frame, and each next frame's face-mesh crop comes from the previous
 * frame's subject box instead of a new detection; that box is rebuilt on every tracked frame from the
 * extent of its mesh landmarks, in the proportions the last BlazeFace box had to its mesh, so a tracked
 * box sizes the mesh crop, the passive cue's crop and the jump check as a detected box would. BlazeFace
 * runs again (and its reading replaces the tracked one) when the mesh's face score falls under
 * {@link #MIN_FACE_SCORE}, when the box moved more than {@link #MAX_SHIFT} box sides or its side changed
 * by more than the factor {@link #MAX_SCALE}, when the box gets too small, when the previous frame had no
 * single face, and always on frames 0, 5, 10, ... ({@link #DETECT_EVERY}) and the last frame. Those
 * scheduled detections after the first run ahead on the recognizer's second thread while this thread
 * tracks the frames between them; one not yet started when its frame comes is run here instead.
 *
 * <p>Trade-off: a second face (MULTIPLE) or a face too small is only seen on frames where BlazeFace
 * ran, the first, the last and at least every {@value #DETECT_EVERY} frames; a tracked frame reports
 * one face (the subject). A second person who stays in view longer than {@value #DETECT_EVERY} frames
 * (half a second at 10 frames a second) is seen; one who appears only between two detections is not.
 * Stateless and thread-safe.
 */
final class FaceTracker {
  /** BlazeFace runs on at least every this many frames: frame 0, 5, 10, ... and the last frame. */
  static final int DETECT_EVERY = 5;
  /** Face-mesh face probability under which a tracked frame is detected anew. */
  static final double MIN_FACE_SCORE = 0.5;
  /** Largest move of the box centre from the previous frame's box, over the longer box side. */
  static final double MAX_SHIFT = 0.1;
  /** Largest factor by which the box's longer side may grow or shrink from the previous frame. */
  static final double MAX_SCALE = 1.15;

  private final FaceRecognizer recognizer;
  private final double minSide;
  private final Executor ahead;
  private final boolean withEyes;

  /**
   * A tracker whose readings carry the iris model's eye openness on every frame exactly when
   * {@code withEyes}, read after the tracking, all frames' eyes in one batch.
   */
  FaceTracker(FaceRecognizer recognizer, double minSide, Executor ahead, boolean withEyes) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
    this.minSide = minSide;
    this.ahead = Objects.requireNonNull(ahead, "ahead");
    this.withEyes = withEyes;
  }

  /**
   * What the tracker read: one reading per frame (no descriptors) and the indexes of the frames on
   * which BlazeFace ran.
   */
  record Result(List<FaceReading> readings, List<Integer> detected) {
    Result {
      readings = List.copyOf(readings);
      detected = List.copyOf(detected);
    }
  }

  /** Reads every frame, in order. */
  Result read(List<RgbImage> frames) {
    Objects.requireNonNull(frames, "frames");
    Map<Integer, FutureTask<FaceReading>> scheduled = schedule(frames);
    try {
      List<FaceReading> readings = new ArrayList<>();
      List<Integer> detected = new ArrayList<>();
      BoxFit fit = null;
      for (int i = 0; i < frames.size(); i++) {
        boolean due = scheduled(i, frames.size());
        FaceReading reading = due || fit == null ? null : track(frames.get(i), readings.get(i - 1), fit);
        if (reading == null) {
          reading = due ? detected(frames, i, scheduled.get(i)) : recognizer.locate(frames.get(i), false);
          detected.add(i);
          fit = BoxFit.of(reading);
        }
        readings.add(reading);
      }
      return new Result(withEyes ? recognizer.withEyes(frames, readings) : readings, detected);
    } finally {
      scheduled.values().forEach(task -> task.cancel(false));
    }
  }

  /** Whether BlazeFace always runs on frame {@code i} of {@code n}: the first, every fifth and the last. */
  static boolean scheduled(int i, int n) {
    return i % DETECT_EVERY == 0 || i == n - 1;
  }

  /** Hands the scheduled detections after the first frame to the detect-ahead thread. */
  private Map<Integer, FutureTask<FaceReading>> schedule(List<RgbImage> frames) {
    Map<Integer, FutureTask<FaceReading>> tasks = new HashMap<>();
    for (int i = 1; i < frames.size(); i++) {
      if (scheduled(i, frames.size())) {
        RgbImage frame = frames.get(i);
        FutureTask<FaceReading> task = new FutureTask<>(() -> recognizer.locate(frame, false));
        tasks.put(i, task);
        try {
          ahead.execute(task);
        } catch (RejectedExecutionException e) {
          throw new IllegalStateException("the face recognizer is closed", e);
        }
      }
    }
    return tasks;
  }

  /** The detection of a scheduled frame: done ahead, or here when the other thread has not started it. */
  private FaceReading detected(List<RgbImage> frames, int i, FutureTask<FaceReading> task) {
    if (task == null || task.cancel(false)) {
      return recognizer.locate(frames.get(i), false);
    }
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while detecting frame " + i, e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /** The subject read with the previous frame's box, or null when the frame must be detected anew. */
  private FaceReading track(RgbImage frame, FaceReading previous, BoxFit fit) {
    if (previous.verdict() != FaceVerdict.ONE || previous.landmarks().isEmpty()) {
      return null;
    }
    FaceBox last = previous.subject().orElseThrow();
    FaceLandmarks landmarks = recognizer.landmarks(frame, last);
    if (!(landmarks.faceScore() >= MIN_FACE_SCORE)) {
      return null;
    }
    FaceBox box = fit.box(landmarks);
    if (box == null || box.minSide() < minSide || moved(last, box)) {
      return null;
    }
    return new FaceReading(FaceVerdict.ONE, List.of(box), landmarks, null, null);
  }

  /** Whether {@code box} moved or scaled beyond the limits from {@code last}. */
  static boolean moved(FaceBox last, FaceBox box) {
    double side = Math.max(last.width(), last.height());
    double scale = Math.max(box.width(), box.height()) / side;
    double shift = Math.hypot(box.centreX() - last.centreX(), box.centreY() - last.centreY()) / side;
    return shift > MAX_SHIFT || scale > MAX_SCALE || scale < 1 / MAX_SCALE;
  }
}
