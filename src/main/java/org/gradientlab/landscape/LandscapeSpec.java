package org.gradientlab.landscape;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which landscape, with which parameters, as plain data: what a lesson step, a saved setup and the
 * command line name. {@link LandscapeCatalog#build} turns it into an objective.
 *
 * @param id the catalog id, e.g. "bowl"
 * @param parameters parameter values as text, by name; missing ones take their defaults
 */
public record LandscapeSpec(String id, Map<String, String> parameters) {

  public LandscapeSpec {
    parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
  }

  public static LandscapeSpec of(String id) {
    return new LandscapeSpec(id, Map.of());
  }

  /** This spec with one parameter set. */
  public LandscapeSpec with(String name, String value) {
    Map<String, String> p = new TreeMap<>(parameters);
    p.put(name, value);
    return new LandscapeSpec(id, p);
  }

  public LandscapeSpec with(String name, double value) {
    return with(name, org.gradientlab.format.Numbers.compact(value).replace('−', '-'));
  }
}
