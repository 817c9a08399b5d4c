package org.kyc4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.InvalidRequestException;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
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
  static final List<Option> OPTIONS = List.of(
      Option.value("front", "FILE", "photo of the document's front page"),
      Option.value("back", "FILE", "photo of the back page (needs a config with pages=1+2)"),
      Option.value("frames", "FILE[,FILE...]", "selfie frames in capture order (FACE_COMPARE: the two images)"),
      Option.optionalValue("sample", "DIR", "verify a generated sample applicant; save its images in DIR if given"),
      Option.value("seed", "N", "which sample applicant --sample generates (default 1)"),
      Option.value("product", "PRODUCT", "one of " + Arrays.toString(Product.values()) + " (default REAL_ID)"),
      Option.value("config", "SPEC", "product config, for example liveness=STRICT,pages=1+2 (see README)"),
      Option.value("service-level", "NAME", "a preset such as REALID0001; --config values win over it"),
      Option.value("transaction-id", "ID", "the transaction id (default cli-<epoch millis>)"),
      Option.value("user-id", "ID", "the applicant's user id"),
      Option.value("device-id", "ID", "the capturing device's id"),
      Option.value("doc-type", "CODE", "claimed document type, for example PASSPORT or ID_CARD_TD1"),
      Option.value("id-number", "NUMBER", "claimed document number"),
      Option.value("name", "NAME", "claimed full name"),
      Option.value("dob", "YYYY-MM-DD", "claimed date of birth"),
      Option.value("expiry", "YYYY-MM-DD", "claimed expiry date of the document"),
      Option.value("mrz", "LINE1|LINE2[|LINE3]", "claimed MRZ lines joined by '|'"));

  /** The options that describe the applicant, which --sample generates itself. */
  private static final String[] APPLICANT = {"front", "back", "frames", "doc-type", "id-number", "name", "dob",
      "expiry", "mrz"};
  static final long FRAME_INTERVAL_MILLIS = 100;

  private final Io io;

  VerifyRequests(Io io) {
    this.io = io;
  }

  /**
   * Reads or generates everything the options describe; all argument errors surface here, before
   * an engine is built. {@code today} dates the sample card's expiry.
   */
  Draft prepare(Args args, LocalDate today) throws UsageException, IOException {
    Optional<ServiceLevel> level = args.findEnum("service-level", ServiceLevel.class);
    ProductConfig config = level.isPresent() ? level.get().with(args.find("config").orElse(""))
        : ProductConfig.parse(args.find("config").orElse(""));
    Product product = product(args, level);
    Draft draft = new Draft(args.find("transaction-id").orElse(null), product, config);
    if (args.has("sample")) {
      sample(args, draft, today);
    } else {
      if (args.has("seed")) {
        throw new UsageException("option --seed needs --sample");
      }
      files(args, draft);
    }
    draft.at(Instant.EPOCH); // the request's own checks, so an invalid request fails before the engine is built
    return draft;
  }

  private static Product product(Args args, Optional<ServiceLevel> level) throws UsageException {
    Optional<Product> product = args.findEnum("product", Product.class);
    if (product.isPresent() && level.isPresent() && level.get().product() != product.get()) {
      throw new UsageException("service level " + level.get() + " is for " + level.get().product()
          + ", not --product " + product.get());
    }
    return product.orElse(level.map(ServiceLevel::product).orElse(Product.REAL_ID));
  }

  private void files(Args args, Draft draft) throws UsageException {
    Product product = draft.product;
    if (product.usesDocument()) {
      draft.documents.put(Page.FRONT, read("front", args.require("front")));
      if (draft.config.pages().contains(Page.BACK)) {
        draft.documents.put(Page.BACK, read("back", args.require("back")));
      } else if (args.has("back")) {
        throw new UsageException("option --back needs a config with both pages: --config pages=1+2");
      }
    } else {
      args.rejectWith("product " + product, "front", "back");
    }
    if (product.usesFace() || product.usesCompareImages()) {
      for (String file : args.list("frames")) {
        draft.frames.add(read("frames", file));
      }
      if (draft.frames.isEmpty()) {
        throw new UsageException("option --frames FILE[,FILE...] is required for " + product);
      }
    } else {
      args.rejectWith("product " + product, "frames");
    }
    draft.subject = subject(args);
  }

  private static Subject subject(Args args) throws UsageException {
    DocumentType type = null;
    if (args.has("doc-type")) {
      try {
        type = DocumentType.ofCode(args.require("doc-type"));
      } catch (IllegalArgumentException e) {
        throw new UsageException("option --doc-type: " + e.getMessage());
      }
    }
    List<String> mrz = args.find("mrz").map(m -> List.of(m.split("\\|", -1))).orElse(List.of());
    return Subject.builder().userId(args.find("user-id").orElse(null)).deviceId(args.find("device-id").orElse(null))
        .documentType(type).idNumber(args.find("id-number").orElse(null)).name(args.find("name").orElse(null))
        .dateOfBirth(args.findDate("dob").orElse(null)).expiry(args.findDate("expiry").orElse(null))
        .mrzLines(mrz).build();
  }

  private void sample(Args args, Draft draft, LocalDate today) throws UsageException, IOException {
    args.rejectWith("sample", APPLICANT);
    DataFolder data = DataFolder.locate(io.workingDirectory());
    io.err().println("kyc4j verify: " + data.describe());
    long seed = args.findLong("seed").orElse(1L);
    SampleApplicant.Sample sample;
    try (SingleFacePhotos singleFace = new SingleFacePhotos()) {
      sample = SampleApplicant.generate(data, seed, today, singleFace);
    }
    CardHolder holder = sample.holder();
    io.err().println("kyc4j verify: sample applicant " + holder.fullName() + " (seed " + seed + "), face: "
        + sample.faceSource());
    String folder = args.find("sample").orElse("");
    if (!folder.isEmpty()) {
      Path target = io.workingDirectory().resolve(folder);
      io.err().println("kyc4j verify: saved " + SampleApplicant.save(sample, target) + " in " + target);
    }
    draft.takeImages(sample);
    draft.subject = Subject.builder().userId(args.find("user-id").orElse("sample-user-" + seed))
        .deviceId(args.find("device-id").orElse("sample-device")).documentType(DocumentType.ID_CARD_TD1)
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
      if (Files.size(path) > BatchRow.MAX_FILE_BYTES) {
        throw new UsageException("option --" + option + ": " + file + " is larger than " + BatchRow.MAX_FILE_BYTES
            + " bytes");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UsageException("option --" + option + ": no such file " + file);
    } catch (IOException e) {
      throw new UsageException("option --" + option + ": cannot read " + file + ": " + e);
    }
  }
}
