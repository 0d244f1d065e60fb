package org.gradientlab.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.optimizer.OptimizerCatalog;

/**
 * The one text form of a scene of any workspace: a {@code workspace:} line (lab when absent) picks
 * the codec — {@link SceneCodec} for the lab, {@link NetSceneCodec}, {@link HyperSceneCodec} — and
 * the rest of the lines are read over a base scene of that workspace. Lesson steps, saved setups,
 * the command line and sessions all go through here.
 */
public final class WorkspaceSceneCodec {

  private final SceneCodec lab;
  private final NetSceneCodec nets;
  private final HyperSceneCodec hyper;

  public WorkspaceSceneCodec(SceneCodec lab) {
    this.lab = lab;
    this.nets = new NetSceneCodec(lab.optimizers());
    this.hyper = new HyperSceneCodec();
  }

  public WorkspaceSceneCodec(LandscapeCatalog landscapes, OptimizerCatalog optimizers) {
    this(new SceneCodec(landscapes, optimizers));
  }

  public SceneCodec lab() {
    return lab;
  }

  public NetSceneCodec nets() {
    return nets;
  }

  public HyperSceneCodec hyper() {
    return hyper;
  }

  /** The workspace's first scene: what the app shows before anything is chosen. */
  public static WorkspaceScene initial(Workspace w) {
    return switch (w) {
      case LAB -> Scene.initial();
      case NETS -> NetScene.initial();
      case HYPER -> HyperScene.initial();
    };
  }

  /** Every key a scene of {@code w} knows (besides the lab's landscape parameters). */
  public List<String> keys(Workspace w) {
    return switch (w) {
      case LAB -> {
        List<String> k = new ArrayList<>(List.of("workspace"));
        k.addAll(lab.keys());
        yield k;
      }
      case NETS -> nets.keys();
      case HYPER -> hyper.keys();
    };
  }

  /**
   * Reads {@code text}. Its workspace is the one its {@code workspace:} line names, or
   * {@code previous}'s when it names none; it is read over {@code previous} when that is of the
   * same workspace, else over {@code baseOf} that workspace (e.g. the lesson's last scene there).
   */
  public WorkspaceScene parse(String text, WorkspaceScene previous,
      Function<Workspace, WorkspaceScene> baseOf) throws SceneFormatException {
    SceneLines in = SceneLines.read(text);
    Workspace w = previous.workspace();
    if (in.has("workspace")) {
      try {
        w = Workspace.byKey(in.get("workspace"));
      } catch (IllegalArgumentException e) {
        throw new SceneFormatException(in.line("workspace"), e.getMessage());
      }
    }
    WorkspaceScene base = w == previous.workspace() ? previous : baseOf.apply(w);
    return switch (w) {
      case LAB -> lab.parse(in.without("workspace"), (Scene) base);
      case NETS -> nets.parse(in, (NetScene) base);
      case HYPER -> hyper.parse(in, (HyperScene) base);
    };
  }

  /** Reads {@code text} with the initial scenes as bases. */
  public WorkspaceScene parse(String text) throws SceneFormatException {
    return parse(text, Scene.initial(), WorkspaceSceneCodec::initial);
  }

  /** The scene as text, its workspace named first. */
  public String write(WorkspaceScene s) {
    if (s instanceof NetScene n) {
      return nets.write(n);
    }
    if (s instanceof HyperScene h) {
      return hyper.write(h);
    }
    return "workspace: lab\n" + lab.write((Scene) s);
  }
}
