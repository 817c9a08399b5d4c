package org.kyc4j.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kyc4j.api.Product;
import org.kyc4j.api.ServiceLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of {@code kyc4j verify}, filled by picocli; a field is null when its option was not
 * given. {@link VerifyRequests} checks how they combine. Used by one thread.
 */
final class VerifyOptions {
  @Option(names = "--front", paramLabel = "FILE", description = "photo of the document's front page")
  String front;
  @Option(names = "--back", paramLabel = "FILE", description = "photo of the back page (needs a config with pages=1+2)")
  String back;
  @Option(names = "--front-flash", paramLabel = "FILE",
      description = "second front photo, taken with the flash (needs a config with docFlashCheck=true)")
  String frontFlash;
  @Option(names = "--front-angled", paramLabel = "FILE",
      description = "second front photo, the card inclined about 30 degrees (needs docScanMode=MULTI_ANGLE)")
  String frontAngled;
  @Option(names = "--frames", paramLabel = "FILE", split = ",", splitSynopsisLabel = ",",
      description = "selfie frames in capture order (FACE_COMPARE: the two images)")
  List<String> frames;
  @Option(names = "--sample", paramLabel = "DIR", arity = "0..1", converter = CliConventions.AnyText.class,
      description = "verify a generated sample applicant; save its images in DIR if given")
  String sample;
  @Option(names = "--seed", paramLabel = "N", description = "which sample applicant --sample generates (default 1)")
  Long seed;
  @Option(names = "--product", paramLabel = "PRODUCT", description = "one of [${COMPLETION-CANDIDATES}] (default REAL_ID)")
  Product product;
  @Option(names = "--config", paramLabel = "SPEC",
      description = "product config, for example liveness=STRICT,pages=1+2 (see README)")
  String config;
  @Option(names = "--service-level", paramLabel = "NAME",
      description = "a preset such as REALID0001; --config values win over it")
  ServiceLevel serviceLevel;
  @Option(names = "--transaction-id", paramLabel = "ID", description = "the transaction id (default cli-<epoch millis>)")
  String transactionId;
  @Option(names = "--user-id", paramLabel = "ID", description = "the applicant's user id")
  String userId;
  @Option(names = "--device-id", paramLabel = "ID", description = "the capturing device's id")
  String deviceId;
  @Option(names = "--doc-type", paramLabel = "CODE",
      description = "claimed document type, for example PASSPORT or ID_CARD_TD1")
  String docType;
  @Option(names = "--id-number", paramLabel = "NUMBER", description = "claimed document number")
  String idNumber;
  @Option(names = "--name", paramLabel = "NAME", description = "claimed full name")
  String name;
  @Option(names = "--dob", paramLabel = "YYYY-MM-DD", converter = IsoDate.class, description = "claimed date of birth")
  LocalDate dob;
  @Option(names = "--expiry", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "claimed expiry date of the document")
  LocalDate expiry;
  @Option(names = "--mrz", paramLabel = "LINE1|LINE2[|LINE3]", description = "claimed MRZ lines joined by '|'")
  String mrz;

  /** Returns the options that describe the applicant, which --sample generates itself, by name; null when not given. */
  Map<String, Object> applicant() {
    Map<String, Object> applicant = new LinkedHashMap<>();
    applicant.put("--front", front);
    applicant.put("--back", back);
    applicant.put("--front-flash", frontFlash);
    applicant.put("--front-angled", frontAngled);
    applicant.put("--frames", frames);
    applicant.put("--doc-type", docType);
    applicant.put("--id-number", idNumber);
    applicant.put("--name", name);
    applicant.put("--dob", dob);
    applicant.put("--expiry", expiry);
    applicant.put("--mrz", mrz);
    return applicant;
  }

  /** Reads an ISO date, YYYY-MM-DD. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("the value (" + value.length() + " characters) is not a date; allowed: "
            + "YYYY-MM-DD");
      }
    }
  }
}
