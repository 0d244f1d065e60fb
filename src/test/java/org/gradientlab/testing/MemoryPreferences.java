package org.gradientlab.testing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

/** A preferences tree held in memory: tests give it to the app instead of the user's real node. */
public final class MemoryPreferences extends AbstractPreferences {

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, MemoryPreferences> children = new HashMap<>();
  /** How often the app flushed: it should, after every save. */
  private int flushes;

  public MemoryPreferences() {
    this(null, "");
  }

  private MemoryPreferences(MemoryPreferences parent, String name) {
    super(parent, name);
  }

  public int flushes() {
    return flushes;
  }

  @Override
  protected void putSpi(String key, String value) {
    values.put(key, value);
  }

  @Override
  protected String getSpi(String key) {
    return values.get(key);
  }

  @Override
  protected void removeSpi(String key) {
    values.remove(key);
  }

  @Override
  protected void removeNodeSpi() {
    values.clear();
  }

  @Override
  protected String[] keysSpi() {
    return values.keySet().toArray(new String[0]);
  }

  @Override
  protected String[] childrenNamesSpi() {
    return children.keySet().toArray(new String[0]);
  }

  @Override
  protected AbstractPreferences childSpi(String name) {
    return children.computeIfAbsent(name, n -> new MemoryPreferences(this, n));
  }

  @Override
  protected void syncSpi() {
    // nothing to read back
  }

  @Override
  protected void flushSpi() {
    flushes++;
  }
}
