package org.gradientlab.app.session;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs, in one {@link Preferences} node: the session as
 * {@link SessionText} (split over several values when it is longer than a preference value may
 * be) and the window's placement. The node is given: the app passes the user's node
 * ({@link #userNode()}), tests a node in memory, so no test touches the real preferences.
 * A stored value that does not read is reported by {@link #load} and ignored; the caller then saves
 * what it restored instead, so the same report does not come again.
 */
public final class SessionStore {

  /** Bumped when the layout of this node changes; older layouts are reported and replaced. */
  public static final int LAYOUT = 1;

  static final String LAYOUT_KEY = "layout";
  static final String PARTS_KEY = "session.parts";
  static final String PART_KEY = "session.";
  private static final int PART_LENGTH = Preferences.MAX_VALUE_LENGTH / 2;

  private static final System.Logger LOG = System.getLogger(SessionStore.class.getName());

  private final Preferences node;

  public SessionStore(Preferences node) {
    this.node = node;
  }

  /** The current user's node for Gradient Lab. */
  public static Preferences userNode() {
    return Preferences.userRoot().node("org/gradientlab/app");
  }

  /** What was stored: the session (defaults where nothing readable was), the placement or null, and what did not read. */
  public record Loaded(SessionState session, WindowPlacement window, List<String> problems) {
    public Loaded {
      problems = List.copyOf(problems);
    }

    /** Whether anything was stored at all (false on a first start and after a reset). */
    public boolean stored() {
      return session != null;
    }
  }

  public Loaded load() {
    List<String> problems = new ArrayList<>();
    int layout = node.getInt(LAYOUT_KEY, 0);
    if (layout == 0) {
      return new Loaded(null, null, problems);
    }
    if (layout != LAYOUT) {
      problems.add("The remembered settings were written by another version (layout " + layout
          + "); starting from defaults.");
      return new Loaded(null, null, problems);
    }
    SessionState session = null;
    String text = readParts();
    if (text == null) {
      problems.add("The remembered session is incomplete; starting from defaults.");
    } else {
      try {
        session = SessionText.parse(text);
      } catch (StoredFormatException e) {
        problems.add("The remembered session could not be read (" + e.getMessage() + "); starting from defaults.");
      }
    }
    WindowPlacement window = new WindowPlacement(node.getDouble("window.x", Double.NaN),
        node.getDouble("window.y", Double.NaN), node.getDouble("window.width", Double.NaN),
        node.getDouble("window.height", Double.NaN), node.getBoolean("window.maximized", false));
    return new Loaded(session, window.sane() ? window : null, problems);
  }

  private String readParts() {
    int parts = node.getInt(PARTS_KEY, -1);
    if (parts < 1) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      String part = node.get(PART_KEY + i, null);
      if (part == null) {
        return null;
      }
      b.append(part);
    }
    return b.toString();
  }

  /** Stores {@code session} and {@code window} (null: forget the placement), then flushes. */
  public void save(SessionState session, WindowPlacement window) {
    clearKeys();
    String text = SessionText.write(session);
    int parts = Math.max(1, (text.length() + PART_LENGTH - 1) / PART_LENGTH);
    for (int i = 0; i < parts; i++) {
      node.put(PART_KEY + i, text.substring(i * PART_LENGTH, Math.min(text.length(), (i + 1) * PART_LENGTH)));
    }
    node.putInt(PARTS_KEY, parts);
    if (window != null && window.sane()) {
      node.putDouble("window.x", window.x());
      node.putDouble("window.y", window.y());
      node.putDouble("window.width", window.width());
      node.putDouble("window.height", window.height());
      node.putBoolean("window.maximized", window.maximized());
    }
    node.putInt(LAYOUT_KEY, LAYOUT);
    flush();
  }

  /** Forgets everything: the next start is a first start. */
  public void clear() {
    clearKeys();
    flush();
  }

  private void clearKeys() {
    try {
      for (String k : node.keys()) {
        node.remove(k);
      }
    } catch (BackingStoreException e) {
      LOG.log(System.Logger.Level.WARNING, "could not clear the remembered settings", e);
    }
  }

  private void flush() {
    try {
      node.flush();
    } catch (BackingStoreException e) {
      LOG.log(System.Logger.Level.WARNING, "could not write the remembered settings", e);
    }
  }
}
