package org.kyc4j.cli;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes CSV with RFC 4180 quoting: fields separated by ',', a field that holds ',', '"',
 * CR or LF is quoted and its quotes doubled. The reader requires a header, accepts LF, CRLF and CR
 * line ends, skips empty lines, strips a leading byte-order mark, and rejects rows whose field
 * count differs from the header's. Stateless.
 */
final class Csv {
  private Csv() {}

  /**
   * Reads a whole table.
   *
   * @throws CsvException naming the line when the header is missing or a record is malformed
   */
  static CsvTable read(Reader reader) throws IOException, CsvException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first != '\uFEFF' && first != -1) {
      in.unread(first);
    }
    Records records = new Records(in);
    List<String> header = records.next();
    if (header == null) {
      throw new CsvException(1, "no header: the input is empty; the first line names the columns");
    }
    checkHeader(header);
    List<CsvRow> rows = new ArrayList<>();
    CsvRow.Columns columns = new CsvRow.Columns(header);
    for (List<String> fields = records.next(); fields != null; fields = records.next()) {
      if (fields.size() != header.size()) {
        throw new CsvException(records.recordLine, fields.size() + " fields, but the header has "
            + header.size() + " " + header);
      }
      rows.add(new CsvRow(records.recordLine, columns, fields));
    }
    return new CsvTable(header, rows);
  }

  private static void checkHeader(List<String> header) throws CsvException {
    Set<String> seen = new HashSet<>();
    for (String name : header) {
      if (name.isBlank()) {
        throw new CsvException(1, "the header has an empty column name: " + header);
      }
      if (!seen.add(name)) {
        throw new CsvException(1, "the header names column '" + name + "' twice: " + header);
      }
    }
  }

  /** Returns one record as a line of CSV, without a line end. */
  static String format(List<String> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a CSV record has at least one field");
    }
    if (fields.size() == 1 && fields.get(0).isEmpty()) {
      return "\"\""; // an empty line would be skipped on reading
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      line.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
    }
    return line.toString();
  }

  /** Appends one record and a line feed. */
  static void write(Appendable out, List<String> fields) throws IOException {
    out.append(format(fields)).append('\n');
  }

  private static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /** A pull parser of records; counts physical lines for messages. */
  private static final class Records {
    private final PushbackReader in;
    private int line = 1;
    private int recordLine;

    Records(PushbackReader in) {
      this.in = in;
    }

    /** Returns the next record's fields, or null at the end of the input. */
    List<String> next() throws IOException, CsvException {
      int c = in.read();
      while (c == '\n' || c == '\r') {
        lineEnd(c);
        c = in.read();
      }
      if (c == -1) {
        return null;
      }
      in.unread(c);
      recordLine = line;
      List<String> fields = new ArrayList<>();
      int end;
      do {
        end = field(fields);
      } while (end == ',');
      if (end != -1) {
        lineEnd(end);
      }
      return fields;
    }

    private int field(List<String> fields) throws IOException, CsvException {
      StringBuilder value = new StringBuilder();
      int c = in.read();
      if (c == '"') {
        c = quoted(value);
        if (c != ',' && c != '\n' && c != '\r' && c != -1) {
          throw new CsvException(line, "'" + (char) c + "' after a closing quote; inside a quoted field "
              + "write a quote twice (\"\")");
        }
      } else {
        while (c != ',' && c != '\n' && c != '\r' && c != -1) {
          if (c == '"') {
            throw new CsvException(line, "a quote inside an unquoted field; quote the whole field and "
                + "double its quotes");
          }
          value.append((char) c);
          c = in.read();
        }
      }
      fields.add(value.toString());
      return c;
    }

    /** Reads a quoted field's content after its opening quote; returns the character after the closing quote. */
    private int quoted(StringBuilder value) throws IOException, CsvException {
      int opened = line;
      while (true) {
        int c = in.read();
        if (c == -1) {
          throw new CsvException(opened, "a quoted field opened on this line is never closed");
        }
        if (c == '"') {
          int next = in.read();
          if (next != '"') {
            return next;
          }
        } else if (c == '\n' || c == '\r' && peek() != '\n') {
          line++;
        }
        value.append((char) c);
      }
    }

    private void lineEnd(int c) throws IOException {
      if (c == '\r' && peek() == '\n') {
        in.read();
      }
      line++;
    }

    private int peek() throws IOException {
      int c = in.read();
      if (c != -1) {
        in.unread(c);
      }
      return c;
    }
  }
}
