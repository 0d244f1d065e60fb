package org.gradientlab.viewmodel;

import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.gradientlab.scene.HyperScene;
import org.gradientlab.scene.NetScene;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.Workspace;
import org.gradientlab.scene.WorkspaceScene;

/**
 * Which workspace is shown, and the one place a scene of any workspace is applied: a lesson step,
 * "back to this step's scene", a session or the command line switch to the scene's workspace and
 * set its model (controls included). The net and hypergradient models are made the first time they
 * are needed, so their background work starts only then.
 */
public final class WorkspacesModel {

  private final ObjectProperty<Workspace> current = new SimpleObjectProperty<>(Workspace.LAB);
  private final LabModel lab;
  private final Supplier<NetModel> netFactory;
  private final Supplier<HyperModel> hyperFactory;
  private NetModel nets;
  private HyperModel hyper;

  public WorkspacesModel(LabModel lab, Supplier<NetModel> netFactory, Supplier<HyperModel> hyperFactory) {
    this.lab = lab;
    this.netFactory = netFactory;
    this.hyperFactory = hyperFactory;
  }

  /** With models on {@code background}'s workers. */
  public static WorkspacesModel on(LabModel lab, Background background) {
    return new WorkspacesModel(lab, () -> new NetModel(background), () -> new HyperModel(background));
  }

  /** The workspace on screen; setting it switches. */
  public ObjectProperty<Workspace> currentProperty() {
    return current;
  }

  public LabModel lab() {
    return lab;
  }

  /** The net workspace's model (made now if this is the first time). */
  public NetModel nets() {
    if (nets == null) {
      nets = netFactory.get();
    }
    return nets;
  }

  /** The hypergradient workspace's model (made now if this is the first time). */
  public HyperModel hyper() {
    if (hyper == null) {
      hyper = hyperFactory.get();
    }
    return hyper;
  }

  /** Switches to {@code s}'s workspace and sets its model to {@code s}. */
  public void show(WorkspaceScene s) {
    if (s instanceof NetScene n) {
      nets().apply(n);
    } else if (s instanceof HyperScene h) {
      hyper().apply(h);
    } else {
      lab.apply((Scene) s);
    }
    current.set(s.workspace());
  }

  /** The scene of the workspace on screen, as it stands (what "save as a step" writes). */
  public WorkspaceScene snapshot() {
    return snapshot(current.get());
  }

  public WorkspaceScene snapshot(Workspace w) {
    return switch (w) {
      case LAB -> lab.snapshot();
      case NETS -> nets().snapshot();
      case HYPER -> hyper().snapshot();
    };
  }

  /** Whether workspace {@code w} has finished the work its scene asked for (FX thread). */
  public boolean isIdle(Workspace w) {
    return switch (w) {
      case LAB -> lab.getResult() != null;
      case NETS -> nets().isIdle();
      case HYPER -> hyper().isIdle();
    };
  }

  /** Stops every model's background work. */
  public void dispose() {
    lab.dispose();
    if (nets != null) {
      nets.dispose();
    }
    if (hyper != null) {
      hyper.dispose();
    }
  }
}
