package org.gradientlab.formula;

/** The result of parsing what the student typed: a formula, or an error at a position. */
public sealed interface ParseResult {

  record Parsed(Formula formula) implements ParseResult {}

  record Failed(FormulaError error) implements ParseResult {}
}
