package org.kyc4j.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.kyc4j.testdata.DataFolder;

/**
 * Generates the sample applicant of {@code kyc4j verify --sample}: a photographed ID card (front
 * and back) and five selfie frames of the same person. The person comes from {@code lfw_faces} in
 * the shared data folder when it is there (the card shows one photo of them, the selfie another),
 * else a drawn face. Names, dates and number are consistent between card, MRZ and {@link CardHolder}.
 * Everything follows from the seed and the date. Stateless.
 */
final class SampleApplicant {
  static final int FRAMES = 5;
  private static final float JPEG_QUALITY = 0.92f;

  private SampleApplicant() {}

  /**
   * The generated applicant, every image JPEG-encoded.
   *
   * @param holder who the card says the applicant is
   * @param faceSource where the face came from, for messages
   * @param front the photographed card front
   * @param back the photographed card back
   * @param frames the selfie frames, in capture order
   * @param portraitPhoto a camera frame of the photo printed on the card (for Face Compare)
   */
  record Sample(CardHolder holder, String faceSource, byte[] front, byte[] back, List<byte[]> frames,
      byte[] portraitPhoto) {
    Sample {
      frames = List.copyOf(frames);
    }
  }

  /** Generates the applicant the seed picks; {@code today} sets the card's expiry in the future. */
  static Sample generate(DataFolder data, long seed, LocalDate today) throws IOException {
    return generate(data, seed, today, photo -> true);
  }

  /**
   * Generates the applicant the seed picks among people whose two photos {@code usable} accepts
   * (the verify command accepts photos with exactly one face, so the sample is a clean applicant).
   */
  static Sample generate(DataFolder data, long seed, LocalDate today, Predicate<Path> usable) throws IOException {
    Random random = new Random(seed);
    Optional<LfwFaces.Pick> pick = data.exists() ? LfwFaces.pick(data.path(), seed, usable) : Optional.empty();
    BufferedImage portrait;
    BufferedImage selfie;
    CardHolder holder;
    String source;
    if (pick.isPresent()) {
      portrait = Images.read(pick.get().portrait());
      selfie = Images.read(pick.get().selfie());
      holder = holder(pick.get().identity(), random, today);
      source = "lfw_faces: " + pick.get().portrait().getFileName() + " on the card, "
          + pick.get().selfie().getFileName() + " in the selfie";
    } else {
      portrait = DrawnFace.draw(new Random(seed));
      selfie = portrait;
      holder = holder("Alex_Sample", random, today);
      source = "a drawn face (no lfw_faces in the data folder)";
    }
    byte[] front = Images.jpeg(SampleCard.photograph(SampleCard.front(holder, portrait, random), random), JPEG_QUALITY);
    byte[] back = Images.jpeg(SampleCard.photograph(SampleCard.back(holder, random), random), JPEG_QUALITY);
    List<byte[]> frames = new ArrayList<>();
    for (BufferedImage frame : SampleSelfie.frames(selfie, FRAMES, random)) {
      frames.add(Images.jpeg(frame, JPEG_QUALITY));
    }
    byte[] portraitPhoto = Images.jpeg(SampleSelfie.frame(portrait, random), JPEG_QUALITY);
    return new Sample(holder, source, front, back, frames, portraitPhoto);
  }

  /** Returns a card holder named after an LFW identity such as {@code George_W_Bush}. */
  static CardHolder holder(String identity, Random random, LocalDate today) {
    String[] parts = identity.split("_");
    String surname = parts[parts.length - 1];
    String given = String.join(" ", List.of(parts).subList(0, parts.length - 1));
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
    LocalDate expiry = today.plusDays(365 + random.nextInt(365 * 8));
    StringBuilder number = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      number.append((char) ('A' + random.nextInt(26)));
    }
    number.append(String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000)));
    return new CardHolder(surname, given, number.toString(), "UTO", birth, expiry, '<');
  }

  /** Writes the images into {@code folder} (created if needed); returns the file names written. */
  static List<String> save(Sample sample, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<String> names = new ArrayList<>();
    write(folder, "front.jpg", sample.front(), names);
    write(folder, "back.jpg", sample.back(), names);
    for (int i = 0; i < sample.frames().size(); i++) {
      write(folder, "frame-" + (i + 1) + ".jpg", sample.frames().get(i), names);
    }
    write(folder, "portrait-photo.jpg", sample.portraitPhoto(), names);
    return names;
  }

  private static void write(Path folder, String name, byte[] bytes, List<String> names) throws IOException {
    Files.write(folder.resolve(name), bytes);
    names.add(name);
  }
}
