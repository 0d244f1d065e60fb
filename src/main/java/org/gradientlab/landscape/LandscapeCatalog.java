package org.gradientlab.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.formula.Formula;
import org.gradientlab.formula.FormulaObjective;
import org.gradientlab.formula.FormulaParser;
import org.gradientlab.formula.ParseResult;
import org.gradientlab.objective.Beale;
import org.gradientlab.objective.Himmelblau;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.Parabola;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.objective.Rastrigin;
import org.gradientlab.objective.Rosenbrock;
import org.gradientlab.objective.Saddle;
import org.gradientlab.data.CsvImport;
import org.gradientlab.regression.ClassData;
import org.gradientlab.regression.LineData;
import org.gradientlab.regression.LogisticFitObjective;
import org.gradientlab.regression.LineFitObjective;

/** The landscapes on offer, in menu order, and the one way to build an objective from a spec. */
public final class LandscapeCatalog {

  private final Map<String, LandscapeEntry> entries = new LinkedHashMap<>();

  public LandscapeCatalog(List<LandscapeEntry> entries) {
    for (LandscapeEntry e : entries) {
      if (this.entries.put(e.id(), e) != null) {
        throw new IllegalArgumentException("two landscapes with id " + e.id());
      }
    }
  }

  /**
   * The built-in test surfaces. Suggested learning rates sit below each surface's GD edge 2/L at
   * its minimum (bowl: L = 1; Rosenbrock: L ≈ 1002; Himmelblau: L ≈ 82 at (3, 2); Rastrigin:
   * L = 2 + 40π² ≈ 397; the default formula x² + 10y²: L = 20; the line fit on x ∈ [0, 4]: L ≈ 6;
 * logistic regression on standardized features: L ≤ ¼·λ_max(ZᵀZ/n) ≤ ½),
   * so the first race a student sees converges and the edge is there to find.
   */
  public static LandscapeCatalog standard() {
    List<LandscapeEntry> list = new ArrayList<>();
    list.add(new LandscapeEntry("parabola", "f(x) = x²", List.of(), new double[] {1}, 0.1, 100,
        p -> new Parabola()));
    list.add(new LandscapeEntry("bowl", "Quadratic bowl",
        List.of(
            ParameterSpec.number("kappa", "condition number κ", 10, 1, 1000, true),
            ParameterSpec.number("rotation", "rotation (degrees)", 30, -90, 90, false)),
        new double[] {-2.5, 2}, 1.0, 200,
        p -> new QuadraticBowl(Double.parseDouble(p.get("kappa")),
            Double.parseDouble(p.get("rotation")))));
    list.add(new LandscapeEntry("rosenbrock", "Rosenbrock", List.of(), new double[] {-1.5, 2}, 0.001, 1000,
        p -> new Rosenbrock()));
    list.add(new LandscapeEntry("saddle", "Saddle x² − y²", List.of(), new double[] {-1.8, 0.05}, 0.05, 100,
        p -> new Saddle()));
    list.add(new LandscapeEntry("himmelblau", "Himmelblau", List.of(), new double[] {-0.5, 0.5}, 0.01, 200,
        p -> new Himmelblau()));
    list.add(new LandscapeEntry("beale", "Beale", List.of(), new double[] {-1, 1.5}, 0.001, 1000,
        p -> new Beale()));
    list.add(new LandscapeEntry("rastrigin", "Rastrigin", List.of(), new double[] {3.2, 2.7}, 0.002, 200,
        p -> new Rastrigin()));
    list.add(new LandscapeEntry("formula", "Your formula f(x, y)",
        List.of(
            ParameterSpec.text("f", "f(x, y) =", "x^2 + 10*y^2", LandscapeCatalog::formulaProblem),
            ParameterSpec.number("range", "plot range ±", 3, 0.1, 100, true)),
        new double[] {-2.5, 2}, 0.05, 200,
        p -> new FormulaObjective(parsed(p.get("f")), Double.parseDouble(p.get("range")))));
    List<String> datasets = new ArrayList<>();
    for (LineData.Preset p : LineData.Preset.values()) {
      datasets.add(p.label());
    }
    list.add(new LandscapeEntry("line", "Line fit on data (slope, intercept)",
        List.of(ParameterSpec.choice("data", "dataset", datasets)),
        new double[] {-1.5, 2.5}, 0.2, 600,
        p -> new LineFitObjective(LineData.Preset.byLabel(p.get("data")).dataset()),
        new OwnData(CsvImport.Shape.LINE, LineFitObjective::new)));
    List<String> classes = new ArrayList<>();
    for (ClassData.Preset p : ClassData.Preset.values()) {
      classes.add(p.label());
    }
    list.add(new LandscapeEntry("logistic", "Logistic regression on data (w₁, w₂)",
        List.of(ParameterSpec.choice("data", "dataset", classes)),
        new double[] {-4, 3}, 1.0, 300,
        p -> new LogisticFitObjective(ClassData.Preset.byLabel(p.get("data")).dataset()),
        new OwnData(CsvImport.Shape.CLASSIFICATION, LogisticFitObjective::new)));
    return new LandscapeCatalog(list);
  }

  private static TextProblem formulaProblem(String text) {
    ParseResult r = FormulaParser.parse(text);
    if (r instanceof ParseResult.Failed f) {
      return new TextProblem(f.error().offset(), f.error().length(), f.error().message());
    }
    return null;
  }

  private static Formula parsed(String text) {
    ParseResult r = FormulaParser.parse(text);
    if (r instanceof ParseResult.Failed f) {
      throw new IllegalArgumentException("f(x, y) = " + text + ": " + f.error());
    }
    return ((ParseResult.Parsed) r).formula();
  }

  public List<LandscapeEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** The entry for {@code id}; a message listing the known ids otherwise. */
  public LandscapeEntry entry(String id) {
    LandscapeEntry e = entries.get(id);
    if (e == null) {
      throw new IllegalArgumentException(
          "unknown landscape '" + id + "'; known: " + String.join(", ", entries.keySet()));
    }
    return e;
  }

  /** The spec of {@code id} with every parameter at its default. */
  public LandscapeSpec defaults(String id) {
    Map<String, String> p = new LinkedHashMap<>();
    for (ParameterSpec s : entry(id).parameters()) {
      p.put(s.name(), s.defaultValue());
    }
    return new LandscapeSpec(id, p);
  }

  /**
   * The objective for {@code spec}: unknown ids and parameters, and out-of-range or malformed values,
   * are rejected with a message that names them.
   */
  public Objective build(LandscapeSpec spec) {
    LandscapeEntry e = entry(spec.id());
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : spec.parameters().keySet()) {
      if (e.parameter(name) == null) {
        throw new IllegalArgumentException(
            e.label() + " has no parameter '" + name + "'" + knownParameters(e));
      }
    }
    for (ParameterSpec p : e.parameters()) {
      values.put(p.name(), p.check(spec.parameters().getOrDefault(p.name(), p.defaultValue())));
    }
    return e.factory().apply(values);
  }

  /** The landscape of {@code spec} fitted to {@code data} instead of its preset; refused where it takes none. */
  public Objective fit(LandscapeSpec spec, org.gradientlab.data.Dataset data) {
    LandscapeEntry e = entry(spec.id());
    if (e.ownData() == null) {
      throw new IllegalArgumentException(e.label() + " is not fitted to data, so it takes none of your own");
    }
    return e.ownData().fit().apply(data);
  }

  private static String knownParameters(LandscapeEntry e) {
    if (e.parameters().isEmpty()) {
      return " (it takes none)";
    }
    List<String> names = new ArrayList<>();
    for (ParameterSpec p : e.parameters()) {
      names.add(p.name());
    }
    return "; known: " + String.join(", ", names);
  }
}
