package org.gradientlab.scene;

import org.gradientlab.landscape.LandscapeCatalog;

/**
 * Runs a scene of any workspace: the lab's race, a net's training, a hypergradient loop. Used by
 * lesson checks (the tests, {@code --check-lessons}, the lesson panel) alike. Not thread-safe: one
 * per thread (the lab's {@link SceneRunner} keeps its last objective).
 */
public final class WorkspaceRunner {

  private final SceneRunner lab;

  public WorkspaceRunner(LandscapeCatalog catalog) {
    this.lab = new SceneRunner(catalog);
  }

  public WorkspaceResult run(WorkspaceScene s) {
    if (s instanceof NetScene n) {
      return NetRun.of(n);
    }
    if (s instanceof HyperScene h) {
      return HyperRun.of(h);
    }
    return lab.run((Scene) s);
  }
}
