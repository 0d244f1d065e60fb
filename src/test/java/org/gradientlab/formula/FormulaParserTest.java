package org.gradientlab.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FormulaParserTest {

  static Formula parse(String text) {
    ParseResult r = FormulaParser.parse(text);
    assertThat(r).as(text).isInstanceOf(ParseResult.Parsed.class);
    return ((ParseResult.Parsed) r).formula();
  }

  static FormulaError error(String text) {
    ParseResult r = FormulaParser.parse(text);
    assertThat(r).as(text).isInstanceOf(ParseResult.Failed.class);
    return ((ParseResult.Failed) r).error();
  }

  @Test
  void precedenceAndAssociativityAreThoseOfMathematics() {
    assertThat(parse("2^3^2").value(0, 0)).isEqualTo(512);
    assertThat(parse("-2^2").value(0, 0)).isEqualTo(-4);
    assertThat(parse("2*3+4").value(0, 0)).isEqualTo(10);
    assertThat(parse("2+3*4").value(0, 0)).isEqualTo(14);
    assertThat(parse("(2+3)*4").value(0, 0)).isEqualTo(20);
    assertThat(parse("8/2/2").value(0, 0)).isEqualTo(2);
    assertThat(parse("2^-1").value(0, 0)).isEqualTo(0.5);
    assertThat(parse("-x^2").value(3, 0)).isEqualTo(-9);
    assertThat(parse("x - -y").value(1, 2)).isEqualTo(3);
    assertThat(parse(" 1e-3 + .5 ").value(0, 0)).isEqualTo(0.501);
    assertThat(parse("pi").value(0, 0)).isEqualTo(Math.PI);
    assertThat(parse("e^x").value(1, 0)).isCloseTo(Math.E, within(1e-15));
    assertThat(parse("max(x, y) - min(x, y)").value(2, 5)).isEqualTo(3);
    assertThat(parse("sqrt(abs(x))").value(-4, 0)).isEqualTo(2);
  }

  @Test
  void theDimensionIsTwoExactlyWhenYOccurs() {
    assertThat(parse("x^2").dimension()).isEqualTo(1);
    assertThat(parse("x^2 + 0*y").dimension()).isEqualTo(2);
  }

  @Test
  void errorsSayWhatIsWrongAndWhere() {
    assertThat(error("2x")).satisfies(e -> {
      assertThat(e.offset()).isEqualTo(1);
      assertThat(e.message()).contains("did you mean 2*x?");
    });
    assertThat(error("sine(x)")).satisfies(e -> {
      assertThat(e.offset()).isZero();
      assertThat(e.length()).isEqualTo(4);
      assertThat(e.message()).contains("unknown function 'sine'", "did you mean sin?");
    });
    assertThat(error("(x + 1").message()).contains("missing ')' to close the '(' at column 1");
    assertThat(error("x + z").message()).contains("unknown variable 'z': use x and y");
    assertThat(error("x + z").offset()).isEqualTo(4);
    assertThat(error("max(x)").message()).contains("max takes 2 arguments, got 1");
    assertThat(error("sin(x, y)").message()).contains("sin takes 1 argument");
    assertThat(error("x +").message()).contains("'+' needs something after it");
    assertThat(error("x +").offset()).isEqualTo(2);
    assertThat(error("x)").message()).contains("')' without a matching '('");
    assertThat(error("*x").message()).contains("'*' needs something before it");
    assertThat(error("xy").message()).contains("for a product write x*y");
    assertThat(error("   ").message()).contains("type a formula");
    assertThat(error("x % 2").message()).contains("unexpected '%'");
  }

  @Test
  void absurdInputIsRefusedNotCrashedOn() {
    assertThat(error("x+".repeat(5000) + "x").message()).contains("longer than");
    String deep = "(".repeat(900) + "x" + ")".repeat(900);
    assertThat(error(deep).message()).contains("nested more than");
  }

  @Test
  void hundredsOfBrokenStringsGiveAPositionedErrorAndNeverAnException() {
    FormulaGenerator g = new FormulaGenerator(3);
    int failed = 0;
    for (int i = 0; i < 600; i++) {
      String broken = g.mutated(g.smooth(3));
      ParseResult r = FormulaParser.parse(broken); // must not throw
      if (r instanceof ParseResult.Failed f) {
        failed++;
        assertThat(f.error().offset()).as(broken).isBetween(0, broken.length());
        assertThat(f.error().offset() + f.error().length()).as(broken).isLessThanOrEqualTo(broken.length());
        assertThat(f.error().message()).as(broken).isNotBlank();
      }
    }
    String[] fixed = {"", "(", ")", "()", "+", "^", ",", "x,", "sin", "sin(", "sin()", "1..2",
        "1e", "1e+", "max(,)", "((x)", "x))", "x y", "2 (x)", "x^", "--", "e(x)", "\u0000", "π"};
    for (String s : fixed) {
      assertThat(FormulaParser.parse(s)).as("'%s'", s).isInstanceOf(ParseResult.Failed.class);
    }
    assertThat(failed).isGreaterThan(300);
  }
}
