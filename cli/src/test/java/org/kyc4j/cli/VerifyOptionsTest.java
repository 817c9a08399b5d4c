package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.kyc4j.api.Product;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** How the verify options parse, with the conventions every kyc4j command shares. */
class VerifyOptionsTest {
  static VerifyOptions parse(String... argv) {
    VerifyOptions options = new VerifyOptions();
    CliConventions.apply(new CommandLine(options)).parseArgs(argv);
    return options;
  }

  @Test
  void readsSeparateAndInlineValues() {
    VerifyOptions options = parse("--front", "a.jpg", "--frames=b.jpg,c.jpg", "--name", "Anna Maria");
    assertThat(options.front).isEqualTo("a.jpg");
    assertThat(options.frames).containsExactly("b.jpg", "c.jpg");
    assertThat(options.name).isEqualTo("Anna Maria");
    assertThat(options.sample).isNull();
    assertThat(options.dob).isNull();
  }

  @Test
  void theSampleFolderIsTakenOnlyWhenTheNextTokenIsNotAnOption() {
    assertThat(parse("--sample").sample).isEmpty();
    assertThat(parse("--sample", "--seed", "3").sample).isEmpty();
    assertThat(parse("--sample", "--seed", "3").seed).isEqualTo(3L);
    assertThat(parse("--sample", "out/dir").sample).isEqualTo("out/dir");
    assertThat(parse("--sample=out").sample).isEqualTo("out");
  }

  @Test
  void aValueMayStartWithASingleDash() {
    assertThat(parse("--front", "-odd-name.jpg").front).isEqualTo("-odd-name.jpg");
    assertThat(parse("--seed", "-7").seed).isEqualTo(-7L);
  }

  @Test
  void unknownOptionsArePointedAtTheirNearestName() {
    assertThatThrownBy(() -> parse("--frnt", "a.jpg")).isInstanceOf(CommandLine.UnmatchedArgumentException.class)
        .hasMessageContaining("'--frnt'")
        .satisfies(e -> assertThat(((CommandLine.UnmatchedArgumentException) e).getSuggestions()).contains("--front"));
  }

  @Test
  void positionalArgumentsAndShortOptionsAreRejected() {
    assertThatThrownBy(() -> parse("a.jpg")).isInstanceOf(ParameterException.class).hasMessageContaining("'a.jpg'");
    assertThatThrownBy(() -> parse("-f", "x")).isInstanceOf(ParameterException.class).hasMessageContaining("'-f'");
  }

  @Test
  void missingAndBlankValuesAreRejected() {
    assertThatThrownBy(() -> parse("--front")).hasMessageContaining("--front").hasMessageContaining("FILE");
    assertThatThrownBy(() -> parse("--front", "--name", "x")).hasMessageContaining("--front");
    assertThatThrownBy(() -> parse("--front=")).hasMessageContaining("--front").hasMessageContaining("needs a value");
    assertThatThrownBy(() -> parse("--front", " ")).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> parse("--frames", "a.jpg,,b.jpg")).hasMessageContaining("--frames")
        .hasMessageContaining("needs a value");
  }

  @Test
  void repeatedFramesAddUp() {
    assertThat(parse("--frames", "a.jpg", "--frames=b.jpg,c.jpg").frames).containsExactly("a.jpg", "b.jpg", "c.jpg");
  }

  @Test
  void aSingleValueOptionGivenTwiceIsRejected() {
    assertThatThrownBy(() -> parse("--front", "a", "--front", "b")).hasMessageContaining("'--front'")
        .hasMessageContaining("only once");
    assertThatThrownBy(() -> parse("--front", "a", "--front=b")).hasMessageContaining("only once");
  }

  @Test
  void typedValuesNameTheOptionTheValueAndWhatIsAllowed() {
    assertThat(parse("--dob", "1980-02-29").dob).isEqualTo(LocalDate.of(1980, 2, 29));
    assertThat(parse("--product", "FACE_COMPARE").product).isEqualTo(Product.FACE_COMPARE);
    assertThatThrownBy(() -> parse("--dob", "1981-02-29"))
        .hasMessage("Invalid value for option '--dob': the value (10 characters) is not a date; allowed: YYYY-MM-DD");
    assertThatThrownBy(() -> parse("--product", "real_id")).hasMessageContaining("'real_id'")
        .hasMessageContaining("REAL_ID, FACE_CAPTURE");
    assertThatThrownBy(() -> parse("--seed", "x1")).hasMessageContaining("'x1' is not a long");
  }

  @Test
  void theApplicantOptionsAreTheOnesThatDescribeThePerson() {
    assertThat(parse("--front", "a.jpg", "--mrz", "P<UTO|L898", "--seed", "2").applicant())
        .containsEntry("--front", "a.jpg").containsEntry("--mrz", "P<UTO|L898").containsEntry("--back", null)
        .doesNotContainKey("--seed");
  }
}
