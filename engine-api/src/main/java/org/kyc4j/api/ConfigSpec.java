package org.kyc4j.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Reads and writes the {@link ProductConfig} spec string; see {@link ProductConfig#parse}. */
final class ConfigSpec {
  static final String SERVICE_LEVEL = "serviceLevel";
  /** The {@code actions} value of a configuration without actions (passive liveness only). */
  static final String NO_ACTIONS = "NONE";
  private static final String BOOLEANS = "[true, false]";
  private static final String LEVELS = Arrays.toString(Level.values());
  private static final Map<String, Entry> KEYS = keys();

  private ConfigSpec() {}

  private record Entry(BiConsumer<ProductConfig.Builder, String> parser, Function<ProductConfig, String> writer,
      String allowed) {}

  private static Map<String, Entry> keys() {
    Map<String, Entry> keys = new LinkedHashMap<>();
    documentKeys(keys);
    faceKeys(keys);
    riskKeys(keys);
    return Collections.unmodifiableMap(keys);
  }

  private static void documentKeys(Map<String, Entry> keys) {
    keys.put("docAntiSpoof", new Entry((b, v) -> b.documentAntiSpoof(parseEnum(Level.class, "docAntiSpoof", v)),
        c -> c.documentAntiSpoof().name(), LEVELS));
    keys.put("docScanMode", new Entry((b, v) -> b.documentScanMode(parseScanMode(v)),
        c -> c.documentScanMode().name(), DocScanMode.allowed() + ", by number or name"));
    keys.put("docFlashCheck", new Entry((b, v) -> b.documentFlashCheck(parseBoolean("docFlashCheck", v)),
        c -> Boolean.toString(c.documentFlashCheck()), BOOLEANS));
  }

  private static void faceKeys(Map<String, Entry> keys) {
    keys.put("liveness", new Entry((b, v) -> b.liveness(parseEnum(Level.class, "liveness", v)),
        c -> c.liveness().name(), LEVELS));
    keys.put("antiInjection", new Entry((b, v) -> b.antiInjection(parseEnum(Level.class, "antiInjection", v)),
        c -> c.antiInjection().name(), LEVELS));
    keys.put("actions", new Entry((b, v) -> b.actions(parseActions(v)), ConfigSpec::formatActions,
        NO_ACTIONS + ", or one or more of " + Arrays.toString(Action.values()) + " joined by '+'"));
    keys.put("randomActionCount", new Entry((b, v) -> b.randomActionCount(parseInt("randomActionCount", v)),
        c -> Integer.toString(c.randomActionCount()),
        "0 (ask every listed action) or 1.." + Action.values().length + ", at most the number of actions"));
    keys.put("actionRandom", new Entry((b, v) -> b.actionRandom(parseBoolean("actionRandom", v)),
        c -> Boolean.toString(c.actionRandom()), BOOLEANS));
    keys.put("closedEyeCapture", new Entry((b, v) -> b.closedEyeCapture(parseBoolean("closedEyeCapture", v)),
        c -> Boolean.toString(c.closedEyeCapture()), BOOLEANS));
    keys.put("faceMatch", new Entry((b, v) -> b.faceMatch(parseEnum(Level.class, "faceMatch", v)),
        c -> c.faceMatch().name(), LEVELS));
    keys.put("capture", new Entry((b, v) -> b.captureChannel(parseEnum(CaptureChannel.class, "capture", v)),
        c -> c.captureChannel().name(), Arrays.toString(CaptureChannel.values())));
  }

  private static void riskKeys(Map<String, Entry> keys) {
    keys.put("risk", new Entry((b, v) -> b.risk(parseEnum(Level.class, "risk", v)), c -> c.risk().name(), LEVELS));
    keys.put("idnThreshold", new Entry((b, v) -> b.idnThreshold(parseInt("idnThreshold", v)),
        c -> Integer.toString(c.idnThreshold()), "an integer 1.." + ProductConfig.MAX_IDN_THRESHOLD));
    keys.put("velocity", new Entry((b, v) -> b.velocity(parseVelocity(v)), ConfigSpec::formatVelocity,
        "ATTEMPTS/WINDOW/COOLDOWN with durations such as 90s, 3m, 2h, 1d (for example 5/3m/30m)"));
    keys.put("pages", new Entry((b, v) -> b.pages(parsePages(v)), ConfigSpec::formatPages, "1 or 1+2"));
    keys.put("mode", new Entry((b, v) -> b.operationMode(parseEnum(OperationMode.class, "mode", v)),
        c -> c.operationMode().name(), Arrays.toString(OperationMode.values())));
  }

  /** Returns the keys a spec may name, in canonical order, {@code serviceLevel} first. */
  static List<String> keyNames() {
    List<String> names = new ArrayList<>();
    names.add(SERVICE_LEVEL);
    names.addAll(KEYS.keySet());
    return names;
  }

  static ProductConfig parse(String spec) {
    if (spec == null) {
      throw new InvalidRequestException("config", "spec must not be null");
    }
    Map<String, String> pairs = split(spec);
    ProductConfig.Builder builder = pairs.containsKey(SERVICE_LEVEL)
        ? parseEnum(ServiceLevel.class, SERVICE_LEVEL, pairs.get(SERVICE_LEVEL)).config().toBuilder()
        : ProductConfig.builder();
    pairs.forEach((key, value) -> {
      if (!key.equals(SERVICE_LEVEL)) {
        KEYS.get(key).parser().accept(builder, value);
      }
    });
    return builder.build();
  }

  private static Map<String, String> split(String spec) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (spec.isBlank()) {
      return pairs;
    }
    for (String part : spec.split(",", -1)) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw new InvalidRequestException("config", "'" + part.trim() + "' is not KEY=VALUE; keys: " + keyNames());
      }
      String key = part.substring(0, eq).trim();
      String value = part.substring(eq + 1).trim();
      if (!key.equals(SERVICE_LEVEL) && !KEYS.containsKey(key)) {
        throw new InvalidRequestException("config", "unknown key '" + key + "'; keys: " + keyNames());
      }
      if (value.isEmpty()) {
        throw new InvalidRequestException("config." + key, "empty value; allowed: " + allowed(key));
      }
      if (pairs.put(key, value) != null) {
        throw new InvalidRequestException("config." + key, "key is given twice");
      }
    }
    return pairs;
  }

  private static String allowed(String key) {
    return key.equals(SERVICE_LEVEL) ? Arrays.toString(ServiceLevel.values()) : KEYS.get(key).allowed();
  }

  static String format(ProductConfig config) {
    StringJoiner joiner = new StringJoiner(",");
    KEYS.forEach((key, entry) -> joiner.add(key + "=" + entry.writer().apply(config)));
    return joiner.toString();
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String key, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    throw new InvalidRequestException("config." + key, "value '" + value + "' is not allowed; allowed: "
        + Arrays.toString(type.getEnumConstants()));
  }

  private static boolean parseBoolean(String key, String value) {
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new InvalidRequestException("config." + key, "value '" + value + "' is not allowed; allowed: " + BOOLEANS);
  }

  private static int parseInt(String key, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("config." + key, "value '" + value + "' is not allowed; allowed: "
          + KEYS.get(key).allowed());
    }
  }

  private static List<Action> parseActions(String value) {
    if (value.equals(NO_ACTIONS)) {
      return List.of();
    }
    List<Action> actions = new ArrayList<>();
    for (String item : value.split("\\+", -1)) {
      if (item.trim().equals(NO_ACTIONS)) {
        throw new InvalidRequestException("config.actions", "value '" + value + "' combines " + NO_ACTIONS
            + " with actions; allowed: " + KEYS.get("actions").allowed());
      }
      actions.add(parseEnum(Action.class, "actions", item.trim()));
    }
    return actions;
  }

  private static String formatActions(ProductConfig config) {
    if (config.actions().isEmpty()) {
      return NO_ACTIONS;
    }
    StringJoiner joiner = new StringJoiner("+");
    config.actions().forEach(a -> joiner.add(a.name()));
    return joiner.toString();
  }

  private static DocScanMode parseScanMode(String value) {
    for (DocScanMode mode : DocScanMode.values()) {
      if (mode.name().equals(value) || Integer.toString(mode.code()).equals(value)) {
        return mode;
      }
    }
    throw new InvalidRequestException("config.docScanMode", "value '" + value + "' is not allowed; allowed: "
        + KEYS.get("docScanMode").allowed());
  }

  private static Set<Page> parsePages(String value) {
    Set<Page> pages = EnumSet.noneOf(Page.class);
    for (String item : value.split("\\+", -1)) {
      try {
        if (!pages.add(Page.ofCode(item.trim()))) {
          throw new InvalidRequestException("config.pages", "page '" + item.trim() + "' is listed twice");
        }
      } catch (InvalidRequestException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException("config.pages", "value '" + value + "' is not allowed; allowed: 1 or 1+2");
      }
    }
    return pages;
  }

  private static String formatPages(ProductConfig config) {
    StringJoiner joiner = new StringJoiner("+");
    config.pages().forEach(p -> joiner.add(p.code()));
    return joiner.toString();
  }

  private static VelocityRule parseVelocity(String value) {
    String[] parts = value.split("/", -1);
    if (parts.length != 3) {
      throw new InvalidRequestException("config.velocity", "value '" + value + "' is not allowed; allowed: "
          + KEYS.get("velocity").allowed());
    }
    return new VelocityRule(parseInt("velocity", parts[0].trim()), parseDuration(parts[1].trim()),
        parseDuration(parts[2].trim()));
  }

  private static Duration parseDuration(String text) {
    if (text.length() >= 2 && text.length() <= 9 && text.substring(0, text.length() - 1).chars().allMatch(Character::isDigit)) {
      long amount = Long.parseLong(text.substring(0, text.length() - 1));
      switch (text.charAt(text.length() - 1)) {
        case 's': return Duration.ofSeconds(amount);
        case 'm': return Duration.ofMinutes(amount);
        case 'h': return Duration.ofHours(amount);
        case 'd': return Duration.ofDays(amount);
        default: break;
      }
    }
    throw new InvalidRequestException("config.velocity", "duration '" + text
        + "' is not allowed; allowed: digits followed by s, m, h or d");
  }

  private static String formatVelocity(ProductConfig config) {
    VelocityRule rule = config.velocity();
    return rule.maxAttempts() + "/" + formatDuration(rule.window()) + "/" + formatDuration(rule.cooldown());
  }

  private static String formatDuration(Duration duration) {
    long seconds = duration.getSeconds();
    if (duration.getNano() != 0) {
      throw new IllegalStateException("velocity durations are whole seconds: " + duration);
    }
    if (seconds % 86_400 == 0) {
      return seconds / 86_400 + "d";
    } else if (seconds % 3_600 == 0) {
      return seconds / 3_600 + "h";
    } else if (seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }
}
