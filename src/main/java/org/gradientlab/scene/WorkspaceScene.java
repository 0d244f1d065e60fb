package org.gradientlab.scene;

/**
 * Everything one workspace computes and shows, as one value: what a lesson step sets, what "save
 * the current setup" writes and what the command line runs — a {@link Scene} for the optimizer lab,
 * a {@link NetScene} for the neural nets, a {@link HyperScene} for the hypergradients.
 */
public sealed interface WorkspaceScene permits Scene, NetScene, HyperScene {

  Workspace workspace();
}
