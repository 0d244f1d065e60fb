package org.gradientlab.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptimizerConfigTest {

  @Test
  void defaultsAreTheLibraryDefaults() {
    assertThat(Adam.withDefaults(0.01)).isEqualTo(new Adam(0.01, 0.9, 0.999, 1e-8));
    assertThat(Adagrad.withDefaults(0.01)).isEqualTo(new Adagrad(0.01, 1e-10));
    assertThat(RmsProp.withDefaults(0.01)).isEqualTo(new RmsProp(0.01, 0.9, 1e-8));
    assertThat(Momentum.withDefaults(0.01).alpha()).isEqualTo(0.9);
  }

  @Test
  void everyKindKeepsItsHyperparametersWhenTheLearningRateChanges() {
    for (OptimizerKind kind : OptimizerCatalog.standard().kinds()) {
      OptimizerConfig config = kind.withDefaults(0.1).withLearningRate(0.3);
      assertThat(config.kind()).isEqualTo(kind);
      assertThat(config.learningRate()).isEqualTo(0.3);
      assertThat(config).isEqualTo(kind.withDefaults(0.3));
    }
  }

  @Test
  void rejectsHyperparametersOutsideTheirRange() {
    assertThatThrownBy(() -> new GradientDescent(0)).hasMessageContaining("η");
    assertThatThrownBy(() -> new GradientDescent(Double.NaN)).hasMessageContaining("η");
    assertThatThrownBy(() -> new Momentum(0.1, 1)).hasMessageContaining("α");
    assertThatThrownBy(() -> new Adam(0.1, 0.9, 1.2, 1e-8)).hasMessageContaining("β₂");
    assertThatThrownBy(() -> new StochasticGradientDescent(0.1, -1, 1)).hasMessageContaining("σ");
    assertThatThrownBy(() -> new StochasticGradientDescent(0.1, 1, 0)).hasMessageContaining("batch");
  }

  @Test
  void parsesLabelsIgnoringCase() {
    assertThat(OptimizerCatalog.standard().kind("rmsprop")).isEqualTo(RmsProp.KIND);
    assertThat(OptimizerCatalog.standard().kind("Adam")).isEqualTo(Adam.KIND);
    assertThatThrownBy(() -> OptimizerCatalog.standard().kind("lbfgs")).hasMessageContaining("lbfgs");
  }
}
