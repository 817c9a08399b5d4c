package org.kyc4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content of a usage text without its layout, one line per part: {@code synopsis:},
 * {@code summary:}, {@code option: --name LABEL: help}, {@code command: name: summary} and
 * {@code notes:}. Column widths, line wrapping, blank lines, section headings and whether an
 * option's value is written {@code --name VALUE} or {@code --name=VALUE} ({@code [DIR]} or
 * {@code [=DIR]}) do not show, so the golden usage files pin what usage says, not how it is laid out.
 */
final class UsageText {
  private static final Pattern OPTION =
      Pattern.compile("^\\s+(?:-\\w, )?(--[a-z0-9-]+)((?:[ =]|\\[=| \\[)\\S+)?(?:\\s{2,}(\\S.*))?$");
  private static final Pattern COMMAND = Pattern.compile("^\\s+([a-z][a-z0-9-]*)\\s{2,}(\\S.*)$");
  private static final Pattern HEADING = Pattern.compile("^(options|commands):$");

  private enum Part { SYNOPSIS, SUMMARY, LIST, NOTES }

  private final List<String> parts = new ArrayList<>();
  private final StringBuilder notes = new StringBuilder();
  private Part part = Part.SYNOPSIS;

  private UsageText() {}

  /** Returns the content of {@code usage}, one part a line, with a final newline. */
  static String normalise(String usage) {
    UsageText text = new UsageText();
    usage.lines().map(String::stripTrailing).filter(l -> !l.isEmpty()).forEach(text::line);
    if (!text.notes.isEmpty()) {
      text.parts.add("notes: " + text.notes.toString().strip());
    }
    return String.join("\n", text.parts) + "\n";
  }

  private void line(String line) {
    String words = line.strip().replaceAll("\\s+", " ");
    if (line.startsWith("usage: ")) {
      parts.add("synopsis: " + words.substring("usage: ".length()));
    } else if (part == Part.SYNOPSIS && words.startsWith("kyc4j ")) {
      parts.add("synopsis: " + words);
    } else if (HEADING.matcher(line).matches()) {
      part = Part.LIST;
    } else if (part == Part.LIST && listRow(line)) {
      return;
    } else if (part == Part.LIST && Character.isWhitespace(line.charAt(0))) {
      continueLast(words);
    } else if (part == Part.SYNOPSIS || part == Part.SUMMARY) {
      summary(words);
    } else {
      part = Part.NOTES;
      notes.append(' ').append(words);
    }
  }

  private void summary(String words) {
    if (part == Part.SUMMARY) {
      continueLast(words);
    } else {
      parts.add("summary: " + words);
      part = Part.SUMMARY;
    }
  }

  private boolean listRow(String line) {
    Matcher option = OPTION.matcher(line);
    if (option.matches()) {
      String label = option.group(2) == null ? ""
          : " " + option.group(2).replaceFirst("^(\\[=| \\[)", "[").replaceFirst("^[ =]", "");
      parts.add("option: " + option.group(1) + label + ":" + (option.group(3) == null ? "" : " " + option.group(3)));
      return true;
    }
    Matcher command = COMMAND.matcher(line);
    if (command.matches()) {
      parts.add("command: " + command.group(1) + ": " + command.group(2));
      return true;
    }
    return false;
  }

  private void continueLast(String words) {
    int last = parts.size() - 1;
    parts.set(last, parts.get(last) + " " + words);
  }
}
