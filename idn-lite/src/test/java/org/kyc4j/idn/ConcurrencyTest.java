package org.kyc4j.idn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kyc4j.spi.IdentityRecord;

/** Eight threads adding, deleting and querying at once: no exception and a consistent final state. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int OPERATIONS = 1500;

  @Test
  void concurrentChangesAndQueriesLeaveAConsistentNetwork() throws Exception {
    long seed = System.nanoTime();
    System.out.println("ConcurrencyTest seed " + seed);
    LiteIdentityNetwork network = LiteIdentityNetwork.builder().build();
    Faces shared = new Faces(128, seed);
    float[] common = shared.identity();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Map<String, IdentityRecord>>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> work(network, thread, seed + thread, common)));
      }
      Map<String, IdentityRecord> expected = new HashMap<>();
      for (Future<Map<String, IdentityRecord>> future : futures) {
        expected.putAll(future.get(2, TimeUnit.MINUTES));
      }
      assertThat(network.size()).isEqualTo(expected.size());
      long withFace = expected.values().stream().filter(r -> r.faceEmbedding() != null).count();
      assertThat(network.stats().faces()).as("faces").isEqualTo(withFace);
      for (IdentityRecord record : expected.values()) {
        IdentityRecord stored = network.retrieve(record.transactionId()).orElseThrow();
        assertThat(stored.userId()).isEqualTo(record.userId());
        assertThat(stored.time()).isEqualTo(record.time());
      }
      for (int t = 0; t < THREADS; t++) {
        network.deleteUser("user-" + t);
      }
      assertThat(network.stats()).isEqualTo(new NetworkStats(0, 0, 0, 0, 0, network.stats().faceIndexBytes(), 0));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs random operations on the thread's own transactions and returns what it left in the network. */
  private static Map<String, IdentityRecord> work(LiteIdentityNetwork network, int thread, long seed, float[] common) {
    SplittableRandom random = new SplittableRandom(seed);
    Faces faces = new Faces(128, seed);
    Map<String, IdentityRecord> mine = new HashMap<>();
    for (int i = 0; i < OPERATIONS; i++) {
      String id = "th" + thread + "-" + random.nextInt(60);
      int choice = random.nextInt(10);
      if (choice < 5) {
        IdentityRecord record = Rec.of(id).user("user-" + thread).id("PASSPORT", "P" + random.nextInt(20))
            .face(random.nextBoolean() ? faces.capture(common) : null).hours(random.nextInt(24 * 20)).build();
        network.add(record);
        mine.put(id, record);
      } else if (choice < 7) {
        assertThat(network.deleteTransaction(id)).isEqualTo(mine.remove(id) != null);
      } else {
        IdentityRecord probe = Rec.of("probe-" + thread).user("x").id("PASSPORT", "P1").face(common)
            .hours(24 * 20).build();
        network.assess(probe, Rec.T0.plus(Duration.ofDays(20)), Duration.ofDays(30), 3);
        network.similarFaces(common, 0.9, network.window());
        assertThat(network.recordsByUser("user-" + thread, new TimeWindow(Rec.T0, Rec.T0.plus(Duration.ofDays(30)))))
            .hasSize(mine.size());
      }
    }
    return mine;
  }
}
