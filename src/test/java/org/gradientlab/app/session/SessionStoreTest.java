package org.gradientlab.app.session;

import org.gradientlab.scene.Workspace;
import static org.assertj.core.api.Assertions.assertThat;

import org.gradientlab.testing.MemoryPreferences;
import org.junit.jupiter.api.Test;

class SessionStoreTest {

  private final MemoryPreferences node = new MemoryPreferences();
  private final SessionStore store = new SessionStore(node);

  @Test
  void aFirstStartHasNothingStoredAndNothingToReport() {
    SessionStore.Loaded l = store.load();
    assertThat(l.stored()).isFalse();
    assertThat(l.problems()).isEmpty();
  }

  @Test
  void aSavedSessionAndPlacementLoadBackAndAreFlushed() {
    SessionState s = new SessionState(Workspace.HYPER, true, false, true, "09-hypergradients", 4,
        "landscape: beale\n", null, null);
    WindowPlacement w = new WindowPlacement(40, 30, 1200, 800, false);
    store.save(s, w);
    assertThat(node.flushes()).isPositive();
    SessionStore.Loaded l = store.load();
    assertThat(l.session()).isEqualTo(s);
    assertThat(l.window()).isEqualTo(w);
    assertThat(l.problems()).isEmpty();
  }

  @Test
  void aSessionLongerThanOnePreferenceValueIsSplitAndJoined() {
    String formula = "x".repeat(3 * java.util.prefs.Preferences.MAX_VALUE_LENGTH);
    SessionState s = SessionState.defaults().withText(Workspace.LAB, "landscape: formula\nf: " + formula + "\n");
    store.save(s, null);
    assertThat(node.getInt(SessionStore.PARTS_KEY, 0)).isGreaterThan(3);
    assertThat(store.load().session()).isEqualTo(s);
    assertThat(store.load().window()).isNull();
  }

  @Test
  void aStoredSessionThatNoLongerReadsIsReportedAndDefaultsAreUsed() {
    store.save(SessionState.defaults(), null);
    node.put(SessionStore.PART_KEY + 0, "format: gradientlab-session 0\n");
    SessionStore.Loaded l = store.load();
    assertThat(l.session()).isNull();
    assertThat(l.problems()).singleElement().asString()
        .contains("could not be read").contains("gradientlab-session 0").contains("defaults");
  }

  @Test
  void anotherLayoutIsReportedAndAWindowOffAnyScreenSizeIsDropped() {
    node.putInt(SessionStore.LAYOUT_KEY, 99);
    assertThat(store.load().problems()).singleElement().asString().contains("another version");
    store.save(SessionState.defaults(), new WindowPlacement(0, 0, 10, 10, false));
    assertThat(store.load().window()).isNull();
  }

  @Test
  void aPortableFolderKeepsTheSessionInItsOwnFileAcrossRuns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path file = dir.resolve("settings.properties");
    SessionState s = new SessionState(Workspace.NETS, true, true, false, null, 1, "landscape: saddle\n",
        "format: nets 1\ndataset: xor\n", null);
    new SessionStore(new FilePreferences(file)).save(s, new WindowPlacement(5, 6, 1000, 700, false));
    assertThat(file).exists();
    SessionStore.Loaded next = new SessionStore(new FilePreferences(file)).load();
    assertThat(next.session()).isEqualTo(s);
    assertThat(next.window()).isEqualTo(new WindowPlacement(5, 6, 1000, 700, false));
  }

  @Test
  void clearingForgetsEverything() throws Exception {
    store.save(SessionState.defaults(), new WindowPlacement(0, 0, 900, 700, true));
    store.clear();
    assertThat(node.keys()).isEmpty();
    assertThat(store.load().stored()).isFalse();
  }
}
