package org.kyc4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.InvalidRequestException;
import org.kyc4j.api.Page;
import org.kyc4j.api.PhotoKind;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Redacted;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.ServiceLevel;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.testdata.DataFolder;

/**
 * Prepares the {@link VerificationRequest} of {@code kyc4j verify} from its options: from image
 * files and claimed fields, or from a generated {@link SampleApplicant}. Used by one thread.
 */
final class VerifyRequests {
  static final long FRAME_INTERVAL_MILLIS = 100;

  private final Io io;

  VerifyRequests(Io io) {
    this.io = io;
  }

  /**
   * Reads or generates everything the options describe; all argument errors surface here, before
   * an engine is built. {@code today} dates the sample card's expiry.
   */
  Draft prepare(VerifyOptions options, LocalDate today) throws UsageException, IOException {
    Optional<ServiceLevel> level = Optional.ofNullable(options.serviceLevel);
    String spec = Objects.requireNonNullElse(options.config, "");
    ProductConfig config = level.isPresent() ? level.get().with(spec) : ProductConfig.parse(spec);
    Product product = product(options, level);
    Draft draft = new Draft(options.transactionId, product, config);
    if (options.sample != null) {
      sample(options, draft, today);
    } else {
      if (options.seed != null) {
        throw new UsageException("option --seed needs --sample");
      }
      files(options, draft);
    }
    draft.at(Instant.EPOCH); // the request's own checks, so an invalid request fails before the engine is built
    return draft;
  }

  private static Product product(VerifyOptions options, Optional<ServiceLevel> level) throws UsageException {
    Optional<Product> product = Optional.ofNullable(options.product);
    if (product.isPresent() && level.isPresent() && level.get().product() != product.get()) {
      throw new UsageException("service level " + level.get() + " is for " + level.get().product()
          + ", not --product " + product.get());
    }
    return product.orElse(level.map(ServiceLevel::product).orElse(Product.REAL_ID));
  }

  private void files(VerifyOptions options, Draft draft) throws UsageException {
    Product product = draft.product;
    String other = "--product " + product;
    if (product.usesDocument()) {
      draft.documents.put(Page.FRONT, read("front", require(options.front, "--front FILE")));
      if (draft.config.pages().contains(Page.BACK)) {
        draft.documents.put(Page.BACK, read("back", require(options.back, "--back FILE")));
      } else if (options.back != null) {
        throw new UsageException("option --back needs a config with both pages: --config pages=1+2");
      }
      secondPhoto(draft, PhotoKind.FLASH, "--front-flash", options.frontFlash, "docFlashCheck=true");
      secondPhoto(draft, PhotoKind.ANGLED, "--front-angled", options.frontAngled, "docScanMode=MULTI_ANGLE");
    } else {
      rejectWith(other, "--front", options.front);
      rejectWith(other, "--back", options.back);
      rejectWith(other, "--front-flash", options.frontFlash);
      rejectWith(other, "--front-angled", options.frontAngled);
    }
    if (product.usesFace() || product.usesCompareImages()) {
      for (String file : Objects.requireNonNullElse(options.frames, List.<String>of())) {
        draft.frames.add(read("frames", file));
      }
      if (draft.frames.isEmpty()) {
        throw new UsageException("option --frames FILE[,FILE...] is required for " + product);
      }
    } else {
      rejectWith(other, "--frames", options.frames);
    }
    draft.subject = subject(options);
  }

  /** Reads the second front photo of {@code kind} when the config asks for it; refuses it otherwise. */
  private void secondPhoto(Draft draft, PhotoKind kind, String option, String file, String asker)
      throws UsageException {
    if (draft.config.frontPhotoKinds().contains(kind)) {
      draft.frontVariants.put(kind, read(option.substring(2), require(file, option + " FILE")));
    } else if (file != null) {
      throw new UsageException("option " + option + " needs a config with " + asker);
    }
  }

  private static String require(String value, String synopsis) throws UsageException {
    if (value == null) {
      throw new UsageException("option " + synopsis + " is required");
    }
    return value;
  }

  private static void rejectWith(String other, String option, Object value) throws UsageException {
    if (value != null) {
      throw new UsageException("option " + option + " cannot be combined with " + other);
    }
  }

  private static Subject subject(VerifyOptions options) throws UsageException {
    DocumentType type = null;
    if (options.docType != null) {
      try {
        type = DocumentType.ofCode(options.docType);
      } catch (IllegalArgumentException e) {
        throw new UsageException("option --doc-type: " + e.getMessage());
      }
    }
    List<String> mrz = options.mrz == null ? List.of() : List.of(options.mrz.split("\\|", -1));
    return Subject.builder().userId(options.userId).deviceId(options.deviceId).documentType(type)
        .idNumber(options.idNumber).name(options.name).dateOfBirth(options.dob).expiry(options.expiry)
        .mrzLines(mrz).build();
  }

  private void sample(VerifyOptions options, Draft draft, LocalDate today) throws UsageException, IOException {
    for (Map.Entry<String, Object> given : options.applicant().entrySet()) {
      rejectWith("--sample", given.getKey(), given.getValue());
    }
    String folder = options.sample;
    Path target = folder.isEmpty() ? null : io.workingDirectory().resolve(folder);
    if (target != null && Files.exists(target) && !Files.isDirectory(target)) {
      throw new UsageException("option --sample DIR: " + target + " is not a directory");
    }
    DataFolder data = DataFolder.locate(io.workingDirectory());
    io.err().println("kyc4j verify: " + data.describe());
    long seed = Objects.requireNonNullElse(options.seed, 1L);
    SampleApplicant.Sample sample;
    try (SingleFacePhotos singleFace = new SingleFacePhotos()) {
      sample = SampleApplicant.generate(data, seed, today, singleFace);
    }
    CardHolder holder = sample.holder();
    io.err().println("kyc4j verify: sample applicant " + Redacted.of(holder.fullName()) + " (seed " + seed + "), face: "
        + sample.faceSource());
    if (target != null) {
      try {
        io.err().println("kyc4j verify: saved " + SampleApplicant.save(sample, target) + " in " + target);
      } catch (IOException e) {
        throw new UsageException("option --sample DIR: cannot write the sample's images into " + target + " ("
            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
      }
    }
    draft.takeImages(sample);
    if (draft.product.usesFace() && !draft.config.actions().isEmpty()) {
      io.err().println("kyc4j verify: the sample's selfie frames are moved copies of one still photo, so they cannot"
          + " show the asked actions " + draft.config.actions() + ": expect ACTION_FAILED (--config actions=NONE"
          + " asks none)");
    }
    draft.subject = Subject.builder().userId(Objects.requireNonNullElse(options.userId, "sample-user-" + seed))
        .deviceId(Objects.requireNonNullElse(options.deviceId, "sample-device")).documentType(DocumentType.ID_CARD_TD1)
        .idNumber(holder.documentNumber()).name(holder.fullName().toUpperCase(Locale.ROOT))
        .dateOfBirth(holder.dateOfBirth()).expiry(holder.expiry()).mrzLines(holder.mrz()).build();
  }

  /**
   * What {@link #prepare} read or generated, stamped into a request by {@link #at}. Mutable while
   * being prepared, by one thread.
   */
  static final class Draft {
    private final String transactionId;
    private final Product product;
    private final ProductConfig config;
    private final Map<Page, byte[]> documents = new EnumMap<>(Page.class);
    private final Map<PhotoKind, byte[]> frontVariants = new EnumMap<>(PhotoKind.class);
    private final List<byte[]> frames = new ArrayList<>();
    private Subject subject = Subject.ANONYMOUS;

    private Draft(String transactionId, Product product, ProductConfig config) {
      this.transactionId = transactionId;
      this.product = product;
      this.config = config;
    }

    /** Takes the sample images the product needs: the card's pages, the selfie frames. */
    private void takeImages(SampleApplicant.Sample sample) {
      if (product.usesDocument()) {
        documents.put(Page.FRONT, sample.front());
        if (config.pages().contains(Page.BACK)) {
          documents.put(Page.BACK, sample.back());
        }
      }
      if (product.usesCompareImages()) {
        frames.addAll(List.of(sample.portraitPhoto(), sample.frames().get(0)));
      } else if (product.usesFace()) {
        frames.addAll(sample.frames());
      }
    }

    /**
     * Returns the request captured at {@code now}: document photos at {@code now}, frames
     * {@value VerifyRequests#FRAME_INTERVAL_MILLIS} ms apart with the last at {@code now}; the
     * transaction id defaults to {@code cli-<epoch millis>}.
     */
    VerificationRequest at(Instant now) {
      String id = transactionId != null ? transactionId : "cli-" + now.toEpochMilli();
      VerificationRequest.Builder request = VerificationRequest.builder(id, product).config(config)
          .subject(subject).requestedAt(now);
      documents.forEach((page, bytes) -> request.document(new DocumentImage(page, bytes, now)));
      frontVariants.forEach((kind, bytes) -> request.document(new DocumentImage(Page.FRONT, kind, bytes, now)));
      if (product.usesCompareImages()) {
        if (frames.size() != 2) {
          throw new InvalidRequestException("compareImages", product + " takes exactly 2 images (--frames A,B), got "
              + frames.size());
        }
        return request.compare(frames.get(0), frames.get(1)).build();
      }
      for (int i = 0; i < frames.size(); i++) {
        long before = (frames.size() - 1 - i) * FRAME_INTERVAL_MILLIS;
        request.frame(new SelfieFrame(frames.get(i), now.minusMillis(before)));
      }
      return request.build();
    }
  }

  private byte[] read(String option, String file) throws UsageException {
    Path path = io.workingDirectory().resolve(file);
    try {
      return CliFiles.read(path, BatchRow.MAX_FILE_BYTES);
    } catch (CliFiles.Refused e) {
      throw new UsageException("option --" + option + ": " + file + " " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw new UsageException("option --" + option + ": no such file " + file);
    } catch (IOException e) {
      throw new UsageException("option --" + option + ": cannot read " + file + ": " + e);
    }
  }
}
