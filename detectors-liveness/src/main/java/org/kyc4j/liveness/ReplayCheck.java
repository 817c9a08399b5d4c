package org.kyc4j.liveness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kyc4j.api.ReasonCode;

/**
 * Flags frames that repeat each other. A camera's frames always differ by sensor noise, so two frames
 * with the same encoded bytes, the same decoded pixels, or almost no pixel changed (a still image
 * re-encoded) were replayed or injected. Needs at least two frames. Stateless.
 */
final class ReplayCheck {
  private ReplayCheck() {}

  /** Judges the frames of a capture, recording evidence and problems. */
  static void judge(FrameScan scan, InjectionLimits limits, Judgement judgement) {
    if (scan.size() < 2) {
      judgement.evidence("replay", "not judged: a single frame cannot show replay by duplication");
      return;
    }
    recordConsecutive(scan, judgement);
    List<List<Integer>> byteGroups = groups(scan, false);
    List<List<Integer>> pixelGroups = groups(scan, true);
    judgement.evidence("duplicates.bytes", describe(byteGroups));
    judgement.evidence("duplicates.pixels", describe(pixelGroups));
    for (List<Integer> group : byteGroups) {
      judgement.problem(ReasonCode.INJECTION_DETECTED, "frames " + list(group) + " have identical encoded bytes");
    }
    for (List<Integer> group : pixelGroups) {
      if (!byteGroups.contains(group)) {
        judgement.problem(ReasonCode.INJECTION_DETECTED, "frames " + list(group) + " decode to identical pixels");
      }
    }
    nearDuplicates(scan, limits, pixelGroups, judgement);
  }

  private static void recordConsecutive(FrameScan scan, Judgement judgement) {
    List<String> distances = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<FrameSignature> frames = scan.signatures();
    for (int i = 1; i < frames.size(); i++) {
      FrameSignature previous = frames.get(i - 1);
      FrameSignature current = frames.get(i);
      distances.add(Integer.toString(PerceptualHash.distance(previous.perceptualHash(), current.perceptualHash())));
      changed.add(current.sameSize(previous) ? Judgement.decimal(scan.changedShare(i - 1, i)) : "n/a");
    }
    judgement.evidence("consecutive.hashDistance", String.join(",", distances));
    judgement.evidence("consecutive.changedShare", String.join(",", changed));
  }

  /** Groups (of two or more) of frames with identical bytes, or with identical decoded pixels. */
  private static List<List<Integer>> groups(FrameScan scan, boolean pixels) {
    Map<Integer, List<Integer>> byRepresentative = new LinkedHashMap<>();
    for (FrameSignature frame : scan.signatures()) {
      Integer home = null;
      for (Integer representative : byRepresentative.keySet()) {
        if (pixels ? scan.samePixels(representative, frame.index())
            : scan.signatures().get(representative).byteDigest().equals(frame.byteDigest())) {
          home = representative;
          break;
        }
      }
      byRepresentative.computeIfAbsent(home == null ? frame.index() : home, k -> new ArrayList<>()).add(frame.index());
    }
    return byRepresentative.values().stream().filter(group -> group.size() > 1).map(List::copyOf)
        .collect(Collectors.toList());
  }

  private static void nearDuplicates(FrameScan scan, InjectionLimits limits, List<List<Integer>> pixelGroups,
      Judgement judgement) {
    List<String> pairs = new ArrayList<>();
    List<FrameSignature> frames = scan.signatures();
    for (int a = 0; a < frames.size(); a++) {
      for (int b = a + 1; b < frames.size(); b++) {
        if (!frames.get(a).sameSize(frames.get(b)) || samePixelGroup(pixelGroups, a, b)) {
          continue;
        }
        int distance = PerceptualHash.distance(frames.get(a).perceptualHash(), frames.get(b).perceptualHash());
        if (distance > limits.maxHashDistance()) {
          continue;
        }
        double changed = scan.changedShare(a, b);
        if (changed < limits.minChangedShare()) {
          pairs.add(a + "~" + b + " (changedShare " + Judgement.decimal(changed) + ", hashDistance " + distance + ")");
        }
      }
    }
    judgement.evidence("duplicates.near", pairs.isEmpty() ? "none" : Judgement.named(pairs));
    if (!pairs.isEmpty()) {
      judgement.problem(ReasonCode.INJECTION_DETECTED, "near-identical frames, as from a re-encoded still image: "
          + Judgement.named(pairs) + "; a live camera changes at least "
          + Judgement.decimal(limits.minChangedShare()) + " of the pixels by " + (int) FrameScan.CHANGE
          + " or more grey levels");
    }
  }

  private static boolean samePixelGroup(List<List<Integer>> pixelGroups, int a, int b) {
    return pixelGroups.stream().anyMatch(group -> group.contains(a) && group.contains(b));
  }

  private static String describe(List<List<Integer>> groups) {
    if (groups.isEmpty()) {
      return "none";
    }
    return groups.stream().map(ReplayCheck::list).collect(Collectors.joining("; "));
  }

  private static String list(List<Integer> group) {
    return Judgement.named(group.stream().map(String::valueOf).collect(Collectors.toList()));
  }
}
