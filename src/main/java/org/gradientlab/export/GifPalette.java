package org.gradientlab.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 255 colours of an animated GIF (index 255 stays free for "unchanged, see through"), chosen
 * once for the whole animation from sample frames, and the mapping of true colours onto them with
 * ordered dithering, so a smooth heat map shows no bands.
 *
 * <p>Colours: those covering at least {@link #FLAT_SHARE} of the samples (backgrounds, flat fills)
 * are kept exactly; the rest are split by median cut (Heckbert 1982) over their pixel counts, each
 * box becoming its mean colour. Mapping: a colour the palette holds (or nearly, {@link
 * #DITHER_ABOVE}) is drawn as that entry; any other as a pattern of {@link #MIX} palette colours
 * that average to it (Knoll's pattern dither), laid out by an 8 × 8 Bayer matrix. The pattern
 * depends only on the position, so a pixel that does not change from one frame to the next keeps
 * its index — the writer then sends only what changed.
 */
public final class GifPalette {

  /** Colours are 24-bit RGB; the transparent index is not one of them. */
  public static final int TRANSPARENT = 255;
  static final int COLOURS = 255;
  /** A colour covering this share of the sample pixels gets an exact entry. */
  static final double FLAT_SHARE = 0.002;
  private static final int MAX_FLAT = 64;

  /**
   * Colours nearer than this to a palette entry (weighted squared distance; 36: about two levels in
   * every channel, below what a step in a smooth gradient shows) are drawn as that entry, undithered:
   * dithering them only adds noise, and noise costs a GIF its compression.
   */
  static final double DITHER_ABOVE = 9;

  /** Palette colours mixed for one true colour (one byte each of a long). */
  static final int MIX = 8;

  /** Bayer's 8 × 8 ordered-dither matrix: thresholds 0 … 63. */
  private static final int[] BAYER = bayer8();

  private final int[] rgb;
  private final boolean dither;
  private final int[] reds;
  private final int[] greens;
  private final int[] blues;
  private final Map<Integer, Long> mixes = new HashMap<>();

  private GifPalette(int[] rgb, boolean dither) {
    this.rgb = rgb;
    this.dither = dither;
    reds = new int[rgb.length];
    greens = new int[rgb.length];
    blues = new int[rgb.length];
    for (int i = 0; i < rgb.length; i++) {
      reds[i] = rgb[i] >> 16 & 0xFF;
      greens[i] = rgb[i] >> 8 & 0xFF;
      blues[i] = rgb[i] & 0xFF;
    }
  }

  /** The palette for frames like {@code samples} (pixels as 0xRRGGBB, any alpha ignored). */
  public static GifPalette of(List<int[]> samples, boolean dither) {
    int total = 0;
    for (int[] s : samples) {
      total += s.length;
    }
    int[] all = new int[total];
    int at = 0;
    for (int[] s : samples) {
      for (int p : s) {
        all[at++] = p & 0xFFFFFF;
      }
    }
    Arrays.sort(all);
    List<int[]> colours = new ArrayList<>(); // {rgb, count}
    for (int i = 0; i < all.length;) {
      int j = i;
      while (j < all.length && all[j] == all[i]) {
        j++;
      }
      colours.add(new int[] {all[i], j - i});
      i = j;
    }
    if (colours.size() <= COLOURS) {
      int[] exact = new int[colours.size()];
      for (int i = 0; i < exact.length; i++) {
        exact[i] = colours.get(i)[0];
      }
      return new GifPalette(exact, false);
    }
    List<int[]> flat = new ArrayList<>(colours);
    flat.sort((a, b) -> Integer.compare(b[1], a[1]));
    List<Integer> entries = new ArrayList<>();
    java.util.Set<Integer> kept = new java.util.HashSet<>();
    for (int[] c : flat) {
      if (entries.size() >= MAX_FLAT || c[1] < FLAT_SHARE * total) {
        break;
      }
      entries.add(c[0]);
      kept.add(c[0]);
    }
    List<int[]> rest = new ArrayList<>();
    for (int[] c : colours) {
      if (!kept.contains(c[0])) {
        rest.add(c);
      }
    }
    entries.addAll(medianCut(rest, COLOURS - entries.size()));
    int[] palette = new int[entries.size()];
    for (int i = 0; i < palette.length; i++) {
      palette[i] = entries.get(i);
    }
    return new GifPalette(palette, dither);
  }

  /** The colours as 0xRRGGBB; at most 255. */
  public int[] colours() {
    return rgb.clone();
  }

  public int size() {
    return rgb.length;
  }

  /** The palette index pixel (x, y) of colour {@code c} (0xRRGGBB) is drawn with. */
  public int index(int x, int y, int c) {
    long mix = mix(c & 0xFFFFFF);
    int slot = BAYER[(y & 7) * 8 + (x & 7)] * MIX / 64;
    return (int) (mix >>> (8 * slot)) & 0xFF;
  }

  /** Whether palette entry {@code i} is within {@code squared} (weighted squared distance) of colour {@code c}. */
  public boolean near(int i, int c, double squared) {
    return i < rgb.length && distance(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF, rgb[i]) <= squared;
  }

  /**
   * The {@link #MIX} palette colours that together average to c, darkest first, one per byte:
   * each is the nearest to c plus the error the ones before left (Knoll's pattern dither), so the
   * mix reaches colours between several entries, not only between two. Cached.
   */
  private long mix(int c) {
    Long cached = mixes.get(c);
    if (cached != null) {
      return cached;
    }
    int r = c >> 16 & 0xFF;
    int g = c >> 8 & 0xFF;
    int b = c & 0xFF;
    int p1 = nearest(r, g, b);
    int[] chosen = new int[MIX];
    java.util.Arrays.fill(chosen, p1);
    if (dither && distance(r, g, b, rgb[p1]) > DITHER_ABOVE) {
      double er = 0;
      double eg = 0;
      double eb = 0;
      for (int i = 0; i < MIX; i++) {
        int p = nearest(clamp(r + er), clamp(g + eg), clamp(b + eb));
        chosen[i] = p;
        er += r - (rgb[p] >> 16 & 0xFF);
        eg += g - (rgb[p] >> 8 & 0xFF);
        eb += b - (rgb[p] & 0xFF);
      }
      Integer[] order = new Integer[MIX];
      for (int i = 0; i < MIX; i++) {
        order[i] = chosen[i];
      }
      // Darkest first: the Bayer threshold then spreads light and dark evenly over the pattern.
      java.util.Arrays.sort(order, (a, z) -> Double.compare(luma(rgb[a]), luma(rgb[z])));
      for (int i = 0; i < MIX; i++) {
        chosen[i] = order[i];
      }
    }
    long result = 0;
    for (int i = MIX - 1; i >= 0; i--) {
      result = result << 8 | chosen[i];
    }
    if (mixes.size() > 1 << 20) {
      mixes.clear(); // bounded: a long animation of shifting colours
    }
    mixes.put(c, result);
    return result;
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }

  private static double luma(int c) {
    return 0.299 * (c >> 16 & 0xFF) + 0.587 * (c >> 8 & 0xFF) + 0.114 * (c & 0xFF);
  }

  private int nearest(int r, int g, int b) {
    int best = 0;
    int bestD = Integer.MAX_VALUE;
    for (int i = 0; i < rgb.length; i++) {
      int dr = reds[i] - r;
      int dg = greens[i] - g;
      int db = blues[i] - b;
      int d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  /** Weighted squared RGB distance (the eye is most sensitive to green, least to blue). */
  private static double distance(int r, int g, int b, int c) {
    int dr = (c >> 16 & 0xFF) - r;
    int dg = (c >> 8 & 0xFF) - g;
    int db = (c & 0xFF) - b;
    return 3.0 * dr * dr + 4.0 * dg * dg + 2.0 * db * db;
  }

  /** Median cut of {@code colours} ({rgb, count}) into at most {@code n} mean colours. */
  static List<Integer> medianCut(List<int[]> colours, int n) {
    List<Box> boxes = new ArrayList<>();
    if (!colours.isEmpty()) {
      boxes.add(new Box(colours));
    }
    while (boxes.size() < n) {
      // Split the box with the widest channel range weighted by its pixels: big, varied boxes first.
      Box pick = null;
      for (Box b : boxes) {
        if (b.colours.size() > 1 && (pick == null || b.score > pick.score)) {
          pick = b;
        }
      }
      if (pick == null || pick.score == 0) {
        break;
      }
      List<int[]> sorted = new ArrayList<>(pick.colours);
      int shift = 16 - 8 * pick.channel;
      sorted.sort((a, b) -> Integer.compare(a[0] >> shift & 0xFF, b[0] >> shift & 0xFF));
      long seen = 0;
      int cut = 1;
      for (int i = 0; i < sorted.size() - 1; i++) {
        seen += sorted.get(i)[1];
        cut = i + 1;
        if (seen >= pick.pixels / 2) {
          break;
        }
      }
      boxes.remove(pick);
      boxes.add(new Box(sorted.subList(0, cut)));
      boxes.add(new Box(sorted.subList(cut, sorted.size())));
    }
    List<Integer> out = new ArrayList<>();
    for (Box box : boxes) {
      double r = 0;
      double g = 0;
      double b = 0;
      for (int[] c : box.colours) {
        r += (c[0] >> 16 & 0xFF) * (double) c[1];
        g += (c[0] >> 8 & 0xFF) * (double) c[1];
        b += (c[0] & 0xFF) * (double) c[1];
      }
      out.add((int) Math.round(r / box.pixels) << 16 | (int) Math.round(g / box.pixels) << 8
          | (int) Math.round(b / box.pixels));
    }
    return out;
  }

  /** A box of colours with its pixels, its widest channel and its score, computed once. */
  private static final class Box {
    final List<int[]> colours;
    final long pixels;
    final int channel;
    final double score;

    Box(List<int[]> colours) {
      this.colours = colours;
      int[] lo = {255, 255, 255};
      int[] hi = {0, 0, 0};
      long p = 0;
      for (int[] c : colours) {
        for (int ch = 0; ch < 3; ch++) {
          int v = c[0] >> (16 - 8 * ch) & 0xFF;
          lo[ch] = Math.min(lo[ch], v);
          hi[ch] = Math.max(hi[ch], v);
        }
        p += c[1];
      }
      pixels = p;
      int ch = 0;
      for (int i = 1; i < 3; i++) {
        if (hi[i] - lo[i] > hi[ch] - lo[ch]) {
          ch = i;
        }
      }
      channel = ch;
      score = (hi[ch] - lo[ch]) * Math.sqrt(p);
    }
  }

  private static int[] bayer8() {
    int[] m = new int[64];
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 8; x++) {
        int v = 0;
        int xc = x ^ y;
        int yc = y;
        for (int bit = 0; bit < 3; bit++) { // bit-reversed interleave of x ⊕ y and y
          v = v << 2 | ((xc >> bit & 1) << 1 | (yc >> bit & 1));
        }
        m[y * 8 + x] = v;
      }
    }
    return m;
  }
}
