package org.kyc4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.kyc4j.api.InvalidRequestException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Dispatches {@code kyc4j COMMAND [options]} to a {@link Subcommand}, parsed by picocli, and maps
 * the outcome to an exit code: 0 done, 2 bad arguments or an invalid request (usage or message on
 * standard error), 1 an unexpected error. {@code kyc4j help [COMMAND]}, {@code --help} and
 * {@code COMMAND --help} print usage to standard output. One thread at a time.
 */
final class Cli {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int BAD_ARGUMENTS = 2;

  private final CommandLine root = new CommandLine(new Root());

  /** The command itself: it only lists the subcommands. */
  @Command(name = "kyc4j", customSynopsis = "kyc4j COMMAND [options]", commandListHeading = "%ncommands:%n",
      footer = "Run 'kyc4j help COMMAND' for a command's options.")
  private static final class Root {
    @Option(names = {"-h", "--help"}, usageHelp = true, hidden = true)
    boolean help;
  }

  /** Creates a dispatcher over the given commands; names must be unique and not {@code help}. */
  Cli(List<Subcommand> commands) {
    for (Subcommand command : commands) {
      CommandLine subcommand = CliConventions.apply(new CommandLine(command));
      subcommand.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true).hidden(true).build());
      root.addSubcommand(subcommand);
    }
    CommandLine help = new CommandLine(new HelpCommand());
    root.addSubcommand(CliConventions.apply(help));
    CliConventions.apply(root);
    // no heading before a description that starts with its own blank line, or that is not there
    help.getCommandSpec().usageMessage().header("print this list, or a command's options").descriptionHeading("");
    root.getCommandSpec().usageMessage().descriptionHeading("");
  }

  /** Runs one command line and returns its exit code. */
  int run(List<String> argv, Io io) {
    PrintWriter out = new PrintWriter(io.out(), true);
    root.setOut(out);
    root.setErr(new PrintWriter(io.err(), true));
    try {
      ParseResult parsed = root.parseArgs(argv.toArray(String[]::new));
      Integer help = CommandLine.executeHelpRequest(parsed);
      if (help != null) {
        return help;
      }
      if (!parsed.hasSubcommand()) {
        root.usage(io.err());
        return BAD_ARGUMENTS;
      }
      return execute(parsed.subcommand().commandSpec().commandLine(), io);
    } catch (ParameterException e) {
      return badArguments(e, io);
    } finally {
      out.flush();
    }
  }

  private int badArguments(ParameterException e, Io io) {
    CommandLine command = e.getCommandLine();
    String message = e.getMessage();
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (command == root && !unmatched.getUnmatched().isEmpty()) {
        message = "unknown command '" + unmatched.getUnmatched().get(0) + "'";
      }
      message += suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?";
    }
    io.err().println(command.getCommandSpec().qualifiedName() + ": " + message);
    io.err().println();
    (command.getCommandSpec().helpCommand() ? root : command).usage(io.err());
    return BAD_ARGUMENTS;
  }

  private static int execute(CommandLine command, Io io) {
    String prefix = command.getCommandSpec().qualifiedName() + ": ";
    try {
      return ((Subcommand) command.getCommand()).run(io);
    } catch (UsageException e) {
      io.err().println(prefix + e.getMessage());
      io.err().println();
      command.usage(io.err());
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
}
