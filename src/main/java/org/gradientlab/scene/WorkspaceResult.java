package org.gradientlab.scene;

/** What running a scene of a workspace produced: what lesson claims and exports are checked against. */
public sealed interface WorkspaceResult permits SceneResult, NetRun, HyperRun {

  WorkspaceScene scene();
}
