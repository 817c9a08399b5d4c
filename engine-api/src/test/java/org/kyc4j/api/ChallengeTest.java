package org.kyc4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChallengeTest {
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  private static final String ID = "0123456789abcdef0123456789abcdef";
  private static final byte[] BYTES = {1, 2, 3};

  private static void assertInvalid(Runnable build, String field, String message) {
    assertThatThrownBy(build::run).isInstanceOf(InvalidRequestException.class).hasMessageContaining(message)
        .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo(field));
  }

  @Test
  void aChallengeCopiesItsActionsAndExpiresAtItsExpiry() {
    List<Action> actions = new ArrayList<>(List.of(Action.MOUTHOPEN, Action.FACEBLINK));
    Challenge challenge = new Challenge(ID, actions, NOW, NOW.plusSeconds(120));
    actions.clear();
    assertThat(challenge.actions()).containsExactly(Action.MOUTHOPEN, Action.FACEBLINK);
    assertThat(challenge.expiredAt(NOW.plusSeconds(119))).isFalse();
    assertThat(challenge.expiredAt(NOW.plusSeconds(120))).isTrue();
    assertThatThrownBy(() -> challenge.actions().add(Action.HEADRAISE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyComponentIsValidated() {
    List<Action> blink = List.of(Action.FACEBLINK);
    assertInvalid(() -> new Challenge(null, blink, NOW, NOW.plusSeconds(1)), "challenge.id", "must not be null");
    assertInvalid(() -> new Challenge("0123456789ABCDEF0123456789ABCDEF", blink, NOW, NOW.plusSeconds(1)),
        "challenge.id", "32 lower-case hex digits");
    assertInvalid(() -> new Challenge(ID.substring(1), blink, NOW, NOW.plusSeconds(1)), "challenge.id", "hex");
    assertInvalid(() -> new Challenge(ID, List.of(), NOW, NOW.plusSeconds(1)), "challenge.actions", "is empty");
    assertInvalid(() -> new Challenge(ID, List.of(Action.FACEBLINK, Action.FACEBLINK), NOW, NOW.plusSeconds(1)),
        "challenge.actions", "lists FACEBLINK twice");
    assertInvalid(() -> new Challenge(ID, Arrays.asList(Action.FACEBLINK, null), NOW, NOW.plusSeconds(1)),
        "challenge.actions[]", "must not be null");
    assertInvalid(() -> new Challenge(ID, blink, null, NOW), "challenge.issuedAt", "must not be null");
    assertInvalid(() -> new Challenge(ID, blink, NOW, null), "challenge.expiresAt", "must not be null");
    assertInvalid(() -> new Challenge(ID, blink, NOW, NOW), "challenge.expiresAt", "must be after issuedAt");
  }

  @Test
  void aRequestNamesAChallengeByIdOrByValue() {
    Challenge challenge = new Challenge(ID, List.of(Action.FACEBLINK), NOW, NOW.plusSeconds(60));
    VerificationRequest.Builder capture = VerificationRequest.builder("tx-1", Product.FACE_CAPTURE)
        .frame(new SelfieFrame(BYTES, NOW)).requestedAt(NOW);
    assertThat(capture.build().findChallengeId()).isEmpty();
    assertThat(capture.build().challengeId()).isNull();
    assertThat(capture.challenge(challenge).build().findChallengeId()).contains(ID);
    assertThat(capture.challenge((Challenge) null).build().findChallengeId()).isEmpty();
    assertThat(capture.challenge(ID).build().challengeId()).isEqualTo(ID);
    assertInvalid(() -> capture.challenge("not-a-challenge").build(), "challengeId", "lower-case hex digits");
    assertInvalid(() -> capture.challenge("").build(), "challengeId", "lower-case hex digits");
    assertInvalid(() -> VerificationRequest.builder("tx-1", Product.ID_RECOGNITION).requestedAt(NOW)
        .document(new DocumentImage(Page.FRONT, BYTES, NOW)).challenge(challenge).build(), "challengeId",
        "ID_RECOGNITION takes no selfie frames");
  }

  @Test
  void theOlderConstructorsNameNoChallenge() {
    VerificationRequest request = new VerificationRequest("tx-2", Product.FACE_CAPTURE, Subject.ANONYMOUS, List.of(),
        List.of(new SelfieFrame(BYTES, NOW)), ProductConfig.DEFAULT, NOW);
    assertThat(request.findChallengeId()).isEmpty();
    assertThat(new VerificationRequest("tx-2", Product.FACE_CAPTURE, Subject.ANONYMOUS, List.of(),
        List.of(new SelfieFrame(BYTES, NOW)), List.of(), ProductConfig.DEFAULT, NOW)).isEqualTo(request);
  }

  @Test
  void anInvalidChallengeIsALivenessReasonAndNoAttack() {
    assertThat(ReasonCode.CHALLENGE_INVALID.code()).isEqualTo(3005);
    assertThat(ReasonCode.CHALLENGE_INVALID.category()).isEqualTo(ReasonCode.Category.LIVENESS);
    assertThat(ReasonCode.CHALLENGE_INVALID.isAttack()).isFalse();
  }
}
