package org.kyc4j.models.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {
  @Test
  void parsesNestedValuesInOrder() {
    Object value = Json.parse(
        " {\"b\": [1, -2.5, 3e2, true, false, null], \"a\": {\"s\": \"x\\\"\\u00e9\\n\"}} ", 8);
    Map<String, Object> root = JsonReader.object(value, "$");
    assertThat(root.keySet()).containsExactly("b", "a");
    assertThat(JsonReader.array(root.get("b"), "$.b"))
        .containsExactly(1L, -2.5, 300.0, Boolean.TRUE, Boolean.FALSE, Json.NULL);
    assertThat(JsonReader.object(root.get("a"), "$.a").get("s")).isEqualTo("x\"\u00e9\n");
  }

  @Test
  void integersBeyondLongPrecisionBecomeDoubles() {
    assertThat(Json.parse("123456789012345678", 1)).isEqualTo(123456789012345678L);
    assertThat(Json.parse("12345678901234567890", 1)).isEqualTo(1.2345678901234567e19);
    assertThat(Json.parse("-0", 1)).isEqualTo(0L);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"a\":1,}|7|expected a string key",
      "[1,]|3|unexpected character ']'",
      "{\"a\":1,\"a\":2}|7|duplicate key \"a\"",
      "[1 2]|3|expected ']' but found '2'",
      "01|1|unexpected content after the JSON value",
      "1.|2|expected a digit after the decimal point",
      "-|1|expected a digit",
      "\"abc|4|unterminated string",
      "\"a\\x\"|3|invalid escape",
      "\"\\u12G4\"|5|invalid hex digit",
      "tru|0|expected 'true'",
      "{\"a\" 1}|5|expected ':'",
      "[|1|unexpected end of input",
      "1e999|0|out of double range",
      "{} {}|3|unexpected content"})
  void rejectsMalformedJsonNamingTheOffset(String text, int offset, String message) {
    assertThatThrownBy(() -> Json.parse(text, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed JSON at offset " + offset + ":")
        .hasMessageContaining(message);
  }

  @Test
  void rejectsControlCharactersInStrings() {
    assertThatThrownBy(() -> Json.parse("\"a\tb\"", 4))
        .hasMessageContaining("offset 2").hasMessageContaining("control character U+0009");
  }

  @Test
  void enforcesTheDepthLimit() {
    assertThat(Json.parse("[[[]]]", 3)).isEqualTo(List.of(List.of(List.of())));
    assertThatThrownBy(() -> Json.parse("[[[[]]]]", 3))
        .hasMessageContaining("offset 3").hasMessageContaining("nesting deeper than 3 levels");
  }

  @Test
  void enforcesTheSizeLimitAndUtf8() {
    byte[] text = "[1,2,3]".getBytes(StandardCharsets.UTF_8);
    assertThat(Json.parse(text, 7, 2)).isEqualTo(List.of(1L, 2L, 3L));
    assertThatThrownBy(() -> Json.parse(text, 6, 2))
        .hasMessageContaining("7 bytes; at most 6 allowed");
    assertThatThrownBy(() -> Json.parse(new byte[] {'"', (byte) 0xc3, '"'}, 10, 2))
        .hasMessageContaining("not valid UTF-8");
  }
}
