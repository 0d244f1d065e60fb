package org.gradientlab.lesson;

import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXFormula;

/** Whether JLaTeXMath can typeset a formula, so a broken one is reported where it was written. */
final class FormulaCheck {

  private FormulaCheck() {}

  /** Null when {@code latex} typesets; otherwise JLaTeXMath's reason. */
  static String problem(String latex) {
    try {
      new TeXFormula(latex);
      return null;
    } catch (ParseException e) {
      return e.getMessage();
    } catch (RuntimeException e) {
      return e.toString();
    } catch (StackOverflowError e) {
      // LatexStructure bounds the nesting first; this is the last guard, not the usual path.
      return "the formula is nested too deeply to typeset";
    }
  }
}
