package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Reason;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.testing.TestImages;

/**
 * One engine, eight threads each verifying the same FACE_COMPARE requests in its own shuffled
 * order: every thread's results (status, reason codes, face.match score) equal a sequential run.
 */
class FaceCompareConcurrencyTest {
  private static final int THREADS = 8;
  private static final long SEED = 20251126L;

  @Test
  void eightThreadsGiveTheSequentialResults() throws Exception {
    LfwFaces.assumeAvailable();
    List<VerificationRequest> requests = requests();
    System.out.println("FaceCompareConcurrencyTest seed " + SEED);
    Random random = new Random(SEED);
    try (Kyc4j engine = Kyc4j.builder().discovery(false).addProvider(new FaceCompareReaderProvider.A())
        .addProvider(new FaceCompareReaderProvider.B()).addProvider(new FaceCompareProvider()).build()) {
      Map<String, String> sequential = run(engine, requests);
      assertThat(sequential.values()).as("the requests cover matches and mismatches")
          .anyMatch(s -> s.startsWith("SUCCESS")).anyMatch(s -> s.contains("FACE_MISMATCH"));
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<Map<String, String>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          List<VerificationRequest> order = new ArrayList<>(requests);
          Collections.shuffle(order, random);
          futures.add(pool.submit(() -> run(engine, order)));
        }
        for (Future<Map<String, String>> future : futures) {
          assertThat(future.get(5, TimeUnit.MINUTES)).as("results of a thread (seed %d)", SEED).isEqualTo(sequential);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** Six FACE_COMPARE requests: three same-person pairs, two different-person pairs, one without a face. */
  private static List<VerificationRequest> requests() {
    List<VerificationRequest> requests = new ArrayList<>();
    List<List<Path>> identities = LfwFaces.matedIdentities();
    for (int i : new int[] {0, 1, 3}) {
      List<Path> photos = identities.get(i);
      requests.add(FaceRequests.compare("same-" + i, LfwFaces.jpeg(photos.get(0)), LfwFaces.jpeg(photos.get(1))));
    }
    for (String[] pair : FaceRequests.DIFFERENT) {
      requests.add(FaceRequests.compare(pair[0] + "-vs-" + pair[1], LfwFaces.jpeg(LfwFaces.photos(pair[0]).get(0)),
          LfwFaces.jpeg(LfwFaces.photos(pair[1]).get(0))));
    }
    requests.add(FaceRequests.compare("grey-b", LfwFaces.jpeg(identities.get(0).get(0)),
        TestImages.jpeg(LfwFaces.uniform(320, 240, 128))));
    return requests;
  }

  private static Map<String, String> run(Kyc4j engine, List<VerificationRequest> requests) {
    Map<String, String> results = new TreeMap<>();
    for (VerificationRequest request : requests) {
      results.put(request.transactionId(), summary(engine.verify(request)));
    }
    return results;
  }

  private static String summary(Decision decision) {
    String score = decision.findings().stream().filter(f -> f.detectorId().equals(FaceMatchDetector.COMPARE_ID))
        .map(f -> f.outcome() + " " + f.score()).findFirst().orElse("no match finding");
    return decision.status() + " " + decision.reasons().stream().map(Reason::code).toList() + " " + score;
  }
}
