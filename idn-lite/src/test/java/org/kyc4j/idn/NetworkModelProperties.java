package org.kyc4j.idn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RiskHit;
import org.kyc4j.spi.IdentityRecord;

/**
 * Random sequences of adds (with replacements and evictions), deletes, expiries and queries give
 * the answers of the naive {@link ReferenceNetwork}. QuickTheories prints the seed of any failing run.
 */
class NetworkModelProperties {
  /** Shrink attempts on a failure: an example of up to 250 steps takes up to tens of milliseconds. */
  private static final int SHRINKS = 1_000;
  private static final int MAX_RECORDS = 25;
  private static final String[] USERS = {"u0", "u1", "u2", "u3"};
  private static final String[] TYPES = {"PASSPORT", "ID_CARD_TD1", null};
  private static final String[] IDS = {"A1", "a-1", "B2", "C 3", null};
  private static final String[] NAMES = {"Ann Lee", "LEE, Ann", "Bo Ek", null};
  private static final LocalDate[] DOBS = {LocalDate.of(1980, 1, 1), LocalDate.of(1990, 6, 30), null};

  @Test
  void networkAnswersLikeTheReferenceModel() {
    qt().withExamples(100).withShrinkCycles(SHRINKS).forAll(longs().all(), integers().between(1, 250), booleans().all())
        .checkAssert(NetworkModelProperties::assertAnswersLikeTheModel);
  }

  private static void assertAnswersLikeTheModel(long seed, int steps, boolean exact) {
    World world = new World(seed);
    LiteIdentityNetworkBuilder builder = LiteIdentityNetwork.builder().maxRecords(MAX_RECORDS);
    LiteIdentityNetwork network = (exact ? builder.exactFaceSearch() : builder).build();
    ReferenceNetwork model = new ReferenceNetwork(MAX_RECORDS);
    for (int step = 0; step < steps; step++) {
      change(world, step, network, model);
      query(world, network, model);
    }
  }

  private static void change(World world, int step, LiteIdentityNetwork network, ReferenceNetwork model) {
    int choice = world.random.nextInt(100);
    if (choice < 65) {
      ReferenceNetwork.Entry entry = world.entry("t" + world.random.nextInt(40), step);
      network.add(entry.record());
      model.add(entry);
    } else if (choice < 85) {
      String id = "t" + world.random.nextInt(40);
      assertThat(network.deleteTransaction(id)).as("deleteTransaction(%s)", id).isEqualTo(model.deleteTransaction(id));
    } else if (choice < 95) {
      String user = world.pick(USERS);
      assertThat(network.deleteUser(user)).as("deleteUser(%s)", user).isEqualTo(model.deleteUser(user));
    } else {
      Instant cutoff = world.time(step);
      assertThat(network.expireBefore(cutoff)).as("expireBefore").isEqualTo(model.expireBefore(cutoff));
    }
    assertThat(network.size()).as("size").isEqualTo(model.size());
  }

  private static void query(World world, LiteIdentityNetwork network, ReferenceNetwork model) {
    TimeWindow window = world.window();
    String id = world.pick(IDS);
    if (id != null) {
      assertThat(ids(network.recordsByIdNumber(id, window))).as("byIdNumber(%s)", id)
          .isEqualTo(model.find((e, q) -> id(id).equals(ReferenceNetwork.idKey(e.record().idNumber())), null, window));
    }
    String user = world.pick(USERS);
    assertThat(ids(network.recordsByUser(user, window))).as("byUser(%s)", user)
        .isEqualTo(model.find((e, q) -> user.equals(e.record().userId()), null, window));
    IdentityRecord person = Rec.of("q").person(world.pick(NAMES), world.pick(DOBS)).build();
    if (person.name() != null && person.dateOfBirth() != null) {
      String key = ReferenceNetwork.personKey(person);
      assertThat(ids(network.recordsByPerson(person.name(), person.dateOfBirth(), window))).as("byPerson")
          .isEqualTo(model.find((e, q) -> key.equals(ReferenceNetwork.personKey(e.record())), null, window));
    }
    int face = world.random.nextInt(World.IDENTITIES);
    assertThat(network.similarFaces(world.capture(face), 0.945, window)).as("similarFaces(identity %d)", face)
        .extracting(m -> m.record().transactionId()).isEqualTo(model.byFace(face, window));
    ReferenceNetwork.Entry probe = world.entry("t" + world.random.nextInt(45), 0);
    int threshold = 1 + world.random.nextInt(3);
    List<ReferenceNetwork.Hit> hits = network.assess(probe.record(), window.to(),
        java.time.Duration.between(window.from(), window.to()), threshold).stream()
        .map((RiskHit h) -> new ReferenceNetwork.Hit(h.type(), h.transactionIds())).toList();
    assertThat(hits).as("assess(%s)", probe).isEqualTo(model.assess(probe, window, threshold));
  }

  private static String id(String id) {
    return ReferenceNetwork.idKey(id);
  }

  private static List<String> ids(List<IdentityRecord> records) {
    return records.stream().map(IdentityRecord::transactionId).toList();
  }

  /** The test data: five face identities and three rooms, so that labels decide every comparison. */
  private static final class World {
    static final int IDENTITIES = 5;
    final SplittableRandom random;
    final Faces faces;
    final float[][] identities = new float[IDENTITIES][];
    final float[][] rooms = new float[3][48];

    World(long seed) {
      random = new SplittableRandom(seed);
      faces = new Faces(128, seed);
      for (int i = 0; i < IDENTITIES; i++) {
        identities[i] = faces.identity();
      }
      for (float[] room : rooms) {
        for (int i = 0; i < room.length; i++) {
          room[i] = (float) random.nextDouble();
        }
      }
    }

    <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    /** Returns a unique time for a step (the step number breaks every tie). */
    Instant time(int step) {
      return Rec.T0.plusSeconds(random.nextInt(0, 100) * 86_400L + step).plusNanos(random.nextInt(1_000_000_000));
    }

    TimeWindow window() {
      Instant a = Rec.T0.plusSeconds(random.nextInt(-5, 105) * 86_400L);
      Instant b = Rec.T0.plusSeconds(random.nextInt(-5, 105) * 86_400L);
      return a.isBefore(b) ? new TimeWindow(a, b) : new TimeWindow(b, a);
    }

    float[] capture(int identity) {
      return faces.capture(identities[identity]);
    }

    ReferenceNetwork.Entry entry(String transactionId, int step) {
      int face = random.nextInt(-1, IDENTITIES);
      int room = face < 0 ? -1 : random.nextInt(-1, rooms.length);
      String type = pick(TYPES);
      IdentityRecord record = Rec.of(transactionId).user(random.nextInt(5) == 0 ? null : pick(USERS))
          .id(type, pick(IDS)).person(pick(NAMES), pick(DOBS)).face(face < 0 ? null : capture(face))
          .background(room < 0 ? null : near(rooms[room])).at(time(step)).build();
      return new ReferenceNetwork.Entry(record, face, room);
    }

    private float[] near(float[] room) {
      float[] out = room.clone();
      for (int i = 0; i < out.length; i++) {
        out[i] = (float) Math.min(1, Math.max(0, out[i] + (random.nextDouble() - 0.5) * 0.02));
      }
      return out;
    }
  }
}
