package org.gradientlab.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.ToleranceSchedule;
import org.gradientlab.hyper.UnrolledMethod;
import org.junit.jupiter.api.Test;

class HyperSettingsTest {

  @Test
  void settingsReadBackEqualIncludingADefaultJointStart() throws Exception {
    HyperSettings s = new HyperSettings("Diabetes: disease progression (ridge, 10 features)",
        OuterObjective.TRAINING, OuterLoop.Mode.EXACT, ToleranceSchedule.CUBIC, 40, UnrolledMethod.MOMENTUM,
        120, Double.NaN, 0.5);
    String text = s.write();
    assertThat(text).contains("mode: exact", "joint-start-log-lambda: default", "objective: training");
    assertThat(HyperSettings.parse(text)).isEqualTo(s);
    HyperSettings placed = new HyperSettings(s.problem(), s.objective(), s.mode(), s.schedule(), 40,
        s.unrolledMethod(), 120, -3.5, 0.5);
    assertThat(HyperSettings.parse(placed.write())).isEqualTo(placed);
  }

  @Test
  void anUnknownChoiceListsTheKnownOnes() {
    String text = new HyperSettings("p", OuterObjective.VALIDATION, OuterLoop.Mode.HOAG,
        ToleranceSchedule.QUADRATIC, 180, UnrolledMethod.GD, 60, Double.NaN, 0.35).write();
    assertThatThrownBy(() -> HyperSettings.parse(text.replace("schedule: quadratic", "schedule: linear")))
        .hasMessageContaining("quadratic, cubic, exponential");
  }
}
