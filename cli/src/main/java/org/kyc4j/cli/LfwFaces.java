package org.kyc4j.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.TreeMap;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVRecord;

/**
 * Picks a sample applicant from {@code lfw_faces} in the shared data folder: a person with at
 * least two photos (one for the card's portrait, another for the selfie), chosen by a seed.
 * Reads {@code lfw_faces/labels.csv} (columns {@code file,identity,role}). Stateless.
 */
final class LfwFaces {
  private LfwFaces() {}

  /**
   * Two different photos of one person.
   *
   * @param identity the LFW name, for example {@code Aaron_Peirsol}
   * @param portrait the photo printed on the card
   * @param selfie the photo the selfie frames are made from
   */
  record Pick(String identity, Path portrait, Path selfie) {}

  /**
   * Returns the person the seed picks, or empty when the folder has no {@code lfw_faces/labels.csv}
   * or no person with two photos.
   *
   * @throws IOException when the labels exist but cannot be read or parsed
   */
  static Optional<Pick> pick(Path dataFolder, long seed) throws IOException {
    return pick(dataFolder, seed, photo -> true);
  }

  /**
   * Returns the first person, in an order the seed shuffles, with two photos that {@code usable}
   * accepts (for example: exactly one face), or the seed's plain choice when nobody has two.
   *
   * @throws IOException when the labels exist but cannot be read or parsed
   */
  static Optional<Pick> pick(Path dataFolder, long seed, Predicate<Path> usable) throws IOException {
    Path folder = dataFolder.resolve("lfw_faces");
    Path labels = folder.resolve("labels.csv");
    if (!Files.isRegularFile(labels)) {
      return Optional.empty();
    }
    Map<String, List<String>> photos = mated(labels);
    if (photos.isEmpty()) {
      return Optional.empty();
    }
    Random random = new Random(seed);
    List<String> people = new ArrayList<>(photos.keySet());
    List<String> order = new ArrayList<>(people);
    Collections.shuffle(order, new Random(seed));
    for (String person : order) {
      List<Path> accepted = photos.get(person).stream().map(folder::resolve).filter(usable).limit(2).toList();
      if (accepted.size() == 2) {
        return Optional.of(new Pick(person, accepted.get(0), accepted.get(1)));
      }
    }
    String identity = people.get(random.nextInt(people.size()));
    List<String> files = photos.get(identity);
    int portrait = random.nextInt(files.size());
    int selfie = (portrait + 1 + random.nextInt(files.size() - 1)) % files.size();
    return Optional.of(new Pick(identity, folder.resolve(files.get(portrait)), folder.resolve(files.get(selfie))));
  }

  /** Returns the photos of every person with at least two, sorted by person and file. */
  private static Map<String, List<String>> mated(Path labels) throws IOException {
    CsvTables.Table table;
    try (Reader reader = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
      table = CsvTables.read(reader);
    } catch (CSVException e) {
      throw new IOException(labels + " is not valid CSV: " + e.getMessage(), e);
    }
    if (!table.header().containsAll(List.of("file", "identity"))) {
      throw new IOException(labels + " lacks the columns file and identity; header: " + table.header());
    }
    Map<String, List<String>> byPerson = new TreeMap<>();
    for (CSVRecord row : table.rows()) {
      byPerson.computeIfAbsent(row.get("identity"), k -> new ArrayList<>()).add(row.get("file"));
    }
    byPerson.values().removeIf(files -> files.size() < 2);
    byPerson.values().forEach(files -> files.sort(null));
    return byPerson;
  }
}
