package org.gradientlab.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gradientlab.objective.Objective;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.stability.Stability;
import org.gradientlab.stability.StabilityEdges;
import org.junit.jupiter.api.Test;

class LandscapeCatalogTest {

  private final LandscapeCatalog catalog = LandscapeCatalog.standard();

  @Test
  void everyLandscapeBuildsFromItsDefaultsWithAStartOfTheRightDimension() {
    for (LandscapeEntry e : catalog.entries()) {
      Objective f = catalog.build(catalog.defaults(e.id()));
      assertThat(e.defaultStart()).hasSize(f.dimension());
      assertThat(f.domain().contains(e.defaultStart()[0], f.dimension() == 2 ? e.defaultStart()[1] : 0))
          .as(e.id()).isTrue();
    }
  }

  @Test
  void everySuggestedLearningRateIsBelowTheGradientDescentEdgeAtTheNearestMinimum() {
    for (LandscapeEntry e : catalog.entries()) {
      Objective f = catalog.build(catalog.defaults(e.id()));
      StabilityEdges edges = Stability.atMinimumNearest(f, e.defaultStart())
          .orElse(Stability.at(f, e.defaultStart()));
      assertThat(e.suggestedEta()).as(e.id()).isLessThan(edges.gradientDescentEdge());
    }
  }

  @Test
  void parametersReachTheObjective() {
    Objective f = catalog.build(LandscapeSpec.of("bowl").with("kappa", 50).with("rotation", -15));
    assertThat(f).isInstanceOf(QuadraticBowl.class);
    assertThat(((QuadraticBowl) f).conditionNumber()).isEqualTo(50);
    assertThat(((QuadraticBowl) f).rotationDegrees()).isEqualTo(-15);
  }

  @Test
  void badSpecsAreRejectedWithMessagesThatNameTheProblem() {
    assertThatThrownBy(() -> catalog.build(LandscapeSpec.of("banana")))
        .hasMessageContaining("unknown landscape 'banana'").hasMessageContaining("rosenbrock");
    assertThatThrownBy(() -> catalog.build(LandscapeSpec.of("bowl").with("kappa", "0.5")))
        .hasMessageContaining("condition number κ must be between 1 and 1000, was 0.5");
    assertThatThrownBy(() -> catalog.build(LandscapeSpec.of("bowl").with("kappa", "ten")))
        .hasMessageContaining("'ten' is not a number");
    assertThatThrownBy(() -> catalog.build(LandscapeSpec.of("rosenbrock").with("a", "2")))
        .hasMessageContaining("has no parameter 'a' (it takes none)");
  }
}
