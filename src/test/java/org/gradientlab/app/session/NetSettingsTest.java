package org.gradientlab.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.net.Activation;
import org.gradientlab.net.Initialization;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.viewmodel.NetModel;
import org.junit.jupiter.api.Test;

class NetSettingsTest {

  private static final NetSettings SOME = new NetSettings(ToyDatasets.Kind.MOONS, 300, 0.1,
      List.of(8, 8, 8), Activation.RELU, Initialization.HE, Momentum.KIND, 0.05, 0.001, 32, 7, 20,
      NetModel.SliceMode.CHOSEN, 3, 5);

  @Test
  void settingsReadBackEqual() throws Exception {
    String text = SOME.write();
    assertThat(text).startsWith("format: nets 1\n").contains("hidden: 8, 8, 8", "optimizer: Momentum",
        "activation: relu", "slice: chosen");
    assertThat(NetSettings.parse(text)).isEqualTo(SOME);
  }

  @Test
  void aStaleOrBrokenTextIsAnErrorNamingTheLine() {
    String text = SOME.write();
    assertThatThrownBy(() -> NetSettings.parse(text.replace("nets 1", "nets 2")))
        .hasMessageContaining("another version");
    assertThatThrownBy(() -> NetSettings.parse(text.replace("batch: 32", "batch: 900")))
        .hasMessageContaining("line 11").hasMessageContaining("batch");
    assertThatThrownBy(() -> NetSettings.parse(text.replace("optimizer: Momentum", "optimizer: Newton")))
        .hasMessageContaining("Hessian");
    assertThatThrownBy(() -> NetSettings.parse(text.replace("weights: 3, 5", "weights: 3, 5000")))
        .hasMessageContaining("weights");
    assertThatThrownBy(() -> NetSettings.parse(text + "colour: red\n")).hasMessageContaining("unknown setting 'colour'");
  }
}
