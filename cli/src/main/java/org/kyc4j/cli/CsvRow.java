package org.kyc4j.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of a {@link CsvTable}, its fields addressed by column name. Immutable.
 *
 * @param line the 1-based physical line the record starts on
 * @param columns the table's columns
 * @param values the fields, one per column
 */
record CsvRow(int line, Columns columns, List<String> values) {
  /** Copies the fields and checks there is one per column. */
  CsvRow {
    values = List.copyOf(values);
    if (values.size() != columns.names().size()) {
      throw new IllegalArgumentException("row on line " + line + " has " + values.size() + " fields for "
          + columns.names().size() + " columns");
    }
  }

  /** Returns the field of {@code column}; throws naming the columns if there is no such column. */
  String get(String column) {
    Integer index = columns.index().get(column);
    if (index == null) {
      throw new IllegalArgumentException("no column '" + column + "'; columns: " + columns.names());
    }
    return values.get(index);
  }

  /** The column names of one table with their positions, shared by its rows. */
  record Columns(List<String> names, Map<String, Integer> index) {
    Columns(List<String> names) {
      this(List.copyOf(names), indexOf(names));
    }

    Columns {
      names = List.copyOf(names);
      index = Map.copyOf(index);
    }

    private static Map<String, Integer> indexOf(List<String> names) {
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        index.put(names.get(i), i);
      }
      return index;
    }

    /** Returns whether the table has the column. */
    boolean has(String column) {
      return index.containsKey(column);
    }
  }
}
