package org.kyc4j.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The cli's CSV, read and written by Apache Commons CSV with RFC 4180 quoting. A table read has a
 * header of unique, non-blank names, and every record as many fields; LF, CRLF and CR line ends
 * are accepted, empty lines skipped and a leading byte-order mark dropped. A malformed table is a
 * {@link CSVException} whose message starts with the line of the record at fault. Stateless.
 */
final class CsvTables {
  /** What batch commands write: minimal RFC 4180 quoting, a line feed after each record. */
  static final CSVFormat OUTPUT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
  /** Duplicate and blank names are let through here, to be refused with the line and the header. */
  private static final CSVFormat INPUT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setHeader()
      .setSkipHeaderRecord(true).setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
      .get();
  private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

  private CsvTables() {}

  /**
   * A table as read.
   *
   * @param header the column names, in order
   * @param rows the records after the header, in input order; {@link CSVRecord#get(String)} reads a column
   */
  record Table(List<String> header, List<CSVRecord> rows) {
    /** Copies the lists. */
    Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }
  }

  /** Reads a whole table; the reader is read to its end but not closed. */
  static Table read(Reader reader) throws IOException {
    StringWriter all = new StringWriter();
    reader.transferTo(all);
    String text = all.toString().startsWith("\uFEFF") ? all.toString().substring(1) : all.toString();
    Lines lines = new Lines(text);
    try (CSVParser parser = open(text, lines)) {
      List<String> header = parser.getHeaderNames();
      checkHeader(header, lines.firstRecordAfter(0));
      List<CSVRecord> rows = new ArrayList<>();
      Iterator<CSVRecord> records = parser.iterator();
      while (hasNext(records, lines, parser.getCurrentLineNumber())) {
        CSVRecord row = records.next();
        if (row.size() != header.size()) {
          throw new CSVException("line %d: %d fields, but the header has %d %s",
              lines.recordAt(row.getCharacterPosition()), row.size(), header.size(), header);
        }
        rows.add(row);
      }
      return new Table(header, rows);
    }
  }

  private static CSVParser open(String text, Lines lines) throws IOException {
    try {
      return CSVParser.builder().setReader(new StringReader(text)).setFormat(INPUT).get();
    } catch (CSVException e) {
      throw malformed(lines.firstRecordAfter(0), e);
    }
  }

  private static void checkHeader(List<String> header, long line) throws CSVException {
    if (header.isEmpty()) {
      throw new CSVException("line %d: %s", line, "no header: the input is empty; the first line names the columns");
    }
    Set<String> seen = new HashSet<>();
    for (String name : header) {
      if (name.isBlank()) {
        throw new CSVException("line %d: the header has an empty column name: %s", line, header);
      }
      if (!seen.add(name)) {
        throw new CSVException("line %d: the header names column '%s' twice: %s", line, name, header);
      }
    }
  }

  /** Advances the parser; a record it cannot read is reported on the first record line after line {@code end}. */
  private static boolean hasNext(Iterator<CSVRecord> records, Lines lines, long end) throws CSVException {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw malformed(lines.firstRecordAfter(end), e.getCause());
    }
  }

  /** Says what is wrong in our words for the two ways quoting goes wrong; passes other messages on. */
  private static CSVException malformed(long line, IOException e) {
    String message = e.getMessage();
    if (message.contains("EOF reached before encapsulated token finished")) {
      message = "the record on this line has a quoted field that is never closed";
    } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
      message = "text after a closing quote; inside a quoted field write a quote twice (\"\")";
    }
    CSVException malformed = new CSVException("line %d: %s", line, message);
    malformed.initCause(e);
    return malformed;
  }

  /** Where the lines of a text start, to name the line a record is on (the parser counts records, not lines). */
  private static final class Lines {
    private final String text;
    private final int[] starts;

    Lines(String text) {
      this.text = text;
      this.starts = IntStream.concat(IntStream.of(0), LINE_END.matcher(text).results().mapToInt(MatchResult::end))
          .toArray();
    }

    /** Returns the line a record starts on; the parser's position for it may lie on empty lines before it. */
    long recordAt(long position) {
      int index = Arrays.binarySearch(starts, (int) position);
      return firstRecordAfter(index >= 0 ? index : -index - 2);
    }

    /** Returns the first non-empty line after line {@code end} (1-based), or {@code end} at the end of the text. */
    long firstRecordAfter(long end) {
      for (int line = (int) end + 1; line <= starts.length; line++) {
        int start = starts[line - 1];
        if (start < text.length() && text.charAt(start) != '\n' && text.charAt(start) != '\r') {
          return line;
        }
      }
      return Math.max(1, end);
    }
  }
}
