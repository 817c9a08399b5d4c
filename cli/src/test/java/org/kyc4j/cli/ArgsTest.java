package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.kyc4j.api.Product;
import org.junit.jupiter.api.Test;

class ArgsTest {
  private static final List<Option> OPTIONS = List.of(
      Option.value("front", "FILE", "front page"),
      Option.value("frames", "FILE[,FILE...]", "frames"),
      Option.optionalValue("sample", "DIR", "sample"),
      Option.flag("quiet", "less output"),
      Option.value("dob", "YYYY-MM-DD", "date of birth"),
      Option.value("product", "PRODUCT", "product"),
      Option.value("seed", "N", "seed"));

  private static Args parse(String... argv) throws UsageException {
    return Args.parse(List.of(argv), OPTIONS);
  }

  @Test
  void readsSeparateAndInlineValues() throws UsageException {
    Args args = parse("--front", "a.jpg", "--frames=b.jpg,c.jpg", "--quiet");
    assertThat(args.require("front")).isEqualTo("a.jpg");
    assertThat(args.list("frames")).containsExactly("b.jpg", "c.jpg");
    assertThat(args.has("quiet")).isTrue();
    assertThat(args.has("sample")).isFalse();
    assertThat(args.find("dob")).isEmpty();
  }

  @Test
  void optionalValueTakesTheNextTokenOnlyWhenItIsNotAnOption() throws UsageException {
    assertThat(parse("--sample").find("sample")).hasValue("");
    assertThat(parse("--sample", "--quiet").find("sample")).hasValue("");
    assertThat(parse("--sample", "--quiet").has("quiet")).isTrue();
    assertThat(parse("--sample", "out/dir").find("sample")).hasValue("out/dir");
    assertThat(parse("--sample=out").find("sample")).hasValue("out");
  }

  @Test
  void valueMayStartWithASingleDash() throws UsageException {
    assertThat(parse("--front", "-odd-name.jpg").require("front")).isEqualTo("-odd-name.jpg");
  }

  @Test
  void rejectsUnknownOptionsListingTheAllowedOnes() {
    assertThatThrownBy(() -> parse("--fornt", "a.jpg"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("unknown option --fornt")
        .hasMessageContaining("--front");
  }

  @Test
  void rejectsPositionalArgumentsAndABareDoubleDash() {
    assertThatThrownBy(() -> parse("a.jpg")).hasMessageContaining("unexpected argument 'a.jpg'");
    assertThatThrownBy(() -> parse("--")).hasMessageContaining("unexpected argument '--'");
    assertThatThrownBy(() -> parse("-f", "x")).hasMessageContaining("unexpected argument '-f'");
  }

  @Test
  void rejectsMissingAndEmptyValues() {
    assertThatThrownBy(() -> parse("--front")).hasMessageContaining("--front needs a value: --front FILE");
    assertThatThrownBy(() -> parse("--front", "--quiet")).hasMessageContaining("--front needs a value");
    assertThatThrownBy(() -> parse("--front=")).hasMessageContaining("needs a non-empty value");
    assertThatThrownBy(() -> parse("--front", " ")).hasMessageContaining("needs a non-empty value");
    assertThatThrownBy(() -> parse("--sample=")).hasMessageContaining("needs a non-empty value");
  }

  @Test
  void rejectsAFlagWithAValueAndAnOptionGivenTwice() {
    assertThatThrownBy(() -> parse("--quiet=yes")).hasMessageContaining("--quiet takes no value, got 'yes'");
    assertThatThrownBy(() -> parse("--front", "a", "--front", "b")).hasMessageContaining("--front is given twice");
    assertThatThrownBy(() -> parse("--front", "a", "--front=b")).hasMessageContaining("--front is given twice");
  }

  @Test
  void requireNamesTheMissingOption() throws UsageException {
    Args args = parse("--sample");
    assertThatThrownBy(() -> args.require("front")).hasMessage("option --front FILE is required");
    assertThatThrownBy(() -> args.require("sample")).hasMessage("option --sample [DIR] is required");
  }

  @Test
  void typedGettersNameTheOptionTheValueAndWhatIsAllowed() throws UsageException {
    assertThat(parse("--dob", "1980-02-29").findDate("dob")).hasValue(LocalDate.of(1980, 2, 29));
    assertThat(parse("--product", "FACE_COMPARE").findEnum("product", Product.class)).hasValue(Product.FACE_COMPARE);
    assertThat(parse("--seed", "-7").findLong("seed")).hasValue(-7L);
    assertThatThrownBy(() -> parse("--dob", "1981-02-29").findDate("dob"))
        .hasMessage("option --dob: '1981-02-29' is not a date; allowed: YYYY-MM-DD");
    assertThatThrownBy(() -> parse("--product", "real_id").findEnum("product", Product.class))
        .hasMessageContaining("'real_id' is not allowed; allowed: [REAL_ID, FACE_CAPTURE");
    assertThatThrownBy(() -> parse("--seed", "x1").findLong("seed")).hasMessageContaining("'x1' is not an integer");
  }

  @Test
  void listRejectsEmptyItems() {
    assertThatThrownBy(() -> parse("--frames", "a.jpg,,b.jpg").list("frames"))
        .hasMessageContaining("empty item in 'a.jpg,,b.jpg'");
    assertThatThrownBy(() -> parse("--frames", "a.jpg,").list("frames")).hasMessageContaining("empty item");
  }

  @Test
  void rejectWithNamesBothOptions() throws UsageException {
    Args args = parse("--sample", "--front", "a.jpg");
    assertThatThrownBy(() -> args.rejectWith("sample", "frames", "front"))
        .hasMessage("option --front cannot be combined with --sample");
  }

  @Test
  void askingForAnUndeclaredOptionIsAProgrammingError() throws UsageException {
    Args args = parse();
    assertThatThrownBy(() -> args.has("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void optionNamesAndKindsAreValidated() {
    assertThatThrownBy(() -> Option.value("Front", "FILE", "x")).hasMessageContaining("must match");
    assertThatThrownBy(() -> Option.value("front", "", "x")).hasMessageContaining("need one");
    assertThat(Option.optionalValue("sample", "DIR", "x").synopsis()).isEqualTo("--sample [DIR]");
  }
}
