package org.kyc4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.kyc4j.api.Level;
import org.junit.jupiter.api.Test;

class KeyTest {

  @Test
  void keysAreEqualByNameAndCheckTheirType() {
    Key<String> a = Key.of("document.front.text", String.class);
    assertThat(a).isEqualTo(Key.of("document.front.text", String.class));
    assertThat(a.cast("x")).isEqualTo("x");
    assertThatThrownBy(() -> a.cast(3)).isInstanceOf(ClassCastException.class).hasMessageContaining("document.front.text");
  }

  @Test
  void malformedNamesAreRejected() {
    for (String bad : new String[] {"", "Upper", "a..b", "a-b", "1a", "a."}) {
      assertThatThrownBy(() -> Key.of(bad, String.class)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void thresholdTablesSayWhichSidePasses() {
    ThresholdTable table = ThresholdTable.of("sharpness", ThresholdTable.PassWhen.AT_LEAST, 10, 20, 30);
    assertThat(table.passes(20, Level.STANDARD)).isTrue();
    assertThat(table.passes(20, Level.STRICT)).isFalse();
    assertThatThrownBy(() -> table.at(Level.CLOSED)).hasMessageContaining("CLOSED");
    assertThatThrownBy(() -> new ThresholdTable("m", ThresholdTable.PassWhen.AT_MOST, Map.of(Level.CLOSED, 1.0)))
        .hasMessageContaining("CLOSED");
  }
}
