package org.gradientlab.optimizer;

/**
 * How an optimizer's runs look everywhere (paths, charts, legends, slides, GIFs): a colour for dark
 * backgrounds, one for light backgrounds, and a marker shape.
 *
 * @param onDark colour as "#rrggbb" on the dark theme
 * @param onLight colour as "#rrggbb" on the light theme and printed slides
 */
public record SeriesStyle(String onDark, String onLight, Marker marker) {

  public SeriesStyle {
    if (!onDark.matches("#[0-9a-fA-F]{6}") || !onLight.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException("colours are #rrggbb, were " + onDark + ", " + onLight);
    }
  }
}
