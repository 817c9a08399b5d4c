package org.kyc4j.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A single-use active liveness challenge issued by the engine before a capture: the actions the
 * applicant is asked to perform, in the order asked, and the time window in which a request may
 * name it ({@link VerificationRequest.Builder#challenge(Challenge)}). Immutable and thread-safe.
 *
 * @param id the challenge's id, {@link #ID_LENGTH} lower-case hex digits (128 random bits when the
 *     engine draws from {@link java.security.SecureRandom})
 * @param actions the actions asked, at least one, distinct, in the order asked
 * @param issuedAt when the engine issued the challenge, by the engine clock
 * @param expiresAt the first instant at which the challenge is no longer accepted, after {@code issuedAt}
 */
public record Challenge(String id, List<Action> actions, Instant issuedAt, Instant expiresAt) {
  /** The number of characters of a challenge id: 32 lower-case hex digits, 128 bits. */
  public static final int ID_LENGTH = 32;
  private static final Pattern ID = Pattern.compile("[0-9a-f]{" + ID_LENGTH + "}");

  /** Validates and copies; throws {@link InvalidRequestException} naming the bad field. */
  public Challenge {
    checkId(id, "challenge.id");
    actions = checkActions(Checks.nonNull(actions, "challenge.actions"));
    Checks.nonNull(issuedAt, "challenge.issuedAt");
    Checks.nonNull(expiresAt, "challenge.expiresAt");
    if (!expiresAt.isAfter(issuedAt)) {
      throw new InvalidRequestException("challenge.expiresAt", "value " + expiresAt + " must be after issuedAt "
          + issuedAt);
    }
  }

  /** Returns whether the challenge is no longer accepted at {@code now}: {@code now} is at or after the expiry. */
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** Returns {@code id} if it is a well-formed challenge id, else throws naming {@code field}. */
  static String checkId(String id, String field) {
    Checks.nonNull(id, field);
    if (!ID.matcher(id).matches()) {
      throw new InvalidRequestException(field, "value '" + id + "' must be " + ID_LENGTH
          + " lower-case hex digits, as Kyc4j.challenge issues it");
    }
    return id;
  }

  private static List<Action> checkActions(List<Action> actions) {
    if (actions.isEmpty()) {
      throw new InvalidRequestException("challenge.actions", "is empty; a challenge asks at least one action");
    }
    Set<Action> seen = EnumSet.noneOf(Action.class);
    List<Action> copy = new ArrayList<>(actions.size());
    for (Action action : actions) {
      if (!seen.add(Checks.nonNull(action, "challenge.actions[]"))) {
        throw new InvalidRequestException("challenge.actions", "lists " + action + " twice in " + actions
            + "; actions are distinct");
      }
      copy.add(action);
    }
    return List.copyOf(copy);
  }
}
