package org.kyc4j.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed options of one command line. Every option may be given once; positional arguments are
 * not accepted. Parsing and the typed getters throw {@link UsageException} naming the option, the
 * value and what is allowed. Immutable.
 */
final class Args {
  private final Map<String, Option> options;
  private final Map<String, String> values;

  private Args(Map<String, Option> options, Map<String, String> values) {
    this.options = options;
    this.values = Collections.unmodifiableMap(values);
  }

  /** Parses {@code argv} against the allowed options; a flag or an optional value left out is stored as "". */
  static Args parse(List<String> argv, List<Option> allowed) throws UsageException {
    Map<String, Option> options = new LinkedHashMap<>();
    allowed.forEach(o -> options.put(o.name(), o));
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < argv.size(); i++) {
      String token = argv.get(i);
      if (!token.startsWith("--") || token.length() == 2) {
        throw new UsageException("unexpected argument '" + token + "'; options start with --");
      }
      int eq = token.indexOf('=');
      String name = token.substring(2, eq < 0 ? token.length() : eq);
      Option option = options.get(name);
      if (option == null) {
        throw new UsageException("unknown option --" + name + "; allowed: " + names(options));
      }
      if (values.containsKey(name)) {
        throw new UsageException("option --" + name + " is given twice");
      }
      String next = i + 1 < argv.size() ? argv.get(i + 1) : null;
      String value = eq >= 0 ? token.substring(eq + 1) : takeValue(option, next);
      if (eq < 0 && !value.isEmpty()) {
        i++; // the value was the next token
      }
      values.put(name, checkValue(option, value, eq >= 0));
    }
    return new Args(options, values);
  }

  private static String takeValue(Option option, String next) throws UsageException {
    boolean usable = next != null && !next.startsWith("--");
    return switch (option.kind()) {
      case FLAG -> "";
      case OPTIONAL_VALUE -> usable ? next : "";
      case VALUE -> {
        if (!usable) {
          throw new UsageException("option --" + option.name() + " needs a value: " + option.synopsis());
        }
        yield next;
      }
    };
  }

  private static String checkValue(Option option, String value, boolean inline) throws UsageException {
    if (inline && option.kind() == Option.Kind.FLAG) {
      throw new UsageException("option --" + option.name() + " takes no value, got '" + value + "'");
    }
    if (inline && value.isEmpty() || option.kind() == Option.Kind.VALUE && value.isBlank()) {
      throw new UsageException("option --" + option.name() + " needs a non-empty value: " + option.synopsis());
    }
    return value;
  }

  private static List<String> names(Map<String, Option> options) {
    return options.keySet().stream().map(n -> "--" + n).toList();
  }

  /** Returns whether the option was given. */
  boolean has(String name) {
    known(name);
    return values.containsKey(name);
  }

  /** Returns the option's value; "" for a flag or an optional value that was left out. */
  Optional<String> find(String name) {
    known(name);
    return Optional.ofNullable(values.get(name));
  }

  /** Returns the value of an option the command cannot run without. */
  String require(String name) throws UsageException {
    Optional<String> value = find(name);
    if (value.isEmpty() || value.get().isEmpty()) {
      throw new UsageException("option " + options.get(name).synopsis() + " is required");
    }
    return value.get();
  }

  /** Returns the value split at commas; an empty item is rejected. */
  List<String> list(String name) throws UsageException {
    Optional<String> value = find(name);
    if (value.isEmpty()) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String item : value.get().split(",", -1)) {
      if (item.isBlank()) {
        throw new UsageException("option --" + name + " has an empty item in '" + value.get()
            + "'; allowed: items joined by ','");
      }
      items.add(item);
    }
    return items;
  }

  /** Returns the value as a constant of {@code type}, if given. */
  <E extends Enum<E>> Optional<E> findEnum(String name, Class<E> type) throws UsageException {
    Optional<String> value = find(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.get())) {
        return Optional.of(constant);
      }
    }
    throw new UsageException("option --" + name + ": '" + value.get() + "' is not allowed; allowed: "
        + Arrays.toString(type.getEnumConstants()));
  }

  /** Returns the value as an ISO date (YYYY-MM-DD), if given. */
  Optional<LocalDate> findDate(String name) throws UsageException {
    Optional<String> value = find(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.get()));
    } catch (DateTimeParseException e) {
      throw new UsageException("option --" + name + ": '" + value.get() + "' is not a date; allowed: YYYY-MM-DD");
    }
  }

  /** Returns the value as a long, if given. */
  Optional<Long> findLong(String name) throws UsageException {
    Optional<String> value = find(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(value.get()));
    } catch (NumberFormatException e) {
      throw new UsageException("option --" + name + ": '" + value.get() + "' is not an integer");
    }
  }

  /** Rejects each of {@code names} that was given, saying it cannot be combined with {@code with}. */
  void rejectWith(String with, String... names) throws UsageException {
    for (String name : names) {
      if (has(name)) {
        throw new UsageException("option --" + name + " cannot be combined with --" + with);
      }
    }
  }

  private void known(String name) {
    if (!options.containsKey(name)) {
      throw new IllegalArgumentException("no option --" + name + " was declared; declared: " + names(options));
    }
  }
}
