package org.kyc4j.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;

/**
 * Orders detectors by the keys they require and provide, ties broken by (stage, id). Rejects a key
 * with two providers, a required key nobody provides and cycles, naming keys and detectors.
 */
final class Planner {
  /** The keys the engine puts on the board before any detector runs; the challenge only when the request names one. */
  static final Set<Key<?>> ENGINE_INPUTS = Collections.unmodifiableSet(
      new LinkedHashSet<>(List.of(Keys.REQUEST, Keys.CONFIG, Keys.IMAGES, Keys.CHALLENGE)));
  private static final Comparator<InstalledDetector> BY_STAGE_AND_ID =
      Comparator.comparing(InstalledDetector::stage).thenComparing(InstalledDetector::id);

  private final List<InstalledDetector> detectors;
  private final Map<Key<?>, InstalledDetector> producers = new LinkedHashMap<>();

  private Planner(List<InstalledDetector> detectors) {
    List<InstalledDetector> sorted = new ArrayList<>(detectors);
    sorted.sort(BY_STAGE_AND_ID);
    this.detectors = List.copyOf(sorted);
  }

  /** Returns the detectors in run order. */
  static List<PlanNode> plan(List<InstalledDetector> detectors) {
    Planner planner = new Planner(detectors);
    planner.indexProducers();
    planner.checkRequires();
    return planner.nodes(planner.order());
  }

  private void indexProducers() {
    for (InstalledDetector d : detectors) {
      for (Key<?> key : d.provides()) {
        if (ENGINE_INPUTS.contains(key)) {
          throw new IllegalStateException("key '" + key + "' is an engine input; detector " + d.describe()
              + " may not provide it");
        }
        InstalledDetector other = producers.putIfAbsent(key, d);
        if (other != null) {
          throw new IllegalStateException("key '" + key + "' is provided by both detector " + other.describe()
              + " and detector " + d.describe() + "; a key has exactly one provider");
        }
      }
    }
  }

  private void checkRequires() {
    for (InstalledDetector d : detectors) {
      for (Key<?> key : d.requires()) {
        Key<?> provided = provided(key);
        if (provided == null) {
          throw new IllegalStateException("detector " + d.describe() + " requires key '" + key
              + "', which no installed detector provides; provided keys: " + providedKeys()
              + "; installed detectors: " + installed() + ". Add the module whose DetectorProvider provides '"
              + key + "'");
        }
        checkType(d, key, provided);
      }
      for (Key<?> key : d.uses()) {
        Key<?> provided = provided(key);
        if (provided != null) {
          checkType(d, key, provided);
        }
      }
    }
  }

  private void checkType(InstalledDetector d, Key<?> key, Key<?> provided) {
    if (!provided.type().equals(key.type())) {
      throw new IllegalStateException("key '" + key + "' is read by detector " + d.describe() + " as "
          + key.type().getName() + " but provided as " + provided.type().getName() + " by "
          + (ENGINE_INPUTS.contains(key) ? "the engine" : "detector " + producers.get(key).describe()));
    }
  }

  private Key<?> provided(Key<?> key) {
    for (Key<?> input : ENGINE_INPUTS) {
      if (input.equals(key)) {
        return input;
      }
    }
    InstalledDetector producer = producers.get(key);
    return producer == null ? null : producer.provides().stream().filter(key::equals).findFirst().orElseThrow();
  }

  private String providedKeys() {
    Map<String, Set<String>> byProvider = new LinkedHashMap<>();
    ENGINE_INPUTS.forEach(k -> byProvider.computeIfAbsent("the engine", p -> new TreeSet<>()).add(k.name()));
    producers.forEach((k, d) -> byProvider.computeIfAbsent("'" + d.id() + "'", p -> new TreeSet<>()).add(k.name()));
    return byProvider.toString();
  }

  private String installed() {
    StringJoiner joiner = new StringJoiner(", ", "[", "]");
    detectors.forEach(d -> joiner.add(d.describe()));
    return joiner.toString();
  }

  /** Returns the detectors that provide the keys {@code d} requires or uses, in (stage, id) order. */
  private Set<InstalledDetector> upstream(InstalledDetector d) {
    Set<InstalledDetector> upstream = new TreeSet<>(BY_STAGE_AND_ID);
    Set<Key<?>> reads = new LinkedHashSet<>(d.requires());
    reads.addAll(d.uses());
    for (Key<?> key : reads) {
      InstalledDetector producer = producers.get(key);
      if (producer != null) {
        upstream.add(producer);
      }
    }
    return upstream;
  }

  private List<InstalledDetector> order() {
    Map<InstalledDetector, Integer> pending = new LinkedHashMap<>();
    Map<InstalledDetector, List<InstalledDetector>> downstream = new LinkedHashMap<>();
    PriorityQueue<InstalledDetector> ready = new PriorityQueue<>(BY_STAGE_AND_ID);
    for (InstalledDetector d : detectors) {
      Set<InstalledDetector> upstream = upstream(d);
      pending.put(d, upstream.size());
      upstream.forEach(u -> downstream.computeIfAbsent(u, x -> new ArrayList<>()).add(d));
      if (upstream.isEmpty()) {
        ready.add(d);
      }
    }
    List<InstalledDetector> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      InstalledDetector next = ready.poll();
      order.add(next);
      for (InstalledDetector d : downstream.getOrDefault(next, List.of())) {
        if (pending.merge(d, -1, Integer::sum) == 0) {
          ready.add(d);
        }
      }
    }
    if (order.size() < detectors.size()) {
      Set<InstalledDetector> left = new LinkedHashSet<>(detectors);
      order.forEach(left::remove);
      throw new IllegalStateException(CycleFinder.describe(left, downstream));
    }
    return order;
  }

  private List<PlanNode> nodes(List<InstalledDetector> order) {
    Map<InstalledDetector, Integer> position = new LinkedHashMap<>();
    order.forEach(d -> position.put(d, position.size()));
    List<PlanNode> nodes = new ArrayList<>();
    for (InstalledDetector d : order) {
      int index = position.get(d);
      Set<Integer> waitFor = new TreeSet<>();
      upstream(d).forEach(u -> waitFor.add(position.get(u)));
      List<Integer> gates = new ArrayList<>();
      if (d.stage() == Stage.RISK) {
        for (int i = 0; i < index; i++) {
          if (order.get(i).stage().failureIsFinal()) {
            gates.add(i);
          }
        }
      }
      waitFor.addAll(gates);
      nodes.add(new PlanNode(index, d, new ArrayList<>(waitFor), gates));
    }
    return nodes;
  }
}
