package org.kyc4j.cli;

import java.util.List;

/**
 * A CSV table as read by {@link Csv#read}.
 *
 * @param header the column names, in order, unique and non-blank
 * @param rows the records after the header, in input order
 */
record CsvTable(List<String> header, List<CsvRow> rows) {
  /** Copies the lists. */
  CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }
}
