package org.gradientlab.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.run.Outcome;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.junit.jupiter.api.Test;

/** One contract, checked for every optimizer of the catalog. */
class OptimizerCatalogTest {

  private final OptimizerCatalog catalog = OptimizerCatalog.standard();

  @Test
  void everyKindRoundTripsItsValuesAndDeclaresEtaFirst() {
    for (OptimizerKind k : catalog.kinds()) {
      OptimizerConfig defaults = k.configure(new HyperparameterValues(java.util.Map.of()));
      assertThat(defaults.kind()).as(k.label()).isSameAs(k);
      assertThat(defaults.values().values().keySet()).as(k.label()).containsExactlyElementsOf(k.keys());
      assertThat(k.configure(defaults.values())).as(k.label()).isEqualTo(defaults);
      assertThat(k.keys().get(0)).isEqualTo("eta");
      for (Hyperparameter h : k.hyperparameters()) {
        assertThat(defaults.values().get(h.key())).as(k.label() + " " + h.key()).isEqualTo(h.defaultValue());
        assertThat(catalog.hyperparameter(h.key())).isSameAs(h);
        assertThat(h.sliderMin()).isLessThan(h.sliderMax());
        assertThat(h.valid().contains(h.sliderMin()) || h.scale() == Hyperparameter.Scale.LOG).isTrue();
      }
    }
  }

  @Test
  void everyKindLooksDifferentFromEveryOtherInColourAndShape() {
    Set<String> dark = new HashSet<>();
    Set<String> light = new HashSet<>();
    Set<Marker> markers = new HashSet<>();
    for (OptimizerKind k : catalog.kinds()) {
      assertThat(dark.add(k.style().onDark().toLowerCase())).as(k.label()).isTrue();
      assertThat(light.add(k.style().onLight().toLowerCase())).as(k.label()).isTrue();
      assertThat(markers.add(k.style().marker())).as(k.label()).isTrue();
    }
  }

  @Test
  void namesAreFoundIgnoringCaseAndUnknownOnesListWhatExists() {
    for (OptimizerKind k : catalog.kinds()) {
      assertThat(catalog.kind(k.label().toUpperCase())).isSameAs(k);
    }
    assertThatThrownBy(() -> catalog.kind("lbfgs"))
        .hasMessageContaining("unknown optimizer 'lbfgs'")
        .hasMessageContaining(String.join(", ", catalog.labels()));
    assertThatThrownBy(() -> GradientDescent.KIND.configure(HyperparameterValues.of("alpha", 0.5)))
        .hasMessageContaining("GD has no hyperparameter 'alpha'");
    assertThatThrownBy(() -> Momentum.KIND.configure(HyperparameterValues.of("alpha", 1)))
        .hasMessageContaining("momentum α must be in [0, 1)");
  }

  /**
   * Each declared edge against the run itself, on the bowl ½(x² + y²/40) (L = 1): just below the edge a
   * deterministic run does not diverge, just above it does.
   */
  @Test
  void everyDeclaredStabilityEdgeSeparatesStableFromDivergingRuns() {
    Objective bowl = new QuadraticBowl(40, 0);
    double largest = 1; // QuadraticBowl scales its largest curvature to 1
    for (OptimizerKind k : catalog.kinds()) {
      if (k.edge() == null) {
        continue;
      }
      OptimizerConfig c = k.configure(k.defaults().has("sigma")
          ? HyperparameterValues.of("sigma", 0.0) : HyperparameterValues.of());
      double edge = c.stabilityEdge(largest);
      RunSettings settings = new RunSettings(new double[] {-2.5, 2}, 20_000);
      assertThat(Runner.run(bowl, c.withLearningRate(edge * 0.99), settings).outcome())
          .as(k.label() + " below its edge").isNotInstanceOf(Outcome.Diverging.class);
      assertThat(Runner.run(bowl, c.withLearningRate(edge * 1.01), settings).outcome())
          .as(k.label() + " above its edge").isInstanceOf(Outcome.Diverging.class);
    }
  }
}
