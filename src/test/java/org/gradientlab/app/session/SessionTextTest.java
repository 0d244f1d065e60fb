package org.gradientlab.app.session;

import org.gradientlab.scene.Workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionTextTest {

  private static final String LAB = "landscape: rosenbrock\noptimizers: GD, Adam\neta: 0.001\n";

  @Test
  void aSessionReadsBackEqualWithEveryWorkspaceTextUnchanged() throws Exception {
    SessionState s = new SessionState(Workspace.NETS, true, true, true, "03-momentum", 2, LAB,
        "format: nets 1\ndataset: moons\n", "format: hypergradients 1\nmode: exact\n");
    String text = SessionText.write(s);
    assertThat(text).contains("format: gradientlab-session 1", "[optimizer lab]", "[neural nets]",
        "[hypergradients]", "lesson: 03-momentum", "step: 2", "theme: light");
    assertThat(SessionText.parse(text)).isEqualTo(s);
  }

  @Test
  void workspacesAtTheirDefaultsHaveNoSection() throws Exception {
    SessionState s = SessionState.defaults().withText(Workspace.LAB, LAB);
    String text = SessionText.write(s);
    assertThat(text).doesNotContain("[neural nets]").doesNotContain("[hypergradients]").doesNotContain("lesson:");
    SessionState back = SessionText.parse(text);
    assertThat(back).isEqualTo(s);
    assertThat(back.netSettings()).isNull();
  }

  @Test
  void anotherFormatVersionIsRefusedWithWhatWasFound() {
    assertThatThrownBy(() -> SessionText.parse("format: gradientlab-session 2\nworkspace: lab\n"))
        .isInstanceOf(StoredFormatException.class)
        .hasMessageContaining("line 1").hasMessageContaining("gradientlab-session 2");
  }

  @Test
  void aBadValueNamesItsLine() {
    assertThatThrownBy(() -> SessionText.parse("format: gradientlab-session 1\nworkspace: lab\ntheme: pink\n"))
        .hasMessageContaining("line 3").hasMessageContaining("dark or light");
    assertThatThrownBy(() -> SessionText.parse("format: gradientlab-session 1\nworkspace: garden\n"))
        .hasMessageContaining("line 2").hasMessageContaining("lab, nets, hyper");
    assertThatThrownBy(() -> SessionText.parse("format: gradientlab-session 1\n[kitchen]\nx: 1\n"))
        .hasMessageContaining("line 2").hasMessageContaining("unknown section");
  }
}
