package org.kyc4j.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kyc4j.api.InvalidRequestException;

/**
 * Dispatches {@code kyc4j COMMAND [options]} to a {@link Command} and maps the outcome to an exit
 * code: 0 done, 2 bad arguments or an invalid request (usage or message on standard error), 1 an
 * unexpected error. {@code kyc4j help [COMMAND]} and {@code --help} print usage to standard output.
 */
final class Cli {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int BAD_ARGUMENTS = 2;

  private final Map<String, Command> commands = new LinkedHashMap<>();

  /** Creates a dispatcher over the given commands; names must be unique and not {@code help}. */
  Cli(List<Command> commands) {
    for (Command command : commands) {
      if (command.name().equals("help") || this.commands.put(command.name(), command) != null) {
        throw new IllegalArgumentException("command name '" + command.name() + "' is reserved or given twice");
      }
    }
  }

  /** Runs one command line and returns its exit code. */
  int run(List<String> argv, Io io) {
    if (argv.isEmpty()) {
      io.err().print(usage());
      return BAD_ARGUMENTS;
    }
    String name = argv.get(0);
    List<String> rest = argv.subList(1, argv.size());
    if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
      return help(rest, io);
    }
    Command command = commands.get(name);
    if (command == null) {
      io.err().println("kyc4j: unknown command '" + name + "'");
      io.err().print(usage());
      return BAD_ARGUMENTS;
    }
    if (rest.contains("--help") || rest.contains("-h")) {
      io.out().print(usage(command));
      return OK;
    }
    return execute(command, rest, io);
  }

  private int help(List<String> rest, Io io) {
    if (rest.isEmpty()) {
      io.out().print(usage());
      return OK;
    }
    Command command = commands.get(rest.get(0));
    if (rest.size() > 1 || command == null) {
      io.err().println("kyc4j help: no command '" + String.join(" ", rest) + "'");
      io.err().print(usage());
      return BAD_ARGUMENTS;
    }
    io.out().print(usage(command));
    return OK;
  }

  private static int execute(Command command, List<String> rest, Io io) {
    String prefix = "kyc4j " + command.name() + ": ";
    try {
      return command.run(Args.parse(rest, command.options()), io);
    } catch (UsageException e) {
      io.err().println(prefix + e.getMessage());
      io.err().println();
      io.err().print(usage(command));
      return BAD_ARGUMENTS;
    } catch (InvalidRequestException e) {
      io.err().println(prefix + "invalid request: " + e.getMessage());
      return BAD_ARGUMENTS;
    } catch (IOException | RuntimeException e) {
      io.err().println(prefix + "unexpected error: " + e);
      e.printStackTrace(io.err());
      return FAILED;
    }
  }

  /** Returns the general usage: the commands and how to get a command's options. */
  String usage() {
    StringBuilder text = new StringBuilder("usage: kyc4j COMMAND [options]\n\ncommands:\n");
    int width = commands.keySet().stream().mapToInt(String::length).max().orElse(4);
    width = Math.max(width, "help".length());
    for (Command command : commands.values()) {
      text.append(String.format("  %-" + width + "s  %s\n", command.name(), command.summary()));
    }
    text.append(String.format("  %-" + width + "s  %s\n", "help", "print this list, or a command's options"));
    text.append("\nRun 'kyc4j help COMMAND' for a command's options.\n");
    return text.toString();
  }

  /** Returns a command's usage: its synopses, summary, options and notes. */
  static String usage(Command command) {
    StringBuilder text = new StringBuilder();
    String lead = "usage: ";
    for (String synopsis : command.synopses()) {
      text.append(lead).append("kyc4j ").append(command.name()).append(' ').append(synopsis).append('\n');
      lead = "       ";
    }
    text.append('\n').append(command.summary()).append('\n');
    if (!command.options().isEmpty()) {
      text.append("\noptions:\n");
      int width = command.options().stream().mapToInt(o -> o.synopsis().length()).max().orElse(0);
      for (Option option : command.options()) {
        text.append(String.format("  %-" + width + "s  %s\n", option.synopsis(), option.help()));
      }
    }
    if (!command.notes().isEmpty()) {
      text.append('\n').append(command.notes().strip()).append('\n');
    }
    return text.toString();
  }
}
