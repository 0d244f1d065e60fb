package org.gradientlab.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Objective;
import org.gradientlab.plot.Heatmap;

/**
 * Developer tool, not a test (run its main from the IDE): banding of GIF colour mappings on heat maps, printed. Args: PNG
 * pictures to measure (e.g. exported landscapes); without any, the engine's heat maps.
 * Compares the JDK's own GIF writer (a palette per frame, no dithering), this app's palette mapped
 * to the nearest colour, and the same dithered (what GifExport writes).
 */
public final class GifFigures {

  public static void main(String[] args) throws Exception {
    for (String file : args) {
      BufferedImage img = ImageIO.read(new java.io.File(file));
      int w = img.getWidth();
      int h = img.getHeight();
      report(file, img.getRGB(0, 0, w, h, null, 0, w), w, h);
    }
    LandscapeCatalog catalog = LandscapeCatalog.standard();
    for (String id : args.length > 0 ? List.<String>of() : List.of("rosenbrock", "bowl", "himmelblau", "rastrigin")) {
      Objective f = catalog.build(catalog.defaults(id));
      Domain view = org.gradientlab.plot.DefaultView.of(f, catalog.entry(id).defaultStart(), List.of());
      Heatmap map = Heatmap.render(f, view, 900, 520, () -> false);
      report(id, map.argb(), map.width(), map.height());
    }
  }

  private static Banding.Figures through(int[] px, int w, int h, boolean dither) {
    GifPalette p = GifPalette.of(List.of(px), dither);
    return Banding.measure(px, Banding.through(p, px, w, h), w, h, Banding.RADIUS);
  }

  private static void report(String name, int[] px, int w, int h) throws Exception {
    {
      BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      img.setRGB(0, 0, w, h, px, 0, w);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "gif", out);
      BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
      int[] jdk = back.getRGB(0, 0, w, h, null, 0, w);
      System.out.println(name + " (" + w + "×" + h + ")");
      System.out.println("  JDK writer:        " + Banding.measure(px, jdk, w, h, Banding.RADIUS));
      System.out.println("  palette, nearest:  " + through(px, w, h, false));
      System.out.println("  palette, dithered: " + through(px, w, h, true));
    }
  }
}
