package org.kyc4j.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The checks of {@link ProductConfig}'s components, shared by its constructor and its builder. */
final class ConfigRules {
  private ConfigRules() {}

  static <T> T nonNull(T value, String field) {
    if (value == null) {
      throw new InvalidRequestException("config." + field, "must not be null");
    }
    return value;
  }

  /** Returns an unmodifiable copy of distinct actions; an empty list asks for no action (passive liveness). */
  static List<Action> actions(List<Action> actions) {
    Set<Action> seen = new LinkedHashSet<>();
    for (Action action : nonNull(actions, "actions")) {
      nonNull(action, "actions[]");
      if (!seen.add(action)) {
        throw new InvalidRequestException("config.actions", "action " + action + " is listed twice");
      }
    }
    return List.copyOf(seen);
  }

  static Set<Page> pages(Set<Page> pages) {
    for (Page page : nonNull(pages, "pages")) {
      nonNull(page, "pages[]");
    }
    if (!pages.contains(Page.FRONT)) {
      throw new InvalidRequestException("config.pages", "value " + pages + " lacks the front page; allowed: 1 or 1+2");
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(pages));
  }

  static int idnThreshold(int idnThreshold) {
    if (idnThreshold < 1 || idnThreshold > ProductConfig.MAX_IDN_THRESHOLD) {
      throw new InvalidRequestException("config.idnThreshold",
          "value " + idnThreshold + " is out of range; allowed: 1.." + ProductConfig.MAX_IDN_THRESHOLD);
    }
    return idnThreshold;
  }

  /** Checks the count alone: 0..the number of actions there are. */
  static int randomActionCount(int count) {
    int max = Action.values().length;
    if (count < 0 || count > max) {
      throw new InvalidRequestException("config.randomActionCount", "value " + count
          + " is out of range; allowed: 0 (ask every listed action) or 1.." + max + " (draw that many at random)");
    }
    return count;
  }

  /** Checks the count against the actions it draws from. */
  static void randomActionCount(int count, List<Action> actions) {
    randomActionCount(count);
    if (count > actions.size()) {
      throw new InvalidRequestException("config.randomActionCount", "value " + count + " draws more actions than the "
          + actions.size() + " of config.actions " + actions + "; allowed: 0.." + actions.size());
    }
  }

  /** Returns the kinds of front photo a configuration asks for; see {@link ProductConfig#frontPhotoKinds()}. */
  static Set<PhotoKind> frontPhotoKinds(boolean flashCheck, DocScanMode scanMode) {
    Set<PhotoKind> kinds = EnumSet.of(PhotoKind.PLAIN);
    if (flashCheck) {
      kinds.add(PhotoKind.FLASH);
    }
    if (scanMode == DocScanMode.MULTI_ANGLE) {
      kinds.add(PhotoKind.ANGLED);
    }
    return Collections.unmodifiableSet(kinds);
  }
}
