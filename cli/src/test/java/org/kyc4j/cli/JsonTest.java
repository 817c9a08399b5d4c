package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kyc4j.api.Outcome;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertThat(Json.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(Json.quote("\b\f\n\r\t")).isEqualTo("\"\\b\\f\\n\\r\\t\"");
    assertThat(Json.quote("\u0000\u0001\u001f")).isEqualTo("\"\\u0000\\u0001\\u001f\"");
    assertThat(Json.quote("/ stays")).isEqualTo("\"/ stays\"");
  }

  @Test
  void keepsUnicodeButEscapesLineSeparatorsAndLoneSurrogates() {
    assertThat(Json.quote("é漢😀")).isEqualTo("\"é漢😀\"");
    assertThat(Json.quote("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
    assertThat(Json.quote("x\ud83dy")).isEqualTo("\"x\\ud83dy\"");
    assertThat(Json.quote("\ude00")).isEqualTo("\"\\ude00\"");
  }

  @Test
  void writesNumbersBooleansNullAndEnums() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("int", 3);
    map.put("long", -9_000_000_000L);
    map.put("whole", 2.0);
    map.put("fraction", 0.125);
    map.put("tiny", 1e-7);
    map.put("flag", true);
    map.put("none", null);
    map.put("outcome", Outcome.NOT_SUPPORTED);
    assertThat(Json.compact(map)).isEqualTo("{\"int\":3,\"long\":-9000000000,\"whole\":2,\"fraction\":0.125,"
        + "\"tiny\":1.0E-7,\"flag\":true,\"none\":null,\"outcome\":\"NOT_SUPPORTED\"}");
    assertThat(JsonReader.object(Json.compact(map))).containsEntry("tiny", 1e-7);
  }

  @Test
  void prettyPrintsWithTwoSpaces() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", List.of(1, 2));
    map.put("b", Map.of());
    map.put("c", List.of());
    assertThat(Json.pretty(map)).isEqualTo("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": []\n}");
  }

  @Test
  void rejectsWhatJsonCannotHold() {
    assertThatThrownBy(() -> Json.compact(Double.NaN)).hasMessageContaining("no number for NaN");
    assertThatThrownBy(() -> Json.compact(List.of(Float.POSITIVE_INFINITY))).hasMessageContaining("Infinity");
    assertThatThrownBy(() -> Json.compact(new Object())).hasMessageContaining("cannot write a java.lang.Object");
    assertThatThrownBy(() -> Json.compact(Map.of(1, "x"))).hasMessageContaining("keys are strings");
  }

  @Test
  void nestedOutputParsesBackToTheSameTree() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("text", "line1\nline2 \"quoted\" \\ tab\t");
    inner.put("list", Arrays.asList("x", null, false));
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("inner", inner);
    outer.put("n", 0.5);
    assertThat(JsonReader.parse(Json.pretty(outer))).isEqualTo(outer);
    assertThat(JsonReader.parse(Json.compact(outer))).isEqualTo(outer);
  }

  @Test
  void randomStringsSurviveAQuoteAndParseRoundTrip() {
    Random random = Seeds.random("JsonTest.randomStrings");
    String alphabet = "ab\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029é漢\ud83d\ude00";
    for (int i = 0; i < 2_000; i++) {
      String text = Seeds.string(random, alphabet, 12);
      String quoted = Json.quote(text);
      assertThat(JsonReader.parse(quoted)).as("quote of %s", quoted).isEqualTo(text);
      assertThat(quoted.chars().noneMatch(c -> c < 0x20)).as(quoted).isTrue();
    }
  }

  @Test
  void randomFiniteDoublesParseBackExactly() {
    Random random = Seeds.random("JsonTest.randomDoubles");
    for (int i = 0; i < 2_000; i++) {
      double value = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextGaussian() * 1e6;
      if (!Double.isFinite(value)) {
        continue;
      }
      assertThat((Double) JsonReader.parse(Json.compact(value))).as("%s", value).isEqualTo(value == 0 ? 0.0 : value);
    }
  }
}
