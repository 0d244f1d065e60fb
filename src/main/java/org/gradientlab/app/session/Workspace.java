package org.gradientlab.app.session;

/** The three workspaces of the window, by the names sessions store. */
public enum Workspace {
  LAB("optimizer lab"),
  NETS("neural nets"),
  HYPER("hypergradients");

  private final String section;

  Workspace(String section) {
    this.section = section;
  }

  /** The heading of this workspace's part of a session text, e.g. "[optimizer lab]". */
  public String section() {
    return section;
  }
}
