package org.gradientlab.formula;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UndefinednessTest {

  @ParameterizedTest(name = "{0} at ({1}, {2}): {3}")
  @CsvSource(delimiter = '|', value = {
      "log(x)          | -1   | 0 | log of a negative number",
      "log(x)          | 0    | 0 | log of 0",
      "sqrt(y) + x     | 0    | -4 | sqrt of a negative number",
      "log(sqrt(x))    | -1   | 0 | sqrt of a negative number",
      "1/x             | 0    | 0 | division by 0",
      "x/y             | 0    | 0 | 0 divided by 0",
      "x^0.5 + y       | -2   | 0 | a negative number to a fractional power",
      "x^y             | 0    | -1 | 0 to a negative power",
      "exp(x)          | 1000 | 0 | exp overflows (its argument is above 709)",
      "x*y             | 1e200 | 1e200 | overflow (a value beyond ±1.8e308)",
      "sqrt(x) + y     | 0    | 1 | the slope of sqrt is infinite at 0",
      "x^0.5 + y       | 0    | 1 | the slope of a fractional power is infinite at 0",
      "x^2 + log(y)    | 3    | 2 | ''",
  })
  void namesTheOperationThatMakesFOrItsSlopeUndefined(String text, double x, double y, String why) {
    Formula f = FormulaParserTest.parse(text);
    assertThat(f.whyUndefined(x, y)).isEqualTo(why);
  }
}
