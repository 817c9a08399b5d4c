package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.kyc4j.api.Decision;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Reason;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.idn.LiteIdentityNetwork;
import org.kyc4j.spi.IdentityRecord;
import org.kyc4j.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 across the modules: the discovered detectors (document, liveness, identity network) and
 * velocity control run on requests with distinctive claimed values; no finding message, decision or
 * request {@code toString()}, exception message, log record or line on System.err holds one of them,
 * while the document fields artefact, the one documented place, still does.
 */
class PersonalDataTest {
  private static final String NAME = "ZQXWYNAME";
  private static final String USER = "UIDQQQ123456";
  private static final String DEVICE = "DEVQQQ987654";
  private static final String DOC_NUMBER = "ZQD512348";
  private static final String HK_VALID = "ZE0005098";
  private static final String HK_BAD_CHECK = "ZE0005091";
  private static final String HK_BAD_FORMAT = "ZE000509";
  private static final LocalDate BIRTH = LocalDate.of(1988, 4, 12);
  private static final LocalDate EXPIRY = LocalDate.of(2031, 3, 9);
  private static final Instant START = Instant.parse("2026-11-26T10:15:30Z");

  private final MutableClock clock = new MutableClock(START);
  private final List<String> logged = new ArrayList<>();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record.getMessage() + " " + record.getParameters() + " " + record.getThrown());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private PrintStream systemErr;

  @BeforeEach
  void capture() {
    systemErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    Logger.getLogger("").addHandler(handler);
  }

  @AfterEach
  void release() {
    Logger.getLogger("").removeHandler(handler);
    System.setErr(systemErr);
  }

  /** The holder's TD1 lines, as the sample card prints them. */
  private static List<String> mrz() {
    return new CardHolder(NAME, "", DOC_NUMBER, "UTO", BIRTH, EXPIRY, '<').mrz();
  }

  /** The lines with every check digit off by one and a birth date of 31 February 1988. */
  private static List<String> badMrz() {
    List<String> lines = mrz();
    StringBuilder upper = new StringBuilder(lines.get(0));
    upper.setCharAt(14, (char) ('0' + (upper.charAt(14) - '0' + 1) % 10));
    StringBuilder middle = new StringBuilder(lines.get(1));
    middle.replace(0, 6, "880231");
    return List.of(upper.toString(), middle.toString(), lines.get(2));
  }

  private static List<String> claimed() {
    List<String> values = new ArrayList<>(List.of(NAME, USER, DEVICE, DOC_NUMBER, HK_VALID, HK_BAD_CHECK, HK_BAD_FORMAT,
        BIRTH.toString(), "880412", "880231", "1988-02-31"));
    values.addAll(mrz());
    values.addAll(badMrz());
    return values;
  }

  private VerificationRequest request(String id, Subject subject) throws java.io.IOException {
    VerifyCommandTest.SampleFiles files = new VerifyCommandTest.SampleFiles();
    return VerificationRequest.builder(id, Product.REAL_ID).subject(subject)
        .document(new DocumentImage(Page.FRONT, files.front(), clock.instant()))
        .frame(new SelfieFrame(files.frame(), clock.instant()))
        .config(ProductConfig.parse("actions=NONE,liveness=CLOSED,velocity=2/1h/1h")).requestedAt(clock.instant()).build();
  }

  private static String message(Finding finding) {
    return finding.findReason().map(Reason::message).orElse("");
  }

  private static Subject.Builder person() {
    return Subject.builder().userId(USER).deviceId(DEVICE).name(NAME).dateOfBirth(BIRTH);
  }

  @Test
  void noClaimedValueLeavesTheDocumentFields() throws Exception {
    LiteIdentityNetwork network = LiteIdentityNetwork.builder().clock(clock).build();
    network.add(new IdentityRecord("earlier-1", "someone-else", "HK_ID_CARD", HK_VALID, "OTHER PERSON",
        LocalDate.of(1970, 1, 1), null, null, "other-device", START.minusSeconds(600)));
    List<Object> printed = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    try (Kyc4j engine = VerifyCommand.withModels(Kyc4j.builder()).clock(clock).identityNetwork(network).build()) {
      List<Subject> subjects = List.of(
          person().documentType(DocumentType.ID_CARD_TD1).idNumber(DOC_NUMBER).expiry(EXPIRY).mrzLines(mrz()).build(),
          person().documentType(DocumentType.ID_CARD_TD1).idNumber(DOC_NUMBER).mrzLines(badMrz()).build(),
          person().documentType(DocumentType.HK_ID_CARD).idNumber(HK_BAD_FORMAT).build(),
          person().documentType(DocumentType.HK_ID_CARD).idNumber(HK_BAD_CHECK).build(),
          person().documentType(DocumentType.HK_ID_CARD).idNumber(HK_VALID).build(),
          person().documentType(DocumentType.HK_ID_CARD).idNumber(HK_VALID).build(),
          person().documentType(DocumentType.HK_ID_CARD).idNumber(HK_VALID).build());
      for (int i = 0; i < subjects.size(); i++) {
        clock.advance(Duration.ofSeconds(1));
        VerificationRequest request = request("pii-" + i, subjects.get(i));
        Decision decision = engine.verify(request);
        decisions.add(decision);
        printed.add(request);
        printed.add(request.subject());
        printed.add(decision);
        decision.findings().forEach(f -> printed.add(message(f)));
        decision.risk().hits().forEach(printed::add);
      }
      printed.add(catchThrowable(() -> person().idNumber(HK_VALID.repeat(8)).build()).getMessage());
      printed.add(catchThrowable(() -> person().name(NAME.repeat(30)).build()).getMessage());
      printed.add(catchThrowable(() -> person().mrzLines(List.of(mrz().get(0))).build()).getMessage());
      printed.add(catchThrowable(() -> engine.verify(VerificationRequest.builder("pii-x", Product.REAL_ID)
          .subject(person().build()).config(ProductConfig.parse("actions=NONE")).build())).getMessage());
    }
    Cli cli = new Cli(List.of(new VerifyCommand(clock, c -> Kyc4j.builder().clock(c).discovery(false).build())));
    CliTest.Run run = CliTest.run(cli, "verify", "--front=/nonexistent", "--frames", "/nonexistent", "--name", NAME,
        "--id-number", HK_VALID, "--user-id", USER, "--dob", "1988-02-31");
    printed.add(run.out());
    printed.add(run.err());

    List<String> messages = decisions.stream().flatMap(d -> d.findings().stream()).map(PersonalDataTest::message).toList();
    assertThat(decisions.stream().flatMap(d -> d.reasons().stream()).map(r -> r.code()))
        .contains(ReasonCode.DOC_MRZ_INVALID, ReasonCode.DOC_ID_NUMBER_INVALID, ReasonCode.IDN_FAKE_ID,
            ReasonCode.VELOCITY_LIMITED);
    assertThat(decisions.get(0).artefacts().documentFields()).containsEntry("documentNumber", DOC_NUMBER)
        .containsEntry("surname", NAME).containsEntry("dateOfBirth", BIRTH.toString());
    printed.add(err.toString(StandardCharsets.UTF_8));
    printed.addAll(logged);
    for (Object each : printed) {
      assertThat(String.valueOf(each)).doesNotContain(claimed());
    }
    assertThat(messages).noneMatch(m -> m.contains("1988"));
  }

  @Test
  void aBadCardHolderIsRefusedWithoutItsValues() {
    for (Runnable bad : List.<Runnable>of(
        () -> new CardHolder("?!?", "", DOC_NUMBER, "UTO", BIRTH, EXPIRY, '<'),
        () -> new CardHolder(NAME, "", "ZQD51234", "UTO", BIRTH, EXPIRY, '<'),
        () -> new CardHolder(NAME, "", DOC_NUMBER, "UTO", BIRTH, BIRTH.minusDays(1), '<'))) {
      assertThat(catchThrowable(bad::run)).isInstanceOf(IllegalArgumentException.class).message()
          .doesNotContain("?!?", NAME, "ZQD51234", BIRTH.toString(), BIRTH.minusDays(1).toString());
    }
  }
}
