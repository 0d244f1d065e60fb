package org.gradientlab.viewmodel;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.SetChangeListener;
import org.gradientlab.plot.Heatmap;
import org.gradientlab.plot.SurfaceFrame;
import org.gradientlab.plot.SurfaceMesh;
import org.gradientlab.scene.Panel;

/**
 * The 3-D surface of the lab's 2-D landscape, linked with the heat map: for every heat map the map
 * publishes (its objective, view and colour scale), while the surface is shown, the height field
 * over the same view on the same scale is computed off the FX thread ({@link LatestWinsComputation}:
 * rotating nothing, zooming the map fast costs one mesh behind). The heat map comes with it, so the
 * view textures the surface with exactly the map's picture. Shown with the lab's
 * {@link Panel#SURFACE}, both ways ("panels: …, surface" in a scene).
 */
public final class SurfaceModel {

  private static final Logger LOG = System.getLogger(SurfaceModel.class.getName());

  /** A heat map and the surface over its view, on its scale. */
  public record Surface(Heatmap heatmap, SurfaceMesh mesh) {
    public SurfaceFrame frame() {
      return mesh.frame();
    }
  }

  private final LabModel lab;
  private final LandscapeImageModel image;
  private final Executor worker;
  private final BooleanProperty shown = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<Surface> surface = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final LatestWinsComputation<Heatmap, Surface> computation;
  private Heatmap requested;

  /** On {@code background}'s "surface" worker. */
  public SurfaceModel(LabModel lab, LandscapeImageModel image, Background background) {
    this(lab, image, background.worker("surface"), background.publisher());
  }

  /** For tests: any worker and publisher, e.g. the calling thread for both. */
  public SurfaceModel(LabModel lab, LandscapeImageModel image, Executor worker, Executor publisher) {
    this.lab = lab;
    this.image = image;
    this.worker = worker;
    computation = new LatestWinsComputation<>(
        (h, stale) -> new Surface(h, SurfaceMesh.sample(h.objective(), SurfaceFrame.of(h.view(), h.scale()), stale)),
        worker, publisher, s -> {
          error.set("");
          surface.set(s);
        }, this::fail);
    shown.set(lab.panels().contains(Panel.SURFACE));
    lab.panels().addListener((SetChangeListener<Panel>) c -> shown.set(lab.panels().contains(Panel.SURFACE)));
    shown.addListener((o, a, on) -> {
      lab.setPanelVisible(Panel.SURFACE, on);
      request();
    });
    image.heatmapProperty().addListener((o, a, h) -> request());
    request();
  }

  /** Whether the surface is on screen: the lab's {@link Panel#SURFACE}, both ways. */
  public BooleanProperty shownProperty() {
    return shown;
  }

  /** The newest surface (null before the first); it covers its heat map's view. */
  public ReadOnlyObjectProperty<Surface> surfaceProperty() {
    return surface.getReadOnlyProperty();
  }

  public Surface getSurface() {
    return surface.get();
  }

  /** Why the last surface could not be computed, or "" when it was. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** The lab whose result the surface's paths show. */
  public LabModel lab() {
    return lab;
  }

  private void request() {
    Heatmap h = image.getHeatmap();
    if (!shown.get() || h == null || h.objective().dimension() != 2 || h == requested) {
      return;
    }
    requested = h;
    computation.submit(h);
  }

  private void fail(Throwable e) {
    LOG.log(Level.WARNING, "surface failed for " + requested, e);
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    error.set("The 3-D surface could not be computed: " + what);
    requested = null;
  }

  /** Stops the worker this model started (the window is closing). */
  public void dispose() {
    computation.cancel();
    if (worker instanceof Background.Worker w) {
      w.close();
    }
  }
}
