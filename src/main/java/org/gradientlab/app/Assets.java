package org.gradientlab.app;

import java.net.URL;

/**
 * Locations of the files under the top-level {@code assets/} folder, which the build copies onto the
 * classpath as {@code /assets/…}.
 */
public final class Assets {

  private Assets() {}

  public static String stylesheet() {
    return url("/assets/css/gradient-lab.css");
  }

  public static String icon() {
    return url("/assets/icons/gradient-lab-256.png");
  }

  static String url(String path) {
    URL url = Assets.class.getResource(path);
    if (url == null) {
      throw new IllegalStateException("missing asset " + path + " (is assets/ on the classpath?)");
    }
    return url.toExternalForm();
  }
}
