package org.gradientlab.viewmodel;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Objective;
import org.gradientlab.plot.Heatmap;

/**
 * The heat map and contours behind a 2-D landscape, computed off the FX thread for the newest
 * (objective, view, size) a view asks for ({@link LatestWinsComputation}): while it is computed the
 * previous map stays published, and the view stretches it into place. A new objective (a λ drag,
 * another landscape) has no previous map to stretch: its picture comes twice, first at a
 * {@link #COARSE}th of the resolution (a sixteenth of the work, within a frame), then at the full one,
 * which replaces it. A failure is logged and published as {@link #errorProperty()} for the view to
 * show; the last good map stays.
 *
 * <p>The last {@link #RECENT} finished maps are kept: a request for one of them is answered at
 * once, without computing. A map is a function of its request alone, so a kept one is exactly the
 * picture a new computation would give. That serves an η drag, whose default view steps between a
 * few zoom factors as runs diverge and come back: each view's picture is computed once.
 */
public final class LandscapeImageModel {

  private static final Logger LOG = System.getLogger(LandscapeImageModel.class.getName());

  /** What a heat map is computed for: the objective over {@code view} at width × height pixels. */
  public record Request(Objective objective, Domain view, int width, int height) {}

  private final ReadOnlyObjectWrapper<Heatmap> heatmap = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final LatestWinsComputation<Request, Heatmap> computation;
  private final Executor worker;
  private Request requested;
  /** The last finished maps by their requests, least recently used first. */
  private final Map<Request, Heatmap> recent = new LinkedHashMap<>(16, 0.75f, true);
  /** The objective of the last published map: read by the worker to tell a new landscape. */
  private volatile Objective shown;

  /** How many finished maps are kept: the four zoom factors of a default view (1, 2, 4, 8). */
  public static final int RECENT = 4;
  /** The coarse first picture of a new objective has 1/COARSE of the pixels along each side. */
  public static final int COARSE = 4;
  /** Pictures with fewer pixels than this come at once (they take less than a frame). */
  static final int COARSE_FROM = 40_000;

  /** On {@code background}'s "heatmap" worker, results on its publisher. */
  public LandscapeImageModel(Background background) {
    this(background.worker("heatmap"), background.publisher());
  }

  /** For tests: any worker and publisher, e.g. the calling thread for both. */
  public LandscapeImageModel(Executor worker, Executor publisher) {
    this.worker = worker;
    computation = new LatestWinsComputation<>(
        (r, stale) -> render(r, stale, publisher), worker, publisher, this::finished, this::fail);
  }

  /** On the worker: the coarse picture first (published unless stale) when the objective is new. */
  private Heatmap render(Request r, java.util.function.BooleanSupplier stale, Executor publisher) {
    if (r.objective() != shown && (long) r.width() * r.height() >= COARSE_FROM) {
      Heatmap coarse = Heatmap.render(r.objective(), r.view(), Math.max(1, r.width() / COARSE),
          Math.max(1, r.height() / COARSE), stale);
      publisher.execute(() -> {
        if (!stale.getAsBoolean()) {
          publish(coarse);
        }
      });
    }
    return Heatmap.render(r.objective(), r.view(), r.width(), r.height(), stale);
  }

  /** The newest finished heat map (null before the first). */
  public ReadOnlyObjectProperty<Heatmap> heatmapProperty() {
    return heatmap.getReadOnlyProperty();
  }

  public Heatmap getHeatmap() {
    return heatmap.get();
  }

  /** Why the last heat map could not be computed, or "" when it was. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Asks for the heat map of {@code r}; asking again for the one already asked for costs nothing. */
  public void request(Request r) {
    if (Objects.equals(r, requested)) {
      return;
    }
    requested = r;
    Heatmap kept = recent.get(r);
    if (kept != null) {
      computation.cancel(); // nothing asked for before may replace it
      publish(kept);
      return;
    }
    computation.submit(r);
  }

  /** The last request (what the view will show once it is computed). */
  public Request requested() {
    return requested;
  }

  /** A map computed at the full size asked for: kept for the next time it is asked for. */
  private void finished(Heatmap h) {
    recent.put(new Request(h.objective(), h.view(), h.width(), h.height()), h);
    if (recent.size() > RECENT) {
      recent.remove(recent.keySet().iterator().next());
    }
    publish(h);
  }

  private void publish(Heatmap h) {
    shown = h.objective();
    error.set("");
    heatmap.set(h);
  }

  private void fail(Throwable e) {
    LOG.log(Level.WARNING, "heat map failed for " + requested, e);
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    error.set("The landscape picture could not be computed: " + what);
    // A later request for the same picture tries again.
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
