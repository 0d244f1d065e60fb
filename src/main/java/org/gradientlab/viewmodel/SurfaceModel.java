package org.gradientlab.viewmodel;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.SetChangeListener;
import org.gradientlab.plot.Heatmap;
import org.gradientlab.plot.SurfaceCamera;
import org.gradientlab.plot.SurfaceFrame;
import org.gradientlab.plot.SurfaceMesh;
import org.gradientlab.plot.SurfaceRaster;
import org.gradientlab.scene.Panel;

/**
 * The 3-D surface of the lab's 2-D landscape, linked with the heat map: for every heat map the map
 * publishes (its objective, view and colour scale), while the surface is shown, the height field
 * over the same view on the same scale is computed off the FX thread ({@link LatestWinsComputation}:
 * rotating nothing, zooming the map fast costs one mesh behind). The heat map comes with it, so the
 * view textures the surface with exactly the map's picture. Shown with the lab's
 * {@link Panel#SURFACE}, both ways ("panels: …, surface" in a scene), in the map's place with
 * {@link Panel#SURFACE_INSTEAD} ("surface-instead").
 */
public final class SurfaceModel {

  private static final Logger LOG = System.getLogger(SurfaceModel.class.getName());

  /** A heat map and the surface over its view, on its scale. */
  public record Surface(Heatmap heatmap, SurfaceMesh mesh) {
    public SurfaceFrame frame() {
      return mesh.frame();
    }
  }

  /**
   * The surface as a flat picture (where the platform has no 3-D): {@code surface} with
   * {@code paths} seen by {@code camera}, whose size is the picture's in pixels.
   */
  public record FlatRequest(Surface surface, List<SurfaceRaster.Path> paths, SurfaceCamera camera,
      SurfaceRaster.Style style) {
    /** The picture, computed on the calling thread. */
    public FlatPicture render() {
      int[] argb = SurfaceRaster.render(surface.mesh(), surface.heatmap(), paths, camera, style);
      return new FlatPicture(this, argb, (int) Math.round(camera.width()), (int) Math.round(camera.height()));
    }
  }

  /** A flat picture: width × height opaque ARGB pixels, row 0 at the top. */
  public record FlatPicture(FlatRequest request, int[] argb, int width, int height) {}

  private final LabModel lab;
  private final LandscapeImageModel image;
  private final Executor worker;
  private final BooleanProperty shown = new SimpleBooleanProperty(false);
  private final BooleanProperty instead = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<Surface> surface = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final LatestWinsComputation<Heatmap, Surface> computation;
  private Heatmap requested;
  private final ReadOnlyObjectWrapper<FlatPicture> flat = new ReadOnlyObjectWrapper<>();
  private final LatestWinsComputation<FlatRequest, FlatPicture> flatComputation;

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
        SurfaceModel::over,
        worker, publisher, s -> {
          error.set("");
          surface.set(s);
        }, this::fail);
    flatComputation = new LatestWinsComputation<>((r, stale) -> r.render(), worker, publisher, flat::set,
        e -> {
          LOG.log(Level.WARNING, "flat surface picture failed", e);
          error.set("The surface could not be drawn: " + reason(e));
        });
    shown.set(lab.panels().contains(Panel.SURFACE));
    instead.set(lab.panels().contains(Panel.SURFACE_INSTEAD));
    lab.panels().addListener((SetChangeListener<Panel>) c -> {
      shown.set(lab.panels().contains(Panel.SURFACE));
      instead.set(lab.panels().contains(Panel.SURFACE_INSTEAD));
    });
    instead.addListener((o, a, on) -> lab.setPanelVisible(Panel.SURFACE_INSTEAD, on));
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

  /**
   * Whether the surface takes the map's place (else it stands beside it): the lab's
   * {@link Panel#SURFACE_INSTEAD}, both ways, so a scene or lesson step keeps it.
   */
  public BooleanProperty insteadProperty() {
    return instead;
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

  /** The heat map the lab's map shows now (null before the first): what the surface goes with. */
  public Heatmap currentHeatmap() {
    return image.getHeatmap();
  }

  /**
   * The surface over {@code h}: the one shown when it is of {@code h}, else computed on the calling
   * thread (an export of the surface while it is hidden).
   */
  public Surface surfaceFor(Heatmap h, java.util.function.BooleanSupplier cancelled) {
    Surface s = surface.get();
    if (s != null && s.heatmap() == h) {
      return s;
    }
    return over(h, cancelled);
  }

  /** The surface over {@code h}'s view on its scale, computed on the calling thread. */
  private static Surface over(Heatmap h, java.util.function.BooleanSupplier cancelled) {
    return new Surface(h, SurfaceMesh.sample(h.objective(), SurfaceFrame.of(h.view(), h.scale()), cancelled));
  }

  /** Draws {@code r} off the FX thread; the newest finished one is {@link #flatPictureProperty}. */
  public void requestFlat(FlatRequest r) {
    flatComputation.submit(r);
  }

  /** The newest flat picture (null before the first). */
  public ReadOnlyObjectProperty<FlatPicture> flatPictureProperty() {
    return flat.getReadOnlyProperty();
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
    error.set("The 3-D surface could not be computed: " + reason(e));
    requested = null;
  }

  private static String reason(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Stops the worker this model started (the window is closing). */
  public void dispose() {
    computation.cancel();
    flatComputation.cancel();
    if (worker instanceof Background.Worker w) {
      w.close();
    }
  }
}
