package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaBreaksTest {

  @Test
  void equationsListedSideBySideBecomeOneLineEach() {
    assertThat(FormulaBreaks.equations(
        "f_\\lambda(\\theta) = f(\\theta) + \\frac{\\lambda}{2}\\,\\|\\theta\\|^2, \\qquad\n"
            + "\\nabla f_\\lambda = \\nabla f + \\lambda\\theta, \\qquad \\nabla^2 f_\\lambda = \\nabla^2 f + \\lambda I,"))
        .containsExactly("f_\\lambda(\\theta) = f(\\theta) + \\frac{\\lambda}{2}\\,\\|\\theta\\|^2,",
            "\\nabla f_\\lambda = \\nabla f + \\lambda\\theta,", "\\nabla^2 f_\\lambda = \\nabla^2 f + \\lambda I,");
  }

  @Test
  void wordsBetweenEquationsStayWithTheEquationAfterThem() {
    assertThat(FormulaBreaks.equations("H w' + w = 0, \\qquad\\text{so}\\qquad w' = -H^{-1} w ."))
        .containsExactly("H w' + w = 0,", "\\text{so}\\quad w' = -H^{-1} w .");
    assertThat(FormulaBreaks.equations("x = 1 \\qquad\\text{(a remark)}")).containsExactly("x = 1", "\\text{(a remark)}");
  }

  @Test
  void aLongEquationBreaksBeforeEachRelationAfterItsFirstAndNeverInsideAGroup() {
    assertThat(FormulaBreaks.relations("\\frac{d}{d\\lambda} L = \\nabla L^\\top \\frac{dw}{d\\lambda}"
        + " = \\lambda\\, w^\\top H^{-1} w \\;\\ge\\; 0,"))
        .containsExactly("\\frac{d}{d\\lambda} L = \\nabla L^\\top \\frac{dw}{d\\lambda}",
            "= \\lambda\\, w^\\top H^{-1} w", "\\ge\\; 0,");
    // '=' inside braces, \left…\right and environments is not a break; \left is not \le.
    assertThat(FormulaBreaks.relations("x = \\left( a = b \\right) + \\text{{=}} + \\begin{cases} 1 = 1 \\end{cases}"))
        .containsExactly("x = \\left( a = b \\right) + \\text{{=}} + \\begin{cases} 1 = 1 \\end{cases}");
  }

  @Test
  void aFormulaWithoutBreaksIsOneLine() {
    assertThat(FormulaBreaks.relations("\\sum_i x_i^2")).containsExactly("\\sum_i x_i^2");
    assertThat(FormulaBreaks.equations("\\theta_{k+1} = \\theta_k - \\eta g_k")).hasSize(1);
  }

  @Test
  void theFinestLayoutBreaksBeforeEachRelationAndEachPlusOrMinusOutsideParentheses() {
    var layouts = FormulaBreaks.layouts("\\text{Adam:}\\quad m_k = \\beta_1 m_{k-1} + (1-\\beta_1) g_k,\\qquad "
        + "s_k = -\\beta_2 s_{k-1} + (1-\\beta_2) g_k^2,");
    assertThat(layouts.get(0)).hasSize(1);
    assertThat(layouts.get(1)).hasSize(2);
    assertThat(layouts.get(layouts.size() - 1)).containsExactly("\\text{Adam:}\\quad m_k", "= \\beta_1 m_{k-1}",
        "+ (1-\\beta_1) g_k,", "s_k", "= -\\beta_2 s_{k-1}", "+ (1-\\beta_2) g_k^2,");
    for (int i = 1; i < layouts.size(); i++) {
      assertThat(layouts.get(i).size()).isGreaterThan(layouts.get(i - 1).size());
    }
  }
}
