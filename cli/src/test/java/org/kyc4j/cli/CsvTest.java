package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvTest {
  private static CsvTable read(String text) throws IOException, CsvException {
    return Csv.read(new StringReader(text));
  }

  @Test
  void readsQuotedCommasQuotesAndLineBreaks() throws Exception {
    CsvTable table = read("a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\n\"two\nlines\",\"crlf\r\ninside\"\n");
    assertThat(table.header()).containsExactly("a", "b");
    assertThat(table.rows()).hasSize(2);
    assertThat(table.rows().get(0).get("a")).isEqualTo("x,1");
    assertThat(table.rows().get(0).get("b")).isEqualTo("say \"hi\"");
    assertThat(table.rows().get(1).get("a")).isEqualTo("two\nlines");
    assertThat(table.rows().get(1).get("b")).isEqualTo("crlf\r\ninside");
    assertThat(table.rows().get(1).line()).isEqualTo(3);
  }

  @Test
  void keepsSpacesAndEmptyFieldsAndReadsTheLastLineWithoutALineEnd() throws Exception {
    CsvTable table = read("a,b,c\n x ,,\"\"");
    assertThat(table.rows().get(0).values()).containsExactly(" x ", "", "");
  }

  @Test
  void skipsEmptyLinesAndAByteOrderMarkAndAcceptsOldMacLineEnds() throws Exception {
    CsvTable table = read("\uFEFFa,b\r\r\n1,2\r\n\n3,4\r");
    assertThat(table.header()).containsExactly("a", "b");
    assertThat(table.rows()).extracting(CsvRow::values).containsExactly(List.of("1", "2"), List.of("3", "4"));
    assertThat(table.rows()).extracting(CsvRow::line).containsExactly(3, 5);
  }

  @Test
  void aHeaderIsRequiredAndItsNamesAreUniqueAndNonBlank() {
    assertThatThrownBy(() -> read("")).isInstanceOf(CsvException.class).hasMessageContaining("no header");
    assertThatThrownBy(() -> read("\n\n")).hasMessageContaining("no header");
    assertThatThrownBy(() -> read("a,a\n1,2\n")).hasMessageContaining("names column 'a' twice");
    assertThatThrownBy(() -> read("a,,b\n")).hasMessageContaining("empty column name");
    assertThat(catchLine("a,b\n1,2\n3\n")).isEqualTo(3);
  }

  @Test
  void malformedQuotingIsRejectedWithItsLine() {
    assertThatThrownBy(() -> read("a\n\"open\n")).hasMessage("line 2: a quoted field opened on this line is never closed");
    assertThatThrownBy(() -> read("a,b\n1,x\"y\n")).hasMessageContaining("line 2: a quote inside an unquoted field");
    assertThatThrownBy(() -> read("a\n\"x\"y\n")).hasMessageContaining("line 2: 'y' after a closing quote");
    assertThatThrownBy(() -> read("a,b\n1,2\n3,4,5\n")).hasMessage("line 3: 3 fields, but the header has 2 [a, b]");
  }

  @Test
  void writesQuotesOnlyWhereNeeded() {
    assertThat(Csv.format(List.of("plain", "with,comma", "say \"hi\"", "two\nlines", "cr\r", "", " sp ")))
        .isEqualTo("plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",, sp ");
    assertThat(Csv.format(List.of(""))).isEqualTo("\"\"");
    assertThatThrownBy(() -> Csv.format(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknownColumnNamesTheColumns() throws Exception {
    CsvRow row = read("a,b\n1,2\n").rows().get(0);
    assertThatThrownBy(() -> row.get("c")).hasMessage("no column 'c'; columns: [a, b]");
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
          row.add(Seeds.string(random, "ab ,\"\n\r\t;é", 8));
        }
        rows.add(row);
      }
      StringBuilder text = new StringBuilder();
      Csv.write(text, header);
      for (List<String> row : rows) {
        Csv.write(text, row);
      }
      CsvTable table = read(text.toString());
      assertThat(table.header()).isEqualTo(header);
      assertThat(table.rows()).extracting(CsvRow::values).as("table %s", text).isEqualTo(rows);
    }
  }

  private static int catchLine(String text) {
    try {
      read(text);
      throw new AssertionError("expected a CsvException for " + text);
    } catch (CsvException e) {
      return e.line();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
