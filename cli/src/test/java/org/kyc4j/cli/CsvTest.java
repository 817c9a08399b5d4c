package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTest {
  private static CsvTables.Table read(String text) throws IOException {
    return CsvTables.read(new StringReader(text));
  }

  private static String format(List<? extends List<?>> records) throws IOException {
    StringBuilder text = new StringBuilder();
    CSVPrinter printer = new CSVPrinter(text, CsvTables.OUTPUT);
    for (List<?> record : records) {
      printer.printRecord(record);
    }
    return text.toString();
  }

  @Test
  void readsQuotedCommasQuotesAndLineBreaks() throws Exception {
    CsvTables.Table table = read("a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\n\"two\nlines\",\"crlf\r\ninside\"\n");
    assertThat(table.header()).containsExactly("a", "b");
    assertThat(table.rows()).hasSize(2);
    assertThat(table.rows().get(0).get("a")).isEqualTo("x,1");
    assertThat(table.rows().get(0).get("b")).isEqualTo("say \"hi\"");
    assertThat(table.rows().get(1).get("a")).isEqualTo("two\nlines");
    assertThat(table.rows().get(1).get("b")).isEqualTo("crlf\r\ninside");
  }

  @Test
  void keepsSpacesAndEmptyFieldsAndReadsTheLastLineWithoutALineEnd() throws Exception {
    CsvTables.Table table = read("a,b,c\n x ,,\"\"");
    assertThat(table.rows().get(0).toList()).containsExactly(" x ", "", "");
  }

  @Test
  void skipsEmptyLinesAndAByteOrderMarkAndAcceptsOldMacLineEnds() throws Exception {
    CsvTables.Table table = read("\uFEFFa,b\r\r\n1,2\r\n\n3,4\r");
    assertThat(table.header()).containsExactly("a", "b");
    assertThat(table.rows()).extracting(CSVRecord::toList).containsExactly(List.of("1", "2"), List.of("3", "4"));
    assertThatThrownBy(() -> read("\uFEFFa,b\r\r\n1,2\r\n\n3,4,5\r")).hasMessageStartingWith("line 5: ");
  }

  @Test
  void aHeaderIsRequiredAndItsNamesAreUniqueAndNonBlank() {
    assertThatThrownBy(() -> read("")).isInstanceOf(CSVException.class).hasMessageContaining("no header");
    assertThatThrownBy(() -> read("\n\n")).hasMessageContaining("no header");
    assertThatThrownBy(() -> read("a,a\n1,2\n")).hasMessage("line 1: the header names column 'a' twice: [a, a]");
    assertThatThrownBy(() -> read("a,,b\n")).hasMessageContaining("line 1: the header has an empty column name");
    assertThatThrownBy(() -> read("\n\na, \n")).hasMessageStartingWith("line 3: the header has an empty column name");
    assertThatThrownBy(() -> read("a,b\n1,2\n3\n")).hasMessageStartingWith("line 3: ");
  }

  @Test
  void malformedQuotingIsRejectedWithItsLine() {
    assertThatThrownBy(() -> read("a\n\"open\n"))
        .hasMessage("line 2: the record on this line has a quoted field that is never closed");
    assertThatThrownBy(() -> read("\"a\nb\n")).hasMessageContaining("line 1: the record on this line has a quoted");
    assertThatThrownBy(() -> read("a\n\"x\"y\n")).hasMessageContaining("line 2: text after a closing quote");
    assertThatThrownBy(() -> read("a\n1\n\n\"two\nlines\"\n\n\"x\"y\n")).hasMessageStartingWith("line 7: text after");
    assertThatThrownBy(() -> read("a,b\n1,2\n3,4,5\n")).hasMessage("line 3: 3 fields, but the header has 2 [a, b]");
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsReadAsItStands() throws Exception {
    assertThat(read("a,b\n1,5'11\"\n").rows().get(0).get("b")).isEqualTo("5'11\"");
  }

  @Test
  void writesQuotesWhereReadingNeedsThemAndALineFeedAfterEachRecord() throws IOException {
    assertThat(format(List.of(List.of("plain", "with,comma", "say \"hi\"", "two\nlines", "cr\r", "", "/abs/path"))))
        .isEqualTo("plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",,/abs/path\n");
    assertThat(format(List.of(List.of("")))).isEqualTo("\"\"\n");
  }

  @Test
  void unknownColumnNamesTheColumns() throws Exception {
    CSVRecord row = read("a,b\n1,2\n").rows().get(0);
    assertThatThrownBy(() -> row.get("c")).hasMessageContaining("c").hasMessageContaining("[a, b]");
  }

  @Test
  void randomTablesWithQuotesCommasAndLineBreaksReadBackUnchanged() throws Exception {
    Random random = Seeds.random("CsvTest.randomTables");
    for (int round = 0; round < 500; round++) {
      int columns = 1 + random.nextInt(4);
      List<String> header = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        header.add("c" + c);
      }
      List<List<String>> rows = new ArrayList<>();
      for (int r = random.nextInt(7); r > 0; r--) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          row.add(Seeds.string(random, "ab ,\"\n\r\t;é#", 8));
        }
        rows.add(row);
      }
      List<List<String>> all = new ArrayList<>(rows);
      all.add(0, header);
      String text = format(all);
      CsvTables.Table table = read(text);
      assertThat(table.header()).isEqualTo(header);
      assertThat(table.rows()).extracting(CSVRecord::toList).as("table %s", text).isEqualTo(rows);
    }
  }
}
