package org.gradientlab.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A path of any length in bounded memory that keeps its whole extent: of the points offered (the
 * k-th one has ordinal k, from 0) it keeps those whose ordinal is a multiple of a stride s, and
 * always the latest. When more than {@code capacity} are kept it drops every other one and doubles
 * s, so at most capacity + 1 points are held; the first point (ordinal 0) and the latest are never
 * dropped, and the kept points stay evenly spaced (every s-th). Confined to one thread.
 *
 * @param <T> a point of the path
 */
public final class ThinnedPath<T> {

  private final int capacity;
  private final List<T> kept;
  private T latest;
  private boolean latestKept;
  private long stride = 1;
  private long offered;

  public ThinnedPath(int capacity) {
    if (capacity < 2) {
      throw new IllegalArgumentException("keep at least 2 points, not " + capacity);
    }
    this.capacity = capacity;
    this.kept = new ArrayList<>();
  }

  private ThinnedPath(ThinnedPath<?> shape, List<T> kept, T latest) {
    this.capacity = shape.capacity;
    this.kept = kept;
    this.latest = latest;
    this.latestKept = shape.latestKept;
    this.stride = shape.stride;
    this.offered = shape.offered;
  }

  /** The next point of the path. */
  public void add(T point) {
    if (offered % stride == 0) {
      kept.add(point);
      latestKept = true;
      if (kept.size() > capacity) {
        thinOut();
      }
    } else {
      latestKept = false;
    }
    latest = point;
    offered++;
  }

  /** Keeps every other point (ordinals that are multiples of 2s) and doubles the stride. */
  private void thinOut() {
    int w = 0;
    for (int r = 0; r < kept.size(); r += 2) {
      kept.set(w++, kept.get(r));
    }
    boolean lastSurvives = (kept.size() - 1) % 2 == 0;
    kept.subList(w, kept.size()).clear();
    stride *= 2;
    latestKept = lastSurvives;
  }

  /** The points held, in order: every s-th offered point, then the latest if it is not one of them. */
  public List<T> points() {
    if (offered == 0) {
      return List.of();
    }
    List<T> out = new ArrayList<>(kept.size() + 1);
    out.addAll(kept);
    if (!latestKept) {
      out.add(latest);
    }
    return Collections.unmodifiableList(out);
  }

  /** The same path with every point mapped, thinned alike from here on (the same stride and count). */
  public <R> ThinnedPath<R> map(Function<? super T, ? extends R> f) {
    List<R> mapped = new ArrayList<>(kept.size());
    for (T p : kept) {
      mapped.add(f.apply(p));
    }
    R mappedLatest = offered == 0 ? null
        : latestKept ? mapped.get(mapped.size() - 1) : f.apply(latest);
    return new ThinnedPath<>(this, mapped, mappedLatest);
  }

  /** How many points were offered in all. */
  public long offered() {
    return offered;
  }

  /** Every how many offered points one is kept. */
  public long stride() {
    return stride;
  }

  public int capacity() {
    return capacity;
  }
}
