package org.kyc4j.cli;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One command-line option, written {@code --name}, {@code --name VALUE} or {@code --name=VALUE}.
 *
 * @param name the option's name without the leading dashes, lower-case words joined by '-'
 * @param kind whether it takes no value, a value, or an optional value
 * @param valueName the placeholder shown in usage, for example {@code FILE}; empty for a flag
 * @param help one line saying what the option does
 */
record Option(String name, Kind kind, String valueName, String help) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** Whether an option takes a value. */
  enum Kind {
    /** {@code --name} only. */
    FLAG,
    /** {@code --name VALUE}. */
    VALUE,
    /** {@code --name} or {@code --name VALUE}; a following token that starts with "--" is not taken. */
    OPTIONAL_VALUE
  }

  /** Validates the name and the value placeholder. */
  Option {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(valueName, "valueName");
    Objects.requireNonNull(help, "help");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("option name '" + name + "' must match " + NAME);
    }
    if ((kind == Kind.FLAG) != valueName.isEmpty()) {
      throw new IllegalArgumentException("option --" + name + ": a flag has no value name, other kinds need one");
    }
  }

  static Option flag(String name, String help) {
    return new Option(name, Kind.FLAG, "", help);
  }

  static Option value(String name, String valueName, String help) {
    return new Option(name, Kind.VALUE, valueName, help);
  }

  static Option optionalValue(String name, String valueName, String help) {
    return new Option(name, Kind.OPTIONAL_VALUE, valueName, help);
  }

  /** Returns how the option is written in usage, for example {@code --front FILE} or {@code --sample [DIR]}. */
  String synopsis() {
    return switch (kind) {
      case FLAG -> "--" + name;
      case VALUE -> "--" + name + " " + valueName;
      case OPTIONAL_VALUE -> "--" + name + " [" + valueName + "]";
    };
  }
}
