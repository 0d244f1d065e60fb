package org.gradientlab.scene;

import java.util.Locale;

/** The three workspaces of the app; a scene belongs to exactly one. */
public enum Workspace {
  LAB("lab", "Optimizer lab"),
  NETS("nets", "Neural nets"),
  HYPER("hyper", "Hypergradients");

  private final String key;
  private final String title;

  Workspace(String key, String title) {
    this.key = key;
    this.title = title;
  }

  /** The word scene files and the command line use: lab, nets or hyper. */
  public String key() {
    return key;
  }

  /** As the top bar names it. */
  public String title() {
    return title;
  }

  public static Workspace byKey(String s) {
    for (Workspace w : values()) {
      if (w.key.equals(s.trim().toLowerCase(Locale.ROOT))) {
        return w;
      }
    }
    throw new IllegalArgumentException("unknown workspace '" + s.trim() + "'; known: lab, nets, hyper");
  }

  @Override
  public String toString() {
    return title;
  }
}
