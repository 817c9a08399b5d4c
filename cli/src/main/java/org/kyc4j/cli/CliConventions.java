package org.kyc4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What every {@code kyc4j} command shares on top of picocli: the usage layout (lower-case
 * headings, options in declaration order, no colours) and option values that are never blank.
 * Stateless.
 */
final class CliConventions {
  private static final int WIDTH = 100;
  private static final int LONG_OPTIONS_WIDTH = 30;

  private CliConventions() {}

  /** Applies the conventions to {@code command} and the subcommands it has so far; returns it. */
  static CommandLine apply(CommandLine command) {
    command.getCommandSpec().usageMessage().synopsisHeading("usage: ").descriptionHeading("%n")
        .optionListHeading("%noptions:%n").footerHeading("%n").sortOptions(false).width(WIDTH)
        .longOptionsMaxWidth(LONG_OPTIONS_WIDTH);
    command.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    command.registerConverter(String.class, CliConventions::nonBlank);
    return command;
  }

  private static String nonBlank(String value) {
    if (value.isBlank()) {
      throw new TypeConversionException("'" + value + "' is blank; the option needs a value");
    }
    return value;
  }

  /** Takes any text, also an empty one; for an option whose value may be left out, such as {@code --sample [DIR]}. */
  static final class AnyText implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return value;
    }
  }
}
