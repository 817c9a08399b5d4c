package org.kyc4j.models.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelJsonTest {
  static JsonNode parse(String text, int maxDepth) {
    return ModelJson.parse(text.getBytes(StandardCharsets.UTF_8), 1 << 20, maxDepth);
  }

  @Test
  void parsesNestedValuesInOrder() {
    JsonNode root = ModelJson.object(
        parse(" {\"b\": [1, -2.5, 3e2, true, false, null], \"a\": {\"s\": \"x\\\"\\u00e9\\n\"}} ", 8), "$");
    assertThat(root.properties()).extracting(e -> e.getKey()).containsExactly("b", "a");
    List<JsonNode> b = ModelJson.items(root.get("b"), "$.b", (node, path) -> node);
    assertThat(ModelJson.integer(b.get(0), "$.b[0]")).isEqualTo(1L);
    assertThat(ModelJson.number(b.get(1), "$.b[1]")).isEqualTo(-2.5);
    assertThat(ModelJson.number(b.get(2), "$.b[2]")).isEqualTo(300.0);
    assertThat(ModelJson.bool(b.get(3), "$.b[3]")).isTrue();
    assertThat(ModelJson.bool(b.get(4), "$.b[4]")).isFalse();
    assertThat(b.get(5).isNull()).isTrue();
    assertThat(ModelJson.string(ModelJson.object(root.get("a"), "$.a").get("s"), "$.a.s"))
        .isEqualTo("x\"\u00e9\n");
  }

  @Test
  void integersBeyondLongPrecisionAreNumbersButNotIntegers() {
    assertThat(ModelJson.integer(parse("123456789012345678", 1), "$")).isEqualTo(123456789012345678L);
    assertThat(ModelJson.number(parse("12345678901234567890", 1), "$")).isEqualTo(1.2345678901234567e19);
    assertThatThrownBy(() -> ModelJson.integer(parse("12345678901234567890", 1), "$"))
        .hasMessageContaining("$: expected an integer but found 12345678901234567890");
    assertThat(ModelJson.integer(parse("-0", 1), "$")).isEqualTo(0L);
  }

  @Test
  void readsProtobufJsonStringsAsIntegersAndSpecialNumbers() {
    assertThat(ModelJson.integer(parse("\"-7\"", 1), "$")).isEqualTo(-7L);
    assertThat(ModelJson.number(parse("\"NaN\"", 1), "$")).isNaN();
    assertThat(ModelJson.number(parse("\"-Infinity\"", 1), "$")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThatThrownBy(() -> ModelJson.number(parse("\"big\"", 1), "$.f"))
        .hasMessageContaining("$.f: expected a number but found \"big\"");
  }

  @Test
  void numbersOutOfDoubleRangeAreRefusedWithTheirPath() {
    assertThatThrownBy(() -> ModelJson.number(parse("1e999", 1), "$.scale"))
        .hasMessageContaining("$.scale: number 1E+999 is out of double range");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"a\":1,}|7|was expecting double-quote to start field name",
      "[1,]|3|Unexpected character (']'",
      "{\"a\":1,\"a\":2}|10|Duplicate field 'a'",
      "[1 2]|3|was expecting comma to separate Array entries",
      "01|1|Leading zeroes not allowed",
      "1.|1|Decimal point not followed by a digit",
      "-|1|No digit following sign",
      "\"abc|4|was expecting closing quote for a string value",
      "\"a\\x\"|3|Unrecognized character escape 'x'",
      "\"\\u12G4\"|5|expected a hex-digit",
      "tru|3|Unrecognized token 'tru'",
      "{\"a\" 1}|5|was expecting a colon",
      "[|1|Unexpected end-of-input",
      "` `|1|No content",
      "{} {}|3|Trailing token"})
  void rejectsMalformedJsonNamingTheOffset(String text, int offset, String message) {
    assertThatThrownBy(() -> parse(text, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed JSON at offset " + offset + ":")
        .hasMessageContaining(message);
  }

  @Test
  void rejectsControlCharactersInStrings() {
    assertThatThrownBy(() -> parse("\"a\tb\"", 4))
        .hasMessageContaining("offset 2").hasMessageContaining("CTRL-CHAR, code 9");
  }

  @Test
  void enforcesTheDepthLimit() {
    assertThat(parse("[[[]]]", 3).toString()).isEqualTo("[[[]]]");
    assertThatThrownBy(() -> parse("[[[[]]]]", 3))
        .hasMessageContaining("offset 3").hasMessageContaining("nesting depth (4) exceeds the maximum allowed (3");
  }

  @Test
  void enforcesTheSizeLimitAndUtf8() {
    byte[] text = "[1,2,3]".getBytes(StandardCharsets.UTF_8);
    assertThat(ModelJson.parse(text, 7, 2).toString()).isEqualTo("[1,2,3]");
    assertThatThrownBy(() -> ModelJson.parse(text, 6, 2))
        .hasMessageContaining("7 bytes; at most 6 allowed");
    assertThatThrownBy(() -> ModelJson.parse(new byte[] {'"', (byte) 0xc3, '"'}, 10, 2))
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void typedReadsNameThePathAndWhatWasFound() {
    JsonNode root = parse("{\"o\":{},\"a\":[],\"s\":\"" + "x".repeat(50) + "\",\"n\":null}", 4);
    assertThatThrownBy(() -> ModelJson.array(root.get("o"), "$.o"))
        .hasMessage("$.o: expected an array but found an object");
    assertThatThrownBy(() -> ModelJson.object(root.get("a"), "$.a"))
        .hasMessage("$.a: expected an object but found an array");
    assertThatThrownBy(() -> ModelJson.integer(root.get("s"), "$.s"))
        .hasMessage("$.s: expected an integer but found \"" + "x".repeat(40) + "...\"");
    assertThatThrownBy(() -> ModelJson.string(root.get("n"), "$.n"))
        .hasMessage("$.n: expected a string but found null");
    assertThatThrownBy(() -> ModelJson.required(root, "missing", "$"))
        .hasMessage("$.missing: missing, it is required");
  }
}
