package org.gradientlab.app.session;

import org.gradientlab.scene.Workspace;

/**
 * Everything a session brings back: the workspace shown, each workspace's full setup as text (each
 * in its workspace's scene format), the
 * theme, presentation mode, whether the lessons panel is open, and the open lesson and step. A null
 * text means the workspace's defaults; a null lesson, none open. Texts are read when applied, so a
 * stale one fails alone, with its reason, and the rest is still restored.
 *
 * @param step the open step, 1-based (as the command line and the panel count)
 */
public record SessionState(Workspace workspace, boolean light, boolean present, boolean lessonsShown,
    String lesson, int step, String labScene, String netSettings, String hyperSettings) {

  public SessionState {
    if (workspace == null) {
      workspace = Workspace.LAB;
    }
    step = Math.max(1, step);
  }

  /** A fresh start: the lab, dark, no lesson, every workspace at its defaults. */
  public static SessionState defaults() {
    return new SessionState(Workspace.LAB, false, false, false, null, 1, null, null, null);
  }

  /** The stored text of {@code w}, or null for its defaults. */
  public String text(Workspace w) {
    return switch (w) {
      case LAB -> labScene;
      case NETS -> netSettings;
      case HYPER -> hyperSettings;
    };
  }

  /** The same session with {@code w}'s text replaced (null: back to its defaults). */
  public SessionState withText(Workspace w, String text) {
    return new SessionState(workspace, light, present, lessonsShown, lesson, step,
        w == Workspace.LAB ? text : labScene, w == Workspace.NETS ? text : netSettings,
        w == Workspace.HYPER ? text : hyperSettings);
  }

  public SessionState withoutLesson() {
    return new SessionState(workspace, light, present, lessonsShown, null, 1, labScene, netSettings,
        hyperSettings);
  }
}
