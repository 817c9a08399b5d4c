package org.kyc4j.idn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import org.kyc4j.api.RiskType;
import org.kyc4j.spi.IdentityRecord;

/**
 * The naive reference model of the identity network for property tests: a list scanned in full.
 * Faces and backgrounds are compared by label (records made from one identity or room share a
 * label), which the test data makes unambiguous. Not thread-safe.
 */
final class ReferenceNetwork {
  /** A stored record with the labels of its face and background (-1 when it has none). */
  record Entry(IdentityRecord record, int face, int room) {}

  /** A risk hit reduced to what the model can know: type and transactions, oldest first. */
  record Hit(RiskType type, List<String> transactionIds) {}

  private final int maxRecords;
  private final List<Entry> entries = new ArrayList<>();

  ReferenceNetwork(int maxRecords) {
    this.maxRecords = maxRecords;
  }

  void add(Entry entry) {
    entries.removeIf(e -> e.record().transactionId().equals(entry.record().transactionId()));
    if (entries.size() >= maxRecords) {
      Entry oldest = entries.stream().min(Comparator.comparing(e -> e.record().time())).orElseThrow();
      if (oldest.record().time().isAfter(entry.record().time())) {
        return;
      }
      entries.remove(oldest);
    }
    entries.add(entry);
  }

  boolean deleteTransaction(String id) {
    return entries.removeIf(e -> e.record().transactionId().equals(id));
  }

  int deleteUser(String user) {
    int before = entries.size();
    entries.removeIf(e -> user.equals(e.record().userId()));
    return before - entries.size();
  }

  int expireBefore(Instant cutoff) {
    int before = entries.size();
    entries.removeIf(e -> e.record().time().isBefore(cutoff));
    return before - entries.size();
  }

  int size() {
    return entries.size();
  }

  List<String> find(BiPredicate<Entry, IdentityRecord> test, IdentityRecord query, TimeWindow window) {
    return entries.stream().filter(e -> window.contains(e.record().time()) && test.test(e, query))
        .sorted(Comparator.comparing((Entry e) -> e.record().time()).thenComparing(e -> e.record().transactionId()))
        .map(e -> e.record().transactionId()).toList();
  }

  List<String> byFace(int face, TimeWindow window) {
    return find((e, q) -> e.face() == face, null, window);
  }

  static String idKey(String id) {
    String key = id == null ? "" : id.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    return key.isEmpty() ? null : key;
  }

  static String personKey(IdentityRecord r) {
    if (r.name() == null || r.dateOfBirth() == null) {
      return null;
    }
    String[] words = r.name().toUpperCase(Locale.ROOT).split("[^A-Z]+");
    String joined = String.join(" ", Arrays.stream(words).filter(w -> !w.isEmpty()).sorted().toList());
    return joined.isEmpty() ? null : joined + r.dateOfBirth();
  }

  /** Returns the hits of a probe, by the rules of LiteIdentityNetwork written out naively. */
  List<Hit> assess(Entry p, TimeWindow window, int threshold) {
    IdentityRecord q = p.record();
    List<Entry> in = entries.stream().filter(e -> window.contains(e.record().time())
        && !e.record().transactionId().equals(q.transactionId())).toList();
    List<Hit> hits = new ArrayList<>();
    rule(hits, RiskType.SAME_FACE_DIFFERENT_ID_NUMBER, in, e -> sameFace(p, e) && idsDiffer(q, e.record()));
    rule(hits, RiskType.SAME_ID_DIFFERENT_FACE, in, e -> sameId(q, e.record()) && differentFace(p, e));
    rule(hits, RiskType.SAME_FACE_DIFFERENT_PERSON, in, e -> sameFace(p, e)
        && differ(personKey(q), personKey(e.record())));
    rule(hits, RiskType.SAME_ID_DIFFERENT_PERSON, in, e -> sameId(q, e.record())
        && differ(personKey(q), personKey(e.record())));
    rule(hits, RiskType.SAME_PERSON_DIFFERENT_FACE, in, e -> samePerson(q, e.record()) && differentFace(p, e));
    rule(hits, RiskType.SAME_PERSON_DIFFERENT_ID_NUMBER, in, e -> samePerson(q, e.record()) && idsDiffer(q, e.record()));
    rule(hits, RiskType.SAME_FACE_DIFFERENT_ID_TYPE, in, e -> sameFace(p, e)
        && differ(q.documentTypeCode(), e.record().documentTypeCode()));
    rule(hits, RiskType.SAME_FACE_DIFFERENT_USER_ID, in, e -> sameFace(p, e) && differ(q.userId(), e.record().userId()));
    rule(hits, RiskType.SAME_FACE_BACKGROUND_DIFFERENT_FACE, in, e -> p.room() >= 0 && p.room() == e.room()
        && differentFace(p, e));
    if (idKey(q.idNumber()) != null) {
      threshold(hits, in.stream().filter(e -> sameId(q, e.record()) && e.record().userId() != null).toList(),
          q.userId(), e -> e.record().userId(), threshold);
    }
    if (q.userId() != null) {
      threshold(hits, in.stream().filter(e -> q.userId().equals(e.record().userId())
          && idKey(e.record().idNumber()) != null).toList(), idKey(q.idNumber()), e -> idKey(e.record().idNumber()),
          threshold);
    }
    return hits;
  }

  private static void threshold(List<Hit> hits, List<Entry> involved, String probeValue,
      java.util.function.Function<Entry, String> value, int threshold) {
    Set<String> distinct = new HashSet<>();
    if (probeValue != null) {
      distinct.add(probeValue);
    }
    involved.forEach(e -> distinct.add(value.apply(e)));
    if (distinct.size() > threshold) {
      hits.add(new Hit(RiskType.IDN_THRESHOLD, ordered(involved)));
    }
  }

  private static void rule(List<Hit> hits, RiskType type, List<Entry> in, java.util.function.Predicate<Entry> test) {
    List<Entry> found = in.stream().filter(test).toList();
    if (!found.isEmpty()) {
      hits.add(new Hit(type, ordered(found)));
    }
  }

  private static List<String> ordered(List<Entry> found) {
    return found.stream().sorted(Comparator.comparing((Entry e) -> e.record().time())
        .thenComparing(e -> e.record().transactionId())).map(e -> e.record().transactionId()).toList();
  }

  private static boolean sameFace(Entry p, Entry e) {
    return p.face() >= 0 && p.face() == e.face();
  }

  private static boolean differentFace(Entry p, Entry e) {
    return p.face() >= 0 && e.face() >= 0 && p.face() != e.face();
  }

  private static boolean differ(String a, String b) {
    return a != null && b != null && !a.equals(b);
  }

  private static boolean typesCompatible(IdentityRecord a, IdentityRecord b) {
    return !differ(a.documentTypeCode(), b.documentTypeCode());
  }

  private static boolean sameId(IdentityRecord a, IdentityRecord b) {
    return idKey(a.idNumber()) != null && Objects.equals(idKey(a.idNumber()), idKey(b.idNumber()))
        && typesCompatible(a, b);
  }

  private static boolean idsDiffer(IdentityRecord a, IdentityRecord b) {
    return differ(idKey(a.idNumber()), idKey(b.idNumber())) && typesCompatible(a, b);
  }

  private static boolean samePerson(IdentityRecord a, IdentityRecord b) {
    return personKey(a) != null && personKey(a).equals(personKey(b));
  }
}
