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
  void aMissingOperatorHintRepeatsTheWholeLeftOperand() {
    assertThat(error("x*y z").message()).contains("did you mean x*y*z?");
    assertThat(error("x*y z").offset()).isEqualTo(4);
    assertThat(error("1 + x*y z").message()).contains("did you mean x*y*z?");
    assertThat(error("x^2 y").message()).contains("did you mean x^2*y?");
    assertThat(error("-x y").message()).contains("did you mean -x*y?");
    assertThat(error("sin(x)/2 (y)").message()).contains("did you mean sin(x)/2*(?");
    assertThat(error("exp(x y)").message()).contains("did you mean x*y?");
    // A very long operand is quoted by its end, where the '*' goes.
    String longLeft = "x" + "*x".repeat(100);
    assertThat(error(longLeft + " y").message()).contains("did you mean …x*x").endsWith("x*x*y?")
        .hasSizeLessThan(140);
  }

  @Test
  void unaryPlusIsAcceptedWhereverUnaryMinusIs() {
    assertThat(parse("x*+y").value(2, 3)).isEqualTo(6);
    assertThat(parse("x^+2").value(3, 0)).isEqualTo(9);
    assertThat(parse("exp(-+x)").value(1, 0)).isEqualTo(Math.exp(-1));
    assertThat(parse("+x").value(4, 0)).isEqualTo(4);
    assertThat(parse("x - +y").value(5, 2)).isEqualTo(3);
    assertThat(parse("x + +y").value(5, 2)).isEqualTo(7);
    assertThat(parse("x / +y").value(6, 2)).isEqualTo(3);
    assertThat(parse("2^+3^2").value(0, 0)).isEqualTo(512);
    assertThat(parse("max(+x, -y)").value(1, 2)).isEqualTo(1);
    // Each sign pair that parses with '-' parses with '+', and the other way round.
    for (String op : new String[] {"+", "-", "*", "/", "^"}) {
      for (String sign : new String[] {"+", "-"}) {
        String text = "x " + op + " " + sign + "y";
        assertThat(FormulaParser.parse(text)).as(text).isInstanceOf(ParseResult.Parsed.class);
      }
    }
    // A sign still needs an operand after it.
    assertThat(error("x*+").message()).contains("'+' needs something after it");
    assertThat(error("x*+").offset()).isEqualTo(2);
    assertThat(error("x^-)").message()).contains("'-' needs something after it, found ')'");
    assertThat(error("+*x").message()).contains("'+' needs something after it, found '*'");
  }

  @Test
  void prettyShowsIntegerPowersAsSuperscriptsAndLeavesOtherPowersAlone() {
    assertThat(parse("x^2 + 10*y^2").pretty()).isEqualTo("x² + 10·y²");
    assertThat(parse("x^25").pretty()).isEqualTo("x²⁵");
    assertThat(parse("x^2.5").pretty()).isEqualTo("x^2.5");
    assertThat(parse("x^.5").pretty()).isEqualTo("x^.5");
    assertThat(parse("x^1e2").pretty()).isEqualTo("x^1e2");
    assertThat(parse("2^-1").pretty()).isEqualTo("2⁻¹");
    assertThat(parse("x^+2").pretty()).isEqualTo("x⁺²");
    assertThat(parse("x^ 3  +  1").pretty()).isEqualTo("x³ + 1");
    assertThat(parse("(x + 1)^10").pretty()).isEqualTo("(x + 1)¹⁰");
    // 2^3^2 is 2^(3^2): "2³^2" would read as (2³)^2, "2^3²" reads right.
    assertThat(parse("2^3^2").pretty()).isEqualTo("2^3²");
    assertThat(parse("x^2^y").pretty()).isEqualTo("x^2^y");
    assertThat(parse("x^y").pretty()).isEqualTo("x^y");
    assertThat(parse("x^(1/2)").pretty()).isEqualTo("x^(1/2)");
    assertThat(parse("pi*x^2 + PI").pretty()).isEqualTo("π·x² + π");
    assertThat(parse("1e-3*x^2").pretty()).isEqualTo("1e-3·x²");
  }

  @Test
  void prettyNeverPutsADigitOrPointAfterASuperscriptAndReadsBackAsTheSameFunction() {
    java.util.Random random = new java.util.Random(23);
    FormulaGenerator g = new FormulaGenerator(29);
    String[] exponents = {"2", "3", "25", "2.5", ".5", "10", "-1", "+2", "1e2", "2e-1", "0", "x", "(2)",
        "2^2", "-2^3"};
    for (int i = 0; i < 400; i++) {
      String text = "(" + g.smooth(2) + ")^" + exponents[random.nextInt(exponents.length)]
          + (random.nextBoolean() ? " + x^" + exponents[random.nextInt(exponents.length)] : "");
      Formula f = parse(text);
      String pretty = f.pretty();
      assertThat(pretty).as(text).doesNotContainPattern("[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺][0-9.^(a-z]");
      Formula back = parse(plain(pretty));
      for (int p = 0; p < 3; p++) {
        double x = random.nextDouble() * 2 + 0.5;
        double y = random.nextDouble() * 2 + 0.5;
        double a = f.value(x, y);
        if (Double.isFinite(a)) {
          assertThat(back.value(x, y)).as(text + " shown as " + pretty)
              .isCloseTo(a, within(1e-12 * (1 + Math.abs(a))));
        }
      }
    }
  }

  /** The pretty text typed back in ASCII: each superscript run becomes ^ and its digits. */
  private static String plain(String pretty) {
    StringBuilder b = new StringBuilder();
    boolean inSuperscript = false;
    for (char c : pretty.toCharArray()) {
      int digit = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
      boolean sup = digit >= 0 || c == '⁻' || c == '⁺';
      if (sup && !inSuperscript) {
        b.append('^');
      }
      inSuperscript = sup;
      if (digit >= 0) {
        b.append((char) ('0' + digit));
      } else if (c == '⁻') {
        b.append('-');
      } else if (c == '⁺') {
        b.append('+');
      } else {
        b.append(c == '·' ? "*" : c == 'π' ? "pi" : String.valueOf(c));
      }
    }
    return b.toString();
  }

  @Test
  void absurdInputIsRefusedNotCrashedOn() {
    assertThat(error("x+".repeat(5000) + "x").message()).contains("longer than");
    String deep = "(".repeat(900) + "x" + ")".repeat(900);
    assertThat(error(deep).message()).contains("nested more than");
    // Signs nest like parentheses: a long run of them is refused at the same depth, not recursed.
    assertThat(error("+".repeat(1500) + "x").message()).contains("nested more than");
    assertThat(error("x*" + "-+".repeat(700) + "y").message()).contains("nested more than");
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
