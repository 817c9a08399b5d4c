package org.kyc4j.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.kyc4j.spi.Key;

/** Finds one cycle among detectors that could not be ordered, and describes it with its keys. */
final class CycleFinder {
  private CycleFinder() {}

  /**
   * Returns a message naming the detectors and keys of one cycle among {@code left}.
   *
   * @param downstream for each detector, the detectors that require a key it provides
   */
  static String describe(Set<InstalledDetector> left, Map<InstalledDetector, List<InstalledDetector>> downstream) {
    Set<InstalledDetector> done = new HashSet<>();
    for (InstalledDetector start : left) {
      List<InstalledDetector> cycle = search(start, new ArrayList<>(), done, left, downstream);
      if (cycle != null) {
        return message(cycle);
      }
    }
    return "detectors " + left + " cannot be ordered";
  }

  private static List<InstalledDetector> search(InstalledDetector node, List<InstalledDetector> path,
      Set<InstalledDetector> done, Set<InstalledDetector> left,
      Map<InstalledDetector, List<InstalledDetector>> downstream) {
    int onPath = path.indexOf(node);
    if (onPath >= 0) {
      return new ArrayList<>(path.subList(onPath, path.size()));
    }
    if (done.contains(node) || !left.contains(node)) {
      return null;
    }
    path.add(node);
    for (InstalledDetector next : downstream.getOrDefault(node, List.of())) {
      List<InstalledDetector> cycle = search(next, path, done, left, downstream);
      if (cycle != null) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    done.add(node);
    return null;
  }

  private static String message(List<InstalledDetector> cycle) {
    StringBuilder out = new StringBuilder("the detector graph has a cycle: ");
    for (int i = 0; i < cycle.size(); i++) {
      InstalledDetector from = cycle.get(i);
      InstalledDetector to = cycle.get((i + 1) % cycle.size());
      out.append('\'').append(from.id()).append("' -[").append(sharedKeys(from, to)).append("]-> ");
    }
    out.append('\'').append(cycle.get(0).id()).append("'; detectors on the cycle: ");
    StringJoiner joiner = new StringJoiner(", ");
    cycle.forEach(d -> joiner.add(d.describe()));
    return out.append(joiner).append(". Each key's provider must run before the detectors requiring it").toString();
  }

  private static String sharedKeys(InstalledDetector from, InstalledDetector to) {
    StringJoiner joiner = new StringJoiner(", ");
    for (Key<?> key : from.provides()) {
      if (to.reads(key)) {
        joiner.add(key.name());
      }
    }
    return joiner.toString();
  }
}
